package uk.betteroff.ui.comparison;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import uk.betteroff.kernel.trace.TraceNode;

/** One result cell: the amount shown, what a screen reader says, and the working behind it ("why?"). */
public final class CellViewModel {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper accessibleText = new ReadOnlyStringWrapper(this, "accessibleText", "");
    private final ReadOnlyObjectWrapper<TraceNode> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyStringWrapper column = new ReadOnlyStringWrapper(this, "column", "");

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    public String getText() { return text.get(); }
    public ReadOnlyStringProperty accessibleTextProperty() { return accessibleText.getReadOnlyProperty(); }
    public String getAccessibleText() { return accessibleText.get(); }
    /** The working behind the figure, or null when the cell is empty. */
    public ReadOnlyObjectProperty<TraceNode> traceProperty() { return trace.getReadOnlyProperty(); }
    public TraceNode getTrace() { return trace.get(); }
    /** The column's name ("Out of work", "16 hours"). */
    public String getColumn() { return column.get(); }

    void set(String shown, String spoken, TraceNode t, String columnName) {
        text.set(shown);
        accessibleText.set(spoken);
        trace.set(t);
        column.set(columnName);
    }

    void clear() { set("", "", null, ""); }
}
