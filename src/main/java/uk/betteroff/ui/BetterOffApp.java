package uk.betteroff.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app. */
public final class BetterOffApp extends Application {

    public static void launchApp(String[] args) { Application.launch(BetterOffApp.class, args); }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Better Off");
        stage.setScene(new Scene(new Label("Better Off"), 800, 600));
        stage.show();
    }
}
