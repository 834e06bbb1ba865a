package uk.betteroff.ui.comparison;

import java.util.List;
import java.util.stream.IntStream;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import uk.betteroff.ui.Messages;

/**
 * One row of the comparison: a result figure (by its docs/design.md id) across the columns. Rows that are nil
 * in every column and not part of the bottom line are hidden to keep the table short.
 */
public final class RowViewModel {
    private final String figureId;
    private final boolean alwaysShown;
    private final List<CellViewModel> cells;
    private final ReadOnlyBooleanWrapper visible;

    RowViewModel(String figureId, boolean alwaysShown, int columns) {
        this.figureId = figureId;
        this.alwaysShown = alwaysShown;
        this.cells = IntStream.range(0, columns).mapToObj(i -> new CellViewModel()).toList();
        this.visible = new ReadOnlyBooleanWrapper(this, "visible", alwaysShown);
    }

    public String figureId() { return figureId; }

    /** The row's label (resource key {@code figure.<id>}). */
    public String label() { return Messages.get("figure." + figureId); }

    public List<CellViewModel> cells() { return cells; }

    public CellViewModel cell(int column) { return cells.get(column); }

    public ReadOnlyBooleanProperty visibleProperty() { return visible.getReadOnlyProperty(); }

    public boolean isVisible() { return visible.get(); }

    boolean alwaysShown() { return alwaysShown; }

    void setVisible(boolean v) { visible.set(alwaysShown || v); }
}
