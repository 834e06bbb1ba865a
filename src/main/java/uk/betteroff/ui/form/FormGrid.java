package uk.betteroff.ui.form;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form (label, control) whose rows can be hidden when they don't apply. */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.getStyleClass().add("form");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(40);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public GridPane node() { return grid; }

    /** A labelled row; {@code target} is what the label's mnemonic focuses. */
    public FormGrid row(String labelKey, Node target, Node shown, ObservableBooleanValue visibleWhen) {
        place(row++, labelKey, target, shown, visibleWhen);
        return this;
    }

    /**
     * Puts a row's label and control in grid row {@code at}, among the children before any of a later row (so the
     * children's order, the Tab order and a screen reader's, follows the rows even for a row made later).
     */
    private void place(int at, String labelKey, Node target, Node shown, ObservableBooleanValue visibleWhen) {
        Label l = Form.label(labelKey, target);
        GridPane.setConstraints(l, 0, at);
        GridPane.setConstraints(shown, 1, at);
        GridPane.setFillWidth(shown, true);
        Form.showWhen(l, visibleWhen);
        Form.showWhen(shown, visibleWhen);
        insert(at, l, shown);
    }

    /** A control that carries its own label, across both columns of grid row {@code at}, placed as {@link #place} does. */
    private void placeWide(int at, Node n, ObservableBooleanValue visibleWhen) {
        GridPane.setConstraints(n, 0, at, 2, 1);
        Form.showWhen(n, visibleWhen);
        insert(at, n);
    }

    private void insert(int at, Node... nodes) {
        int before = 0;
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            if (r != null && r > at) break;
            before++;
        }
        grid.getChildren().addAll(before, java.util.List.of(nodes));
    }

    public FormGrid row(String labelKey, Node target, Node shown) { return row(labelKey, target, shown, null); }

    /** A row's control, made when the row is first needed: {@code target} for the label's mnemonic, {@code shown} in the grid. */
    public record Made(Node target, Node shown) {}

    /**
     * A labelled row shown only while {@code visibleWhen} holds, its controls made the first time it does (at once if
     * it does now): a row that does not apply to most households costs the window's first frame nothing. Once made
     * it keeps its place among the rows (the grid's order is the Tab order and a screen reader's) and stays, shown
     * and hidden with {@code visibleWhen}.
     */
    public FormGrid rowWhenFirstNeeded(String labelKey, java.util.function.Supplier<Made> make, ObservableBooleanValue visibleWhen) {
        int at = row++;
        whenFirstNeeded(at, visibleWhen, () -> {
            Made m = make.get();
            place(at, labelKey, m.target(), m.shown(), visibleWhen);
        });
        return this;
    }

    /** As {@link #wide}, the control made the first time {@code visibleWhen} holds, as {@link #rowWhenFirstNeeded} does. */
    public FormGrid wideWhenFirstNeeded(java.util.function.Supplier<Node> make, ObservableBooleanValue visibleWhen) {
        int at = row++;
        whenFirstNeeded(at, visibleWhen, () -> placeWide(at, make.get(), visibleWhen));
        return this;
    }

    private void whenFirstNeeded(int at, ObservableBooleanValue visibleWhen, Runnable build) {
        // The grid holds the condition: a binding (e.g. isEqualTo) hears its inputs through weak listeners, and
        // until the row is made nothing else would hold it.
        grid.getProperties().put("whenFirstNeeded." + at, visibleWhen);
        Form.whenFirstTrue(visibleWhen, visibleWhen::get, build);
    }

    /** A control that carries its own label (a check box), across both columns. */
    public FormGrid wide(Node n, ObservableBooleanValue visibleWhen) {
        placeWide(row++, n, visibleWhen);
        return this;
    }
}
