package uk.betteroff.ui;

import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.rates.RatesLocation;
import uk.betteroff.yaml.YamlException;

/** The desktop app. */
public final class BetterOffApp extends Application {

    /**
     * Called once on the FX thread after the main window's first frame is shown (used by
     * {@code betteroff --smoke-test} to measure start-up). Set before launching; may be null.
     */
    public static volatile Runnable onFirstFrame;

    /**
     * Where the rates come from: the one place they are loaded (the rates folder setting may replace it).
     * Read once at start.
     */
    public static volatile Supplier<LoadedRates> ratesSource = () -> RatesLoader.load(RatesLocation.resolve(null));

    public static void launchApp(String[] args) { Application.launch(BetterOffApp.class, args); }

    @Override
    public void start(Stage stage) {
        LoadedRates rates;
        try {
            rates = ratesSource.get();
        } catch (YamlException e) {
            showRatesFailure(stage, String.join("\n", e.errors().stream().map(Object::toString).toList()));
            return;
        } catch (RuntimeException e) {
            showRatesFailure(stage, String.valueOf(e.getMessage()));
            return;
        }
        MainWindow window = new MainWindow(new MainViewModel(rates, LocalDate::now), stage);
        stage.show();
        window.focusFirstField();
        FirstFrame.notifyAfterShown(stage, onFirstFrame);
    }

    /** The rates folder could not be read: say so (file and line) instead of a stack trace. */
    private static void showRatesFailure(Stage stage, String text) {
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
