package uk.betteroff.rates;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folders Better Off looks in for rates, for an operating system and environment (passed in, so the
 * rules are testable). IT places a rate pack in the per-machine folder for every user of a PC, or the
 * per-user folder for one user (see installers/README.md):
 * <pre>
 *   Windows  per machine  %ProgramData%\BetterOff\rates
 *            per user     %LOCALAPPDATA%\BetterOff\rates
 *   macOS    per machine  /Library/Application Support/BetterOff/rates
 *            per user     ~/Library/Application Support/BetterOff/rates
 *   Linux    per machine  /etc/betteroff/rates
 *            per user     $XDG_CONFIG_HOME/betteroff/rates (~/.config/betteroff/rates)
 * </pre>
 * The built-in rates are the folder in the {@code betteroff.rates.dir} system property (the launcher
 * and the installed app set it to the rates inside the app), else {@code ./rates}.
 */
public final class RatesLocation {
    public static final String ENVIRONMENT_VARIABLE = "BETTEROFF_RATES";
    public static final String BUILT_IN_PROPERTY = "betteroff.rates.dir";

    private RatesLocation() {}

    /** The platform family, from the {@code os.name} system property. */
    public enum Os {
        WINDOWS, MAC, LINUX;

        public static Os of(String osName) {
            String n = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
            if (n.startsWith("windows")) return WINDOWS;
            if (n.startsWith("mac")) return MAC;
            return LINUX;
        }
    }

    public static Path machineFolder(Os os, Map<String, String> env) {
        return switch (os) {
            case WINDOWS -> Path.of(env.getOrDefault("ProgramData", env.getOrDefault("PROGRAMDATA", "C:\\ProgramData")), "BetterOff", "rates");
            case MAC -> Path.of("/Library/Application Support/BetterOff/rates");
            case LINUX -> Path.of("/etc/betteroff/rates");
        };
    }

    public static Path userFolder(Os os, Map<String, String> env, Path home) {
        return switch (os) {
            case WINDOWS -> {
                String local = env.getOrDefault("LOCALAPPDATA", "");
                yield (local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local)).resolve("BetterOff").resolve("rates");
            }
            case MAC -> home.resolve("Library/Application Support/BetterOff/rates");
            case LINUX -> {
                String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
                yield (xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("betteroff").resolve("rates");
            }
        };
    }

    /**
     * The user's own settings ({@code settings.properties}, the Settings → Rates choice): {@code %APPDATA%\\BetterOff}
     * on Windows (the roaming profile), else beside the per-user rates folder: {@code ~/Library/Application
     * Support/BetterOff}, {@code $XDG_CONFIG_HOME/betteroff} (~/.config/betteroff).
     */
    public static Path settingsFile(Os os, Map<String, String> env, Path home) {
        if (os == Os.WINDOWS) {
            // roaming, as the registry key (HKCU) that held the choice before: it follows the user between council PCs
            String roaming = env.getOrDefault("APPDATA", "");
            return (roaming.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(roaming)).resolve("BetterOff").resolve("settings.properties");
        }
        return userFolder(os, env, home).resolveSibling("settings.properties");
    }

    /** The rates inside the app (or a development checkout's {@code ./rates}). */
    public static Path builtIn() {
        String prop = System.getProperty(BUILT_IN_PROPERTY);
        return prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("rates");
    }

    /**
     * The folder of the rates this run would use: {@code explicit} if given (unchecked, so its loader
     * reports its problems), else the first usable folder in {@link RatesSource}'s order (without the
     * desktop app's setting: the command line does not read the user's settings).
     */
    public static Path resolve(Path explicit) {
        if (explicit != null) return explicit;
        return RatesSource.system(null, RatesSetting.none()).load().folder();
    }
}
