package uk.betteroff.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;

/** The project's own rates folder, loaded once for all tests. */
public final class TestRates {
    private static LoadedRates loaded;

    private TestRates() {}

    public static Path folder() {
        String prop = System.getProperty("betteroff.rates.dir");
        Path p = prop != null ? Path.of(prop) : Path.of("rates");
        if (!Files.isDirectory(p)) throw new IllegalStateException("rates folder not found: " + p.toAbsolutePath());
        return p;
    }

    public static synchronized LoadedRates loaded() {
        if (loaded == null) loaded = RatesLoader.load(folder());
        return loaded;
    }

    public static BetterOffCalculator calculator() {
        LoadedRates l = loaded();
        return new BetterOffCalculator(l.book(), l::ctr);
    }

    /** As {@link #calculator()}, knowing every council (a council with no scheme file is then named as known). */
    public static BetterOffCalculator calculatorWithCouncils() {
        LoadedRates l = loaded();
        return new BetterOffCalculator(l.book(), l::ctr, l::council);
    }

    public static RatesAt at(String isoDate) { return loaded().book().at(java.time.LocalDate.parse(isoDate)); }
}
