package uk.betteroff.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesInUse;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.cases.Recovery;
import uk.betteroff.rates.RatesLocation;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.ui.chart.HoursChartView;
import uk.betteroff.ui.settings.RatesSourceViewModel;

/** The desktop app. */
public final class BetterOffApp extends Application {

    /**
     * Called once on the FX thread after the main window's first frame is shown (used by
     * {@code betteroff --smoke-test} to measure start-up). Set before launching; may be null.
     */
    public static volatile Runnable onFirstFrame;

    /**
     * Called once on the FX thread after a frame of the whole main window — the comparison and the hours chart
     * too, which join the household form just after the first frame — has been shown. May be null.
     */
    public static volatile Runnable onWindowComplete;


    /** {@code -Dbetteroff.open=CASE.yaml} opens that case file at start (a file association can pass it). */
    public static final String OPEN_PROPERTY = "betteroff.open";

    /** The first rates, loading since {@link #startLoadingRates()} with the Settings → Rates choice read then; null when it was not called. */
    private static volatile EarlyRates early;

    /** The early load: the Settings → Rates choice, the rates, then the window's view model made with them, in turn on one thread. */
    private record EarlyRates(CompletableFuture<RatesSetting> setting, CompletableFuture<RatesInUse> loading, CompletableFuture<Models> models) {}

    /** The main window's view model and the thread its case store (autosave) and print-outs write on. */
    private record Models(MainViewModel vm, java.util.concurrent.ExecutorService background) {}

    public static void launchApp(String[] args) { Application.launch(BetterOffApp.class, args); }

    /**
     * Starts reading the rates (the same sources, in the same order, as Settings → Rates) on a thread of
     * its own, so they are read while JavaFX starts rather than after; call it just before {@link #launchApp}.
     * The main window still waits for them: it is never shown without rates.
     */
    public static void startLoadingRates() {
        CompletableFuture<RatesSetting> settingRead = new CompletableFuture<>();
        CompletableFuture<RatesInUse> loading = new CompletableFuture<>();
        CompletableFuture<Models> models = new CompletableFuture<>();
        early = new EarlyRates(settingRead, loading, models);
        Thread.ofPlatform().name("rates").daemon().start(() -> {
            // the user's setting is read here too, not on the thread that goes on to start JavaFX
            RatesSetting setting;
            RatesInUse r;
            try {
                setting = RatesSetting.forThisUser();
                settingRead.complete(setting);
                r = systemRates(setting).load();
            } catch (Throwable e) {
                // every future ends, whatever went wrong, so the window never waits for ever: start() then says
                // what it was (the rates-failure window), and the setting falls back to none
                settingRead.completeExceptionally(e);
                loading.completeExceptionally(e);
                models.completeExceptionally(e);
                if (e instanceof Error err) throw err;
                return;
            }
            StartupTrace.mark("rates read");
            loading.complete(r);
            // The view models are JavaFX properties only (no controls, no toolkit): made here, while JavaFX starts
            try {
                models.complete(newModels(r.rates()));
            } catch (Throwable e) {
                models.completeExceptionally(e); // start() makes the view model itself
                if (e instanceof Error err) throw err;
            }
            StartupTrace.mark("view model made");
        });
    }

    /**
     * The desktop app's view model: its comparison's first calculation waits for the window's second step, since the
     * first frame does not show it.
     */
    private static Models newModels(LoadedRates rates) {
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "case-store");
            t.setDaemon(true);
            return t;
        });
        return new Models(MainViewModel.firstCalculationLater(rates, LocalDate::now, CaseStore.inFolder(dataFolder()), background), background);
    }

    /**
     * The rates the desktop app uses with this Settings → Rates choice: the same places, in the same order, for the
     * early load at start-up and for every later load through the Settings view model.
     */
    private static RatesSource systemRates(RatesSetting setting) { return RatesSource.system(null, setting); }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("Application.start");
        // The rates are loaded once, here, through the Settings view model: the first load on this thread (the
        // window needs them), later ones (a folder chosen in Settings) in the background.
        RatesSetting setting = early != null ? early.setting().exceptionally(e -> RatesSetting.none()).join() : RatesSetting.forThisUser();
        RatesSourceViewModel ratesSettings = new RatesSourceViewModel(setting, BetterOffApp::systemRates,
                firstInlineThenBackground(), r -> {
                    if (javafx.application.Platform.isFxApplicationThread()) r.run();
                    else javafx.application.Platform.runLater(r);
                });
        if (early != null) ratesSettings.load(early.loading());
        else ratesSettings.load();
        StartupTrace.mark("rates in use");
        if (ratesSettings.inUse().get() == null) {
            showRatesFailure(stage, String.join("\n", ratesSettings.problems()));
            return;
        }
        LoadedRates rates = ratesSettings.inUse().get().rates();
        // made with these very rates on the rates thread, or (no early load, or it failed) made here
        Models made = early == null ? null : early.models().exceptionally(e -> null).join();
        Models models = made != null && made.vm().rates() == rates ? made : newModels(rates);
        MainViewModel vm = models.vm();
        ratesSettings.inUse().addListener((o, was, now) -> {
            if (now != null) vm.setRates(now.rates());
        });
        MainWindow window = MainWindow.inTwoSteps(vm, stage, ratesSettings, HoursChartView.newViewModel(), models.background(), () -> {
            StartupTrace.mark("whole window shown");
            if (onWindowComplete != null) onWindowComplete.run();
        });
        StartupTrace.mark("main window built");
        stage.show();
        StartupTrace.nodes("main window shown", stage.getScene().getRoot());
        window.focusFirstField();
        FirstFrame.notifyAfterShown(stage, onFirstFrame);
        String open = System.getProperty(OPEN_PROPERTY, "");
        if (!open.isBlank()) window.open(java.nio.file.Path.of(open));
        else if (onFirstFrame == null) javafx.application.Platform.runLater(() -> offerRecovery(vm, window));
    }

    /** Runs the first task on the calling thread and every later one on a virtual thread. */
    private static java.util.concurrent.Executor firstInlineThenBackground() {
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.Executor later = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        return r -> {
            if (first.getAndSet(false)) r.run();
            else later.execute(r);
        };
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
