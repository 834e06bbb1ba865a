package uk.betteroff.rates;

import java.nio.file.Path;
import java.util.List;

/**
 * The rates the app is using: the loaded folder, where it came from, and any folder earlier in the
 * order that was refused (so the user and IT see why their pack is not in use).
 */
public record RatesInUse(LoadedRates rates, RatesOrigin origin, Path folder, List<RatesRefusal> refused) {
    public RatesInUse {
        refused = List.copyOf(refused);
    }

    /** SHA-256 over every rates file's name and text: the same fingerprint results carry ({@code rates_sha256}). */
    public String fingerprint() { return rates.book().fingerprint(); }

    /** Short form for a status bar: "Rates: built in, sha256 1a2b3c4d5e6f". */
    public String summary() {
        String where = switch (origin) {
            case BUILT_IN -> "built in";
            case COMMAND_LINE -> "--rates " + folder;
            default -> folder.toString();
        };
        return "Rates: " + where + ", sha256 " + fingerprint().substring(0, 12) + (refused.isEmpty() ? "" : " (a rates folder was refused)");
    }
}
