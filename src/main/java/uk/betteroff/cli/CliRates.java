package uk.betteroff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesInUse;
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.rates.RatesRefusal;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.yaml.YamlException;

/**
 * The rates a command uses. {@code --rates DIR} is strict (a bad folder stops the command, so a script
 * never silently gets other rates); without it the order of {@link RatesSource} applies, and a refused
 * IT or environment folder is reported on standard error while the command goes on with the next one.
 * The command line does not read the desktop app's Settings (the user's preferences).
 */
final class CliRates {
    private CliRates() {}

    /** @throws YamlException when the named folder (or the built-in rates) cannot be used */
    static LoadedRates load(Path explicit, PrintWriter err) {
        if (explicit != null) return RatesLoader.load(explicit);
        RatesInUse inUse = RatesSource.system(null, RatesSetting.none()).load();
        for (RatesRefusal r : inUse.refused()) {
            err.println(TerminalText.safe(r.headline()));
            r.problems().forEach(p -> err.println(TerminalText.safe("  " + p)));
        }
        if (!inUse.refused().isEmpty()) err.println("Using " + inUse.origin().description() + " (" + inUse.folder() + ") instead.");
        err.flush();
        return inUse.rates();
    }

    /**
     * {@link #load}, with a refusal reported on {@code err} in one way for every command ("The rates could not
     * be used:" and each file:line problem). Returns null when refused: the command then exits 1 (README).
     */
    static LoadedRates loadOrReport(Path explicit, PrintWriter err) {
        try {
            return load(explicit, err);
        } catch (YamlException e) {
            err.println("The rates could not be used:");
            e.errors().forEach(x -> err.println(TerminalText.safe("  " + x)));
            err.flush();
            return null;
        }
    }
}
