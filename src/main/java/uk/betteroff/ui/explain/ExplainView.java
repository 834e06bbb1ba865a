package uk.betteroff.ui.explain;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import uk.betteroff.ui.form.Windows;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.ui.Messages;

/** The "why?" window: the figure's steps as a tree on the left, the selected step's working, law and rates on the right. */
public final class ExplainView {
    private final Stage stage = new Stage();
    private final TreeView<TraceNode> tree;
    private final TextArea details = new TextArea();

    public ExplainView(ExplainViewModel vm, Window owner, java.util.List<String> stylesheets, String rootStyle) {
        stage.initOwner(owner);
        stage.setTitle(Messages.get("app.title") + " — " + vm.title());
        tree = new TreeView<>(item(vm.root(), 0));
        tree.setCellFactory(t -> new TreeCell<>() {
            /** Where the text starts in the cell (after the indent and the arrow), as last laid out. */
            private double textX = -1;

            {
                // A long step wraps onto more lines rather than running off the tree's edge: the cell asks for no
                // width of its own, so it takes the tree's, and its text wraps within it.
                setWrapText(true);
                setPrefWidth(0);
            }

            /**
             * The height the wrapped text needs in the width it is laid out in: the skin measures it in the cell's whole
             * width, but lays it out after the indent and the arrow, where it can need a line more (and was cut off).
             */
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 || textX < 0 ? width : width - textX + snappedLeftInset());
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                javafx.scene.Node text = lookup(".text");
                double x = text == null ? -1 : text.getLayoutX();
                if (x >= 0 && Math.abs(x - textX) > 0.5) {
                    textX = x;
                    TreeView<TraceNode> t = getTreeView();
                    if (t != null) javafx.application.Platform.runLater(t::requestLayout);
                }
            }

            @Override
            protected void updateItem(TraceNode n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : ExplainViewModel.summary(n));
                setAccessibleText(empty || n == null ? null : ExplainViewModel.summary(n));
            }
        });
        tree.setAccessibleText(Messages.get("explain.tree"));
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now == null ? null : now.getValue()));
        tree.getSelectionModel().select(0);
        details.textProperty().bind(vm.detailsProperty());
        details.setEditable(false);
        details.setWrapText(true);
        details.setAccessibleText(Messages.get("explain.details"));
        details.getStyleClass().add("explain-details");
        SplitPane split = new SplitPane(tree, details);
        split.setDividerPositions(0.42);
        Label heading = new Label(vm.title());
        heading.getStyleClass().add("section-heading");
        Label version = new Label(vm.ratesVersionShort());
        version.setWrapText(true);
        version.setMinWidth(0);
        version.setTooltip(new javafx.scene.control.Tooltip(vm.ratesVersion()));
        version.setId("explain-rates-version");
        Button close = Windows.closeButton(Messages.get("explain.close"), stage);   // never "Cl…", however long the line beside it
        HBox bottom = new HBox(10, version, close);
        HBox.setHgrow(version, javafx.scene.layout.Priority.ALWAYS);
        bottom.setPadding(new javafx.geometry.Insets(8));
        BorderPane root = new BorderPane(split, heading, null, bottom, null);
        root.setPadding(new javafx.geometry.Insets(8));
        root.setStyle(rootStyle);
        Windows.closingOnEscape(stage, root, 820, 520, stylesheets);
    }

    private static TreeItem<TraceNode> item(TraceNode n, int depth) {
        TreeItem<TraceNode> i = new TreeItem<>(n);
        for (TraceNode c : n.children()) i.getChildren().add(item(c, depth + 1));
        i.setExpanded(depth < 1);
        return i;
    }

    public Stage stage() { return stage; }

    public void show() {
        stage.show();
        tree.requestFocus();
    }
}
