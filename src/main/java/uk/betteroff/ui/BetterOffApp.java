package uk.betteroff.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class BetterOffApp extends Application {

    /**
     * Called once on the FX thread after the main window's first frame is shown (used by
     * {@code betteroff --smoke-test} to measure start-up). Set before launching; may be null.
     */
    public static volatile Runnable onFirstFrame;

    public static void launchApp(String[] args) { Application.launch(BetterOffApp.class, args); }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Better Off");
        stage.setScene(new Scene(new Label("Better Off"), 800, 600));
        stage.show();
        FirstFrame.notifyAfterShown(stage, onFirstFrame);
    }
}
