package uk.betteroff.rates;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.yaml.YamlException;

/**
 * Decides which rates Better Off uses. In order, the first folder that loads cleanly wins:
 * <ol>
 *   <li>{@code --rates DIR} (the command line, or {@code betteroff --rates DIR} for the desktop app);</li>
 *   <li>the folder chosen in Settings ({@link RatesSetting});</li>
 *   <li>the {@code BETTEROFF_RATES} environment variable;</li>
 *   <li>the per-user, then the per-machine folder IT may place ({@link RatesLocation});</li>
 *   <li>the rates built into the app.</li>
 * </ol>
 * A folder that is named but cannot be used (missing, or refused by {@link RatesLoader}) is recorded as
 * a {@link RatesRefusal} with its problems and the next one is tried, so a bad rate pack never stops the
 * app: it keeps working on the built-in rates and says why. Only broken built-in rates are fatal.
 */
public final class RatesSource {
    /** Set by the launcher for {@code betteroff --rates DIR} (the desktop app has no other arguments). */
    public static final String EXPLICIT_PROPERTY = "betteroff.rates.explicit";

    /** One place to look. */
    public record Candidate(RatesOrigin origin, Path folder) {}

    private final List<Candidate> candidates;

    private RatesSource(List<Candidate> candidates) { this.candidates = List.copyOf(candidates); }

    /**
     * The order for the given inputs (all passed in, so tests need no real environment): {@code explicit}
     * may be null; {@code env} is the process environment; the built-in folder comes last.
     */
    public static RatesSource of(Path explicit, RatesSetting setting, Map<String, String> env, RatesLocation.Os os, Path home, Path builtIn) {
        List<Candidate> c = new ArrayList<>();
        if (explicit != null) c.add(new Candidate(RatesOrigin.COMMAND_LINE, explicit));
        setting.folder().ifPresent(f -> c.add(new Candidate(RatesOrigin.APP_SETTING, f)));
        String fromEnv = env.getOrDefault(RatesLocation.ENVIRONMENT_VARIABLE, "");
        if (!fromEnv.isBlank()) c.add(new Candidate(RatesOrigin.ENVIRONMENT, Path.of(fromEnv)));
        c.add(new Candidate(RatesOrigin.USER_FOLDER, RatesLocation.userFolder(os, env, home)));
        c.add(new Candidate(RatesOrigin.MACHINE_FOLDER, RatesLocation.machineFolder(os, env)));
        c.add(new Candidate(RatesOrigin.BUILT_IN, builtIn));
        return new RatesSource(c);
    }

    /**
     * The order for this process: {@code explicit} (or the {@value #EXPLICIT_PROPERTY} property), the
     * setting, the real environment, this OS's IT folders and {@link RatesLocation#builtIn()}.
     */
    public static RatesSource system(Path explicit, RatesSetting setting) {
        String prop = System.getProperty(EXPLICIT_PROPERTY, "");
        Path chosen = explicit != null ? explicit : prop.isBlank() ? null : Path.of(prop);
        return of(chosen, setting, System.getenv(), RatesLocation.Os.of(System.getProperty("os.name")),
                Path.of(System.getProperty("user.home", ".")), RatesLocation.builtIn());
    }

    public List<Candidate> candidates() { return candidates; }

    /**
     * Loads the first usable folder, recording every refusal before it.
     *
     * @throws YamlException when even the built-in rates cannot be loaded (with their problems)
     */
    public RatesInUse load() {
        List<RatesRefusal> refused = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.origin() == RatesOrigin.BUILT_IN) return new RatesInUse(RatesLoader.load(c.folder()), c.origin(), c.folder(), refused);
            if (c.origin().optional() && !Files.exists(c.folder())) continue;
            Attempt a = attempt(c);
            if (a.rates().isPresent()) return new RatesInUse(a.rates().get(), c.origin(), c.folder(), refused);
            refused.add(a.refusal().orElseThrow());
        }
        throw new IllegalStateException("the built-in rates are always the last candidate");
    }

    /** Checks one folder without using it (the settings view validates a folder before it is chosen). */
    public static Attempt attempt(Candidate c) {
        if (!Files.isDirectory(c.folder()))
            return Attempt.refused(new RatesRefusal(c.origin(), c.folder(), List.of(c.folder() + ": not found, or not a folder")));
        try {
            return new Attempt(Optional.of(RatesLoader.load(c.folder())), Optional.empty());
        } catch (YamlException e) {
            return Attempt.refused(new RatesRefusal(c.origin(), c.folder(), e.errors().stream().map(Object::toString).toList()));
        } catch (UncheckedIOException e) {
            return Attempt.refused(new RatesRefusal(c.origin(), c.folder(), List.of(c.folder() + ": could not be read (" + e.getCause().getMessage() + ")")));
        } catch (RuntimeException | StackOverflowError e) {
            // a folder no check foresaw is refused like any other, and the next one (in the end the built-in rates) is used
            return Attempt.refused(new RatesRefusal(c.origin(), c.folder(), List.of(c.folder() + ": could not be read (an internal error: "
                    + e.getClass().getSimpleName() + "); the rates in use are unchanged")));
        }
    }

    /** The outcome of loading one folder: the rates, or why not. */
    public record Attempt(Optional<LoadedRates> rates, Optional<RatesRefusal> refusal) {
        static Attempt refused(RatesRefusal r) { return new Attempt(Optional.empty(), Optional.of(r)); }
    }
}
