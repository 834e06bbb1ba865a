package uk.betteroff.ui.comparison;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One column's heading and bottom line: its name, money left, and "better off by …" in words and sign. */
public final class ColumnViewModel {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present", false);
    private final ReadOnlyStringWrapper betterOff = new ReadOnlyStringWrapper(this, "betterOff", "");
    private final ReadOnlyStringWrapper betterOffSigned = new ReadOnlyStringWrapper(this, "betterOffSigned", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final CellViewModel moneyLeft = new CellViewModel();

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public String getTitle() { return title.get(); }
    /** False when the column holds no result (an option switched off, or nothing to show). */
    public ReadOnlyBooleanProperty presentProperty() { return present.getReadOnlyProperty(); }
    public boolean isPresent() { return present.get(); }
    /** "Better off by £42.10 a week (£2.63 for each extra hour)", in words. */
    public ReadOnlyStringProperty betterOffProperty() { return betterOff.getReadOnlyProperty(); }
    public String getBetterOff() { return betterOff.get(); }
    /** "+£42.10" or "−£12.00": the sign in text, so it never relies on colour. */
    public ReadOnlyStringProperty betterOffSignedProperty() { return betterOffSigned.getReadOnlyProperty(); }
    public String getBetterOffSigned() { return betterOffSigned.get(); }
    /** Why this option's column is blank: its refused fields, each saying what to type (empty otherwise). */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public String getProblem() { return problem.get(); }
    /** The bottom line, shown large. */
    public CellViewModel moneyLeft() { return moneyLeft; }

    void setProblem(String p) { problem.set(p); }

    void set(String t, String words, String signed) {
        title.set(t);
        problem.set("");
        present.set(true);
        betterOff.set(words);
        betterOffSigned.set(signed);
    }

    void clear() {
        title.set("");
        present.set(false);
        betterOff.set("");
        betterOffSigned.set("");
        problem.set("");
        moneyLeft.clear();
    }
}
