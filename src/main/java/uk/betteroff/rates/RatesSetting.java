package uk.betteroff.rates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.cases.AtomicFiles;

/** The rates folder the user chose in Settings, remembered between runs. */
public interface RatesSetting {
    Optional<Path> folder();

    void choose(Path folder);

    void clear();

    /**
     * Stored in this user's {@link RatesLocation#settingsFile settings file} (e.g.
     * {@code %APPDATA%\BetterOff\settings.properties}, which roams with the user's profile as the registry did): a
     * few bytes read at every start, where java.util.prefs parsed an XML file on Linux.
     */
    static RatesSetting forThisUser() {
        return inFile(RatesLocation.settingsFile(RatesLocation.Os.of(System.getProperty("os.name")), System.getenv(),
                Path.of(System.getProperty("user.home", "."))));
    }

    /** Stored in the given settings file (tests use a throwaway one). */
    static RatesSetting inFile(Path file) { return new Stored(file); }

    /** No setting (and choosing one is refused): for callers that must not read the user's settings. */
    static RatesSetting none() {
        return new RatesSetting() {
            @Override public Optional<Path> folder() { return Optional.empty(); }
            @Override public void choose(Path folder) { throw new UnsupportedOperationException("no rates setting here"); }
            @Override public void clear() {}
        };
    }

    /**
     * A UTF-8 file of {@code key=value} lines with the key {@value #KEY}; lines starting with {@code #} are comments.
     * Values are taken as written, with no escapes, so IT can write {@code rates.folder=\\server\share\rates}
     * as it stands (the {@link Properties} form would read each backslash as an escape).
     */
    final class Stored implements RatesSetting {
        static final String KEY = "rates.folder";
        private final Path file;

        private Stored(Path file) { this.file = file; }

        /**
         * The folder chosen, if any. A file that is missing or unreadable, or has no {@value #KEY} line, is no
         * setting: the built-in rates are used, and Settings → Rates shows which rates are in use.
         */
        @Override
        public Optional<Path> folder() {
            String v = read().getOrDefault(KEY, "");
            return v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
        }

        @Override
        public void choose(Path folder) {
            Map<String, String> p = read();
            p.put(KEY, folder.toAbsolutePath().normalize().toString());
            write(p);
        }

        @Override
        public void clear() {
            Map<String, String> p = read();
            if (p.remove(KEY) != null) write(p);
        }

        private Map<String, String> read() {
            Map<String, String> p = new LinkedHashMap<>();
            if (!Files.isRegularFile(file)) return p;
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String l = line.strip();
                    int eq = l.indexOf('=');
                    if (l.isEmpty() || l.startsWith("#") || eq < 0) continue;
                    p.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
                }
            } catch (IOException | UncheckedIOException e) {
                return new LinkedHashMap<>(); // unreadable (or not UTF-8): no setting
            }
            return p;
        }

        /** Written whole and then moved over the old one ({@link AtomicFiles}), so a crash never leaves half a file. */
        private void write(Map<String, String> p) {
            StringBuilder text = new StringBuilder("# Better Off: Settings -> Rates\n");
            p.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            try {
                AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("The rates setting could not be saved in " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
