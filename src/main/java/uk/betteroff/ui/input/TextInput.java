package uk.betteroff.ui.input;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A typed field: the text the user typed, the value it means, and (when it means nothing) the message
 * saying what is allowed. The view binds its text field to {@link #textProperty()} and shows
 * {@link #errorProperty()} beside it; validation lives here, never in the view.
 */
public final class TextInput<T> {
    private final String labelKey;
    private final Parser<T> parser;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    /** What the field meant when it was made (its default), or null: stands in for text not valid yet in a saved draft. */
    private final T fallback;

    public TextInput(String labelKey, String initial, Parser<T> parser) {
        this.labelKey = labelKey;
        this.parser = parser;
        text.addListener(o -> validate());
        text.set(initial);
        validate();
        fallback = value.get();
    }

    private void validate() {
        String t = text.get() == null ? "" : text.get().strip();
        try {
            T v = parser.parse(t);
            error.set(null);
            value.set(v);
        } catch (InputProblem p) {
            value.set(null);
            error.set(p.getMessage());
        }
    }

    /** The resource key of the field's label (for messages that name the field). */
    public String labelKey() { return labelKey; }

    public StringProperty textProperty() { return text; }

    public String getText() { return text.get(); }

    public void setText(String t) { text.set(t); }

    public ReadOnlyObjectProperty<T> valueProperty() { return value.getReadOnlyProperty(); }

    /** The value, or null when the text is refused. */
    public T getValue() { return value.get(); }

    /** What is wrong with the text, or null when it is fine. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    public String getError() { return error.get(); }

    public boolean isValid() { return error.get() == null; }

    /**
     * The field's default value (what its initial text meant), or null: a draft is saved with it in place of text not
     * valid yet, the text itself kept beside it to be shown again (and the default never calculated with).
     */
    public T fallback() { return fallback; }
}
