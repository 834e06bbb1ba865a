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
import uk.betteroff.cases.CaseStore;
import uk.betteroff.cases.Recovery;
import uk.betteroff.rates.RatesLocation;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.ui.chart.HoursChartView;
import uk.betteroff.ui.settings.RatesSourceViewModel;
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
    public static volatile Supplier<LoadedRates> ratesSource = () -> RatesSource.system(null, RatesSetting.preferences()).load().rates();

    /** {@code -Dbetteroff.open=CASE.yaml} opens that case file at start (a file association can pass it). */
    public static final String OPEN_PROPERTY = "betteroff.open";

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
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "case-store");
            t.setDaemon(true);
            return t;
        });
        MainViewModel vm = new MainViewModel(rates, LocalDate::now, CaseStore.inFolder(dataFolder()), background);
        RatesSourceViewModel ratesSettings = RatesSourceViewModel.forThisUser(javafx.application.Platform::runLater);
        ratesSettings.inUse().addListener((o, was, now) -> {
            if (now != null) vm.setRates(now.rates());
        });
        ratesSettings.load();
        MainWindow window = new MainWindow(vm, stage, ratesSettings, HoursChartView.newViewModel(), background);
        stage.show();
        window.focusFirstField();
        FirstFrame.notifyAfterShown(stage, onFirstFrame);
        String open = System.getProperty(OPEN_PROPERTY, "");
        if (!open.isBlank()) window.open(java.nio.file.Path.of(open));
        else if (onFirstFrame == null) javafx.application.Platform.runLater(() -> offerRecovery(vm, window));
    }

    /** The app's own folder (autosave, recent cases): beside the per-user rates folder IT may use. */
    static java.nio.file.Path dataFolder() {
        return RatesLocation.userFolder(RatesLocation.Os.of(System.getProperty("os.name")), System.getenv(),
                java.nio.file.Path.of(System.getProperty("user.home", "."))).getParent().resolve("cases");
    }

    /** After a crash: offer the autosaved case back. */
    private static void offerRecovery(MainViewModel vm, MainWindow window) {
        switch (vm.store().recovery().orElse(null)) {
            case Recovery.Found f -> {
                if (window.confirm(Messages.format("dialog.recover", f.savedAt().toString()))) {
                    vm.load(f.caseFile(), f.file().orElse(null));
                    vm.markRecovered();
                } else vm.store().discardRecovery();
            }
            case Recovery.Unreadable u -> window.error(Messages.get("app.title"), Messages.format("dialog.recover_unreadable", u.message()));
            case null -> { }
        }
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
