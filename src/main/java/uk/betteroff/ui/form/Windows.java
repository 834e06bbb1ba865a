package uk.betteroff.ui.form;

import java.util.List;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

/** What the app's own small windows (Why?, the guide, more jobs) share: a Close button and Escape to close. */
public final class Windows {
    private Windows() {}

    /** The window's Close button: its cancel button (Escape), an Alt+letter where the text marks one, never cut to "Cl…". */
    public static Button closeButton(String text, Stage stage) {
        Button close = new Button(text);
        close.setMnemonicParsing(true);
        close.setCancelButton(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> stage.close());
        return close;
    }

    /**
     * The window's scene, in the main window's stylesheets, that Escape closes wherever the focus is — a filter,
     * not a handler: a tree or a text field would otherwise take the key first.
     */
    public static Scene closingOnEscape(Stage stage, Parent root, double width, double height, List<String> stylesheets) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(stylesheets);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setScene(scene);
        return scene;
    }
}
