package uk.betteroff.rates;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the rates folder is: {@code --rates DIR} if given, else the {@code betteroff.rates.dir} system
 * property (set by the launcher), else the {@code BETTEROFF_RATES} environment variable, else
 * {@code ./rates}.
 */
public final class RatesLocation {
    private RatesLocation() {}

    public static Path resolve(Path explicit) {
        if (explicit != null) return explicit;
        String prop = System.getProperty("betteroff.rates.dir");
        if (prop != null && !prop.isBlank() && Files.isDirectory(Path.of(prop))) return Path.of(prop);
        String env = System.getenv("BETTEROFF_RATES");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of("rates");
    }
}
