package uk.betteroff.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.betteroff.rates.RatesInUse;
import uk.betteroff.rates.RatesOrigin;
import uk.betteroff.rates.RatesRefusal;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.yaml.YamlException;

/**
 * Which rates the app uses, for the settings view and the main window's status bar: the folder, where
 * it came from and its SHA-256 fingerprint; any folder refused on the way and why; choosing a folder
 * (checked before it is kept) or going back to the built-in rates. Loading runs on {@code background}
 * and results are published on {@code ui} (tests pass {@code Runnable::run} for both).
 */
public final class RatesSourceViewModel {
    private final RatesSetting setting;
    private final Function<RatesSetting, RatesSource> sourceFor;
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<RatesInUse> inUse = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Rates: loading…");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper settingChosen = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    public RatesSourceViewModel(RatesSetting setting, Function<RatesSetting, RatesSource> sourceFor, Executor background, Executor ui) {
        this.setting = setting;
        this.sourceFor = sourceFor;
        this.background = background;
        this.ui = ui;
    }

    /**
     * For the desktop app: the user's stored setting, this process's environment and IT folders, loading
     * on a background thread; pass {@code Platform::runLater} as {@code uiThread}. Call {@link #load()} once.
     */
    public static RatesSourceViewModel forThisUser(Executor uiThread) {
        return new RatesSourceViewModel(RatesSetting.forThisUser(), s -> RatesSource.system(null, s),
                Executors.newVirtualThreadPerTaskExecutor(), uiThread);
    }

    /** (Re)loads the rates in precedence order; refusals on the way appear in {@link #problems()}. */
    public void load() {
        busy.set(true);
        background.execute(this::loadNow);
    }

    /**
     * As {@link #load()}, for rates whose loading (in the same precedence order) has already begun: the
     * app starts reading them while JavaFX itself starts, and publishes them here when they are ready.
     */
    public void load(CompletableFuture<RatesInUse> started) {
        busy.set(true);
        background.execute(() -> loadNow(() -> {
            try {
                return started.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof YamlException y) throw y;
                throw e;
            }
        }));
    }

    /** Checks {@code chosen}; keeps it as the setting only if it loads cleanly, else shows its problems and changes nothing. */
    public void choose(Path chosen) {
        busy.set(true);
        background.execute(() -> {
            RatesSource.Attempt a = RatesSource.attempt(new RatesSource.Candidate(RatesOrigin.APP_SETTING, chosen));
            if (a.refusal().isPresent()) {
                RatesRefusal r = a.refusal().get();
                List<String> lines = new ArrayList<>();
                lines.add("Not used: " + r.folder() + " — the rates in use are unchanged.");
                lines.addAll(r.problems());
                ui.execute(() -> {
                    problems.setAll(lines);
                    busy.set(false);
                });
                return;
            }
            try {
                setting.choose(chosen);
                loadNow();
            } catch (IllegalStateException e) {
                ui.execute(() -> {
                    problems.setAll(e.getMessage());
                    busy.set(false);
                });
            }
        });
    }

    /** Forgets the chosen folder: the next source in order (IT's folder or the built-in rates) is used. */
    public void useDefault() {
        busy.set(true);
        background.execute(() -> {
            try {
                setting.clear();
                loadNow();
            } catch (IllegalStateException e) {
                ui.execute(() -> {
                    problems.setAll(e.getMessage());
                    busy.set(false);
                });
            }
        });
    }

    /** On the background thread: load in precedence order, then publish on the UI thread. */
    private void loadNow() { loadNow(() -> sourceFor.apply(setting).load()); }

    private void loadNow(Supplier<RatesInUse> loading) {
        try {
            RatesInUse r = loading.get();
            boolean chosen = setting.folder().isPresent();
            ui.execute(() -> publish(r, chosen));
        } catch (YamlException e) {
            List<String> lines = new ArrayList<>();
            lines.add("The built-in rates could not be loaded; calculations are not possible until this is fixed.");
            e.errors().forEach(x -> lines.add(x.toString()));
            noneUsable(lines);
        } catch (RuntimeException e) {
            // anything else (a folder unreadable, a failure on the loading thread): said in words, never a stack trace
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            noneUsable(List.of("The rates could not be loaded; calculations are not possible until this is fixed.",
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    private void noneUsable(List<String> lines) {
        ui.execute(() -> {
            problems.setAll(lines);
            status.set("Rates: none usable (see Settings)");
            busy.set(false);
        });
    }

    private void publish(RatesInUse r, boolean chosen) {
        inUse.set(r);
        origin.set(r.origin().description());
        folder.set(r.folder().toAbsolutePath().normalize().toString());
        fingerprint.set(r.fingerprint());
        files.setAll(r.rates().book().files());
        List<String> lines = new ArrayList<>();
        if (chosen && r.origin() == RatesOrigin.COMMAND_LINE)
            lines.add("The folder chosen in Settings is used when Better Off is started without --rates.");
        for (RatesRefusal x : r.refused()) {
            lines.add(x.headline() + " Using " + r.origin().description() + " instead.");
            lines.addAll(x.problems());
        }
        problems.setAll(lines);
        status.set(r.summary());
        settingChosen.set(chosen);
        busy.set(false);
    }

    /** The rates in use (null until the first load finishes): the main window recalculates when it changes. */
    public ReadOnlyObjectProperty<RatesInUse> inUse() { return inUse.getReadOnlyProperty(); }

    /** Where the rates in use came from, in words ("the per-machine rates folder"). */
    public ReadOnlyStringProperty origin() { return origin.getReadOnlyProperty(); }

    public ReadOnlyStringProperty folder() { return folder.getReadOnlyProperty(); }

    /** SHA-256 over the rates files (as in results' {@code rates_sha256}). */
    public ReadOnlyStringProperty fingerprint() { return fingerprint.getReadOnlyProperty(); }

    /** One line for the main window's status bar. */
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }

    /** True when the user has chosen a folder in Settings (so "use the default rates" has something to undo). */
    public ReadOnlyBooleanProperty settingChosen() { return settingChosen.getReadOnlyProperty(); }

    /** The rates files in use, each with its own SHA-256. */
    public ObservableList<String> files() { return FXCollections.unmodifiableObservableList(files); }

    /** Why a folder was not used (refused on load, or a folder the user chose): empty when all is well. */
    public ObservableList<String> problems() { return FXCollections.unmodifiableObservableList(problems); }
}
