package uk.betteroff.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.stage.Stage;

import uk.betteroff.cases.CaseStore;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesInUse;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.ui.chart.HoursChartView;
import uk.betteroff.ui.settings.RatesSourceViewModel;

/**
 * Everything the desktop app does to start, and on which thread (README "How it starts"), in one place:
 * <ol>
 * <li>{@link #begin} — before JavaFX starts — starts <em>the rates thread</em>: it reads the Settings → Rates
 * choice, then the rates, then makes the window's view model (JavaFX properties only, no controls), while the
 * launcher's thread goes on to start JavaFX. Each step ends in a future, and every future ends whatever the
 * thread meets, so the window never waits for ever;</li>
 * <li>{@link #openWindow} — on the JavaFX thread, from {@link BetterOffApp#start} — takes the rates (waiting
 * for the rates thread if it is not done), the view model made with them (or makes one, if the rates thread
 * could not), and shows the {@link MainWindow}, whose comparison and chart join just after its first frame.</li>
 * </ol>
 * The smoke test ({@code betteroff --smoke-test}) is told of the first frame and the whole window's through
 * {@link Milestones}.
 */
public final class AppStartup {

    /** Run once on the JavaFX thread: after the main window's first frame, and after a frame of the whole window. */
    public record Milestones(Runnable firstFrame, Runnable windowComplete) {
        public static final Milestones NONE = new Milestones(null, null);
    }

    /** The main window's view model and the thread its case store (autosave) and print-outs write on. */
    private record Models(MainViewModel vm, ExecutorService background) {}

    private final Milestones milestones;
    private final CompletableFuture<RatesSetting> setting = new CompletableFuture<>();
    private final CompletableFuture<RatesInUse> rates = new CompletableFuture<>();
    private final CompletableFuture<Models> models = new CompletableFuture<>();

    private AppStartup(Milestones milestones) { this.milestones = milestones == null ? Milestones.NONE : milestones; }

    /** Starts the rates thread; call it just before JavaFX is launched. */
    public static AppStartup begin(Milestones milestones) {
        AppStartup startup = new AppStartup(milestones);
        Thread.ofPlatform().name("rates").daemon().start(startup::readRates);
        return startup;
    }

    /** The rates thread: the setting, the rates, then the view model, each completing its future. */
    private void readRates() {
        RatesInUse read;
        try {
            // the user's setting is read here too, not on the thread that goes on to start JavaFX
            RatesSetting s = RatesSetting.forThisUser();
            setting.complete(s);
            read = systemRates(s).load();
        } catch (Throwable e) {
            // openWindow then says what it was (the rates-failure window), and the setting falls back to none
            setting.completeExceptionally(e);
            rates.completeExceptionally(e);
            models.completeExceptionally(e);
            if (e instanceof Error err) throw err;
            return;
        }
        StartupTrace.mark("rates read");
        rates.complete(read);
        try {
            models.complete(newModels(read.rates()));
        } catch (Throwable e) {
            models.completeExceptionally(e); // openWindow makes the view model itself
            if (e instanceof Error err) throw err;
        }
        StartupTrace.mark("view model made");
    }

    /**
     * On the JavaFX thread: the rates in use, through the Settings view model (the first load is the rates
     * thread's; a folder chosen later in Settings loads in the background), then the main window, shown; or, if
     * no rates could be read, a window that says why in words.
     */
    void openWindow(Stage stage) {
        StartupTrace.mark("Application.start");
        RatesSourceViewModel ratesSettings = new RatesSourceViewModel(setting.exceptionally(e -> RatesSetting.none()).join(),
                AppStartup::systemRates, firstInlineThenBackground(), r -> {
                    if (Platform.isFxApplicationThread()) r.run();
                    else Platform.runLater(r);
                });
        ratesSettings.load(rates);
        StartupTrace.mark("rates in use");
        if (ratesSettings.inUse().get() == null) {
            BetterOffApp.showRatesFailure(stage, String.join("\n", ratesSettings.problems()));
            return;
        }
        LoadedRates loaded = ratesSettings.inUse().get().rates();
        // made with these very rates on the rates thread, or (it failed) made here
        Models made = models.exceptionally(e -> null).join();
        Models m = made != null && made.vm().rates() == loaded ? made : newModels(loaded);
        if (made != null && made != m) made.background().shutdown(); // made with other rates: its thread is not needed
        MainViewModel vm = m.vm();
        ratesSettings.inUse().addListener((o, was, now) -> {
            if (now != null) vm.setRates(now.rates());
        });
        MainWindow window = new MainWindow(vm, stage, ratesSettings, HoursChartView.newViewModel(), m.background(), () -> {
            StartupTrace.mark("whole window shown");
            if (milestones.windowComplete() != null) milestones.windowComplete().run();
        });
        StartupTrace.mark("main window built");
        stage.show();
        StartupTrace.nodes("main window shown", stage.getScene().getRoot());
        window.focusFirstField();
        FirstFrame.notifyAfterShown(stage, milestones.firstFrame());
        String open = System.getProperty(BetterOffApp.OPEN_PROPERTY, "");
        if (!open.isBlank()) window.open(java.nio.file.Path.of(open));
        else if (milestones.firstFrame() == null) Platform.runLater(() -> BetterOffApp.offerRecovery(vm, window));
    }

    /**
     * The desktop app's view model: its comparison's first calculation waits for the window's second step, since
     * the first frame does not show it.
     */
    private static Models newModels(LoadedRates rates) {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "case-store");
            t.setDaemon(true);
            return t;
        });
        // what the background work then shows (the status bar's notice) is set on the JavaFX thread
        java.util.concurrent.Executor uiThread = r -> {
            if (javafx.application.Platform.isFxApplicationThread()) r.run();
            else javafx.application.Platform.runLater(r);
        };
        return new Models(MainViewModel.firstCalculationLater(rates, LocalDate::now, CaseStore.inFolder(BetterOffApp.dataFolder()), background,
                uiThread), background);
    }

    /**
     * The rates the desktop app uses with this Settings → Rates choice: the same places, in the same order, for the
     * first load at start and for every later load through the Settings view model.
     */
    private static RatesSource systemRates(RatesSetting setting) { return RatesSource.system(null, setting); }

    /** Runs the first task on the calling thread and every later one on a virtual thread. */
    private static Executor firstInlineThenBackground() {
        AtomicBoolean first = new AtomicBoolean(true);
        Executor later = Executors.newVirtualThreadPerTaskExecutor();
        return r -> {
            if (first.getAndSet(false)) r.run();
            else later.execute(r);
        };
    }
}
