package uk.betteroff.ui.help;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import uk.betteroff.ui.form.Windows;
import uk.betteroff.ui.Messages;

/** Help → Guide (F1): the {@link Guide} in a window of its own, beside the main window; Escape or Close closes it. */
public final class GuideView {
    private final Stage stage = new Stage();
    private final ScrollPane scroll;

    public GuideView(Guide guide, Window owner, java.util.List<String> stylesheets, String rootStyle) {
        stage.initOwner(owner);
        stage.setTitle(Messages.get("app.title") + " — " + guide.title());
        VBox text = new VBox(6);
        text.getStyleClass().add("guide");
        text.setPadding(new javafx.geometry.Insets(12));
        Label title = new Label(guide.title());
        title.getStyleClass().add("section-heading");
        title.setStyle("-fx-font-size: 1.4em;");
        text.getChildren().addAll(title, paragraph(guide.intro()));
        for (Guide.Section s : guide.sections()) {
            Label h = new Label(s.heading());
            h.getStyleClass().add("section-heading");
            h.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
            h.setPadding(new javafx.geometry.Insets(8, 0, 0, 0));
            text.getChildren().add(h);
            for (Guide.Entry e : s.entries()) {
                if (!e.term().isBlank()) {
                    Label term = new Label(e.term());
                    term.getStyleClass().add("person-heading");
                    text.getChildren().add(term);
                }
                text.getChildren().add(paragraph(e.text()));
            }
        }
        scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText(guide.title());
        Button close = Windows.closeButton(guide.closeLabel(), stage);
        HBox bottom = new HBox(close);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        bottom.setPadding(new javafx.geometry.Insets(8));
        BorderPane root = new BorderPane(scroll, null, null, bottom, null);
        root.setStyle(rootStyle);
        Windows.closingOnEscape(stage, root, 720, 640, stylesheets);
    }

    private static Label paragraph(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public Stage stage() { return stage; }

    public void show() {
        stage.show();
        stage.toFront();
        scroll.requestFocus();
    }
}
