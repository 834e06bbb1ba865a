package uk.betteroff.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import uk.betteroff.cases.Recovery;
import uk.betteroff.rates.RatesLocation;

/** The desktop app: JavaFX's entry point; what happens at start, and on which thread, is {@link AppStartup}. */
public final class BetterOffApp extends Application {

    /** {@code -Dbetteroff.open=CASE.yaml} opens that case file at start (a file association can pass it). */
    public static final String OPEN_PROPERTY = "betteroff.open";

    /** The start begun before JavaFX was launched (JavaFX makes this class itself, so it is handed over here). */
    private static volatile AppStartup startup;

    /** Launches JavaFX for this start, begun with {@link AppStartup#begin} just before (its rates thread is running). */
    public static void launchApp(AppStartup begun, String[] args) {
        startup = begun;
        Application.launch(BetterOffApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppStartup begun = startup != null ? startup : AppStartup.begin(AppStartup.Milestones.NONE);
        begun.openWindow(stage);
    }

    /** The app's own folder (autosave, recent cases): beside the per-user rates folder IT may use. */
    static java.nio.file.Path dataFolder() {
        return RatesLocation.userFolder(RatesLocation.Os.of(System.getProperty("os.name")), System.getenv(),
                java.nio.file.Path.of(System.getProperty("user.home", "."))).getParent().resolve("cases");
    }

    /** After a crash: offer the autosaved case back. */
    static void offerRecovery(MainViewModel vm, MainWindow window) {
        switch (vm.store().recovery().orElse(null)) {
            case Recovery.Found f -> {
                if (window.confirm(Messages.format("dialog.recover", When.inWords(f.savedAt(), java.time.ZoneId.systemDefault())))) {
                    vm.load(f.caseFile(), f.file().orElse(null));
                    vm.markRecovered();
                } else vm.store().discardRecovery();
            }
            case Recovery.Unreadable u -> window.error(Messages.get("app.title"), Messages.format("dialog.recover_unreadable", u.message()));
            case null -> { }
        }
    }

    /** The rates folder could not be read: say so (file and line) instead of a stack trace. */
    static void showRatesFailure(Stage stage, String text) {
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(new Label(Messages.get("dialog.rates_failed")), 600, 200));
        stage.show();
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(Messages.get("dialog.rates_failed"));
        a.setTitle(Messages.get("app.title"));
        a.showAndWait();
        stage.close();
    }
}
