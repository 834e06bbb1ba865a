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
        labels.setPercentWidth(38);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public GridPane node() { return grid; }

    /** A labelled row; {@code target} is what the label's mnemonic focuses. */
    public FormGrid row(String labelKey, Node target, Node shown, ObservableBooleanValue visibleWhen) {
        Label l = Form.label(labelKey, target);
        grid.add(l, 0, row);
        grid.add(shown, 1, row);
        GridPane.setFillWidth(shown, true);
        if (visibleWhen != null) {
            for (Node n : new Node[] {l, shown}) {
                n.visibleProperty().bind(visibleWhen);
                n.managedProperty().bind(visibleWhen);
            }
        }
        row++;
        return this;
    }

    public FormGrid row(String labelKey, Node target, Node shown) { return row(labelKey, target, shown, null); }

    /** A control that carries its own label (a check box), across both columns. */
    public FormGrid wide(Node n, ObservableBooleanValue visibleWhen) {
        grid.add(n, 0, row, 2, 1);
        if (visibleWhen != null) {
            n.visibleProperty().bind(visibleWhen);
            n.managedProperty().bind(visibleWhen);
        }
        row++;
        return this;
    }
}
