package uk.betteroff.ui.form;

import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.input.AmountInput;
import uk.betteroff.ui.input.TextInput;

/**
 * Builds labelled, validated controls bound to view-model inputs: every field has a label with a
 * mnemonic ({@code labelFor}), an accessible name, and — when its text is refused — a message beside it
 * saying what is allowed (in words, and a marked border, never colour alone).
 */
public final class Form {
    private Form() {}

    /** A label whose {@code _} marks its Alt+letter mnemonic, pointing at {@code target}. */
    public static Label label(String key, Node target) {
        Label l = new Label(Messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setWrapText(true);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** A text field bound both ways to the input, decorated while its text is refused. */
    public static TextField text(TextInput<?> in, String accessibleName) { return text(in, accessibleName, null); }

    /** As {@link #text(TextInput, String)}, with help a screen reader gives while the text is fine. */
    public static TextField text(TextInput<?> in, String accessibleName, String help) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(in.textProperty());
        f.setAccessibleText(accessibleName);
        f.accessibleHelpProperty().bind(Bindings.createStringBinding(() -> in.isValid() ? help : in.getError(), in.errorProperty()));
        decorate(f, in);
        return f;
    }

    private static void decorate(TextField f, TextInput<?> in) {
        Runnable apply = () -> {
            f.getStyleClass().remove("invalid");
            if (!in.isValid()) f.getStyleClass().add("invalid");
            f.setTooltip(in.isValid() ? null : new Tooltip(in.getError()));
        };
        in.errorProperty().addListener(o -> apply.run());
        apply.run();
    }

    /** The message beside a field, shown only while its text is refused. */
    public static Label error(TextInput<?> in) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> in.isValid() ? "" : "⚠ " + in.getError(), in.errorProperty()));
        l.visibleProperty().bind(in.errorProperty().isNotNull());
        l.managedProperty().bind(l.visibleProperty());
        l.setWrapText(true);
        l.getStyleClass().add("field-error");
        return l;
    }

    /**
     * A field with its error message under it. The message is made the first time the text is refused, then shown
     * and hidden with the error: most fields never need one, and every control in the window's first frame costs
     * start-up time (issue 5).
     */
    public static VBox withError(Node field, TextInput<?> in) {
        VBox box = new VBox(2, field);
        box.setFillWidth(true);
        whenFirstTrue(in.errorProperty(), () -> !in.isValid(), () -> box.getChildren().add(error(in)));
        return box;
    }

    /**
     * Runs {@code build} now if {@code holds}, else the first time it does after {@code source} changes, then never
     * again: for parts of the window made only when first needed. {@code holds} must read {@code source} (so each change
     * is heard), and the caller keeps {@code source} reachable: a property is, but a binding made for the call (e.g.
     * {@code isEqualTo}) hears its inputs through weak listeners and may be collected before it ever holds.
     */
    public static void whenFirstTrue(Observable source, BooleanSupplier holds, Runnable build) {
        if (holds.getAsBoolean()) {
            build.run();
            return;
        }
        source.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (!holds.getAsBoolean()) return;
                source.removeListener(this);
                build.run();
            }
        });
    }

    /** Shown, and taking room, only while {@code visibleWhen} holds (nothing is bound when it is null). */
    public static void showWhen(Node n, ObservableBooleanValue visibleWhen) {
        if (visibleWhen == null) return;
        n.visibleProperty().bind(visibleWhen);
        n.managedProperty().bind(visibleWhen);
    }

    /** A drop-down of an enum's values, named from {@code <prefix>.<value in lower case>}. */
    public static <E extends Enum<E>> ChoiceBox<E> choice(ObjectProperty<E> p, List<E> values, String prefix, String accessibleName) {
        ChoiceBox<E> c = ChoiceSkin.box(values);
        c.setConverter(converter(prefix));
        c.valueProperty().bindBidirectional(p);
        c.setAccessibleText(accessibleName);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    public static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) { return e == null ? "" : Messages.get(prefix + "." + e.name().toLowerCase(Locale.ROOT)); }

            @Override
            public E fromString(String s) { throw new UnsupportedOperationException(); }
        };
    }

    public static CheckBox check(BooleanProperty p, String key) {
        CheckBox c = new CheckBox(Messages.get(key));
        c.setMnemonicParsing(true);
        c.selectedProperty().bindBidirectional(p);
        c.setAccessibleText(Messages.plain(key));
        c.setWrapText(true);
        return c;
    }

    /** A money field and its period ("250.00 a week"), returned as {field, period box, row}. */
    public static Amount amount(AmountInput a, String accessibleName) { return amount(a, accessibleName, null); }

    public static Amount amount(AmountInput a, String accessibleName, String help) {
        TextField f = text(a.money(), accessibleName, help);
        f.setPrefColumnCount(5);
        f.setMinWidth(48);
        ChoiceBox<Period> per = ChoiceSkin.box(AmountInput.PERIODS);
        per.setConverter(new StringConverter<>() {
            @Override
            public String toString(Period p) { return p == null ? "" : Messages.get("period." + p.yamlName()); }

            @Override
            public Period fromString(String s) { throw new UnsupportedOperationException(); }
        });
        per.valueProperty().bindBidirectional(a.perProperty());
        per.setAccessibleText(accessibleName + ", " + Messages.get("per"));
        per.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(4, f, per);
        HBox.setHgrow(f, Priority.ALWAYS);
        return new Amount(f, per, withError(row, a.money()), a.money());
    }

    public record Amount(TextField field, ChoiceBox<Period> per, VBox node, TextInput<?> moneyInput) {}
}
