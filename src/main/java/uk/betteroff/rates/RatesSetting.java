package uk.betteroff.rates;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** The rates folder the user chose in Settings, remembered between runs. */
public interface RatesSetting {
    Optional<Path> folder();

    void choose(Path folder);

    void clear();

    /**
     * Stored in this user's {@link RatesLocation#settingsFile settings file} ({@code settings.properties} beside the
     * per-user rates folder, e.g. {@code %LOCALAPPDATA%\BetterOff\settings.properties}): a few bytes read at every
     * start, where java.util.prefs parsed an XML file on Linux.
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

    /** A {@code key=value} file ({@link Properties} form, UTF-8) with the key {@value #KEY}. */
    final class Stored implements RatesSetting {
        static final String KEY = "rates.folder";
        private final Path file;

        private Stored(Path file) { this.file = file; }

        /**
         * The folder chosen, if any. A file that is missing, unreadable or not in the {@code key=value} form is no
         * setting: the built-in rates are used, and Settings → Rates shows which rates are in use.
         */
        @Override
        public Optional<Path> folder() {
            String v = read().getProperty(KEY, "");
            return v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
        }

        @Override
        public void choose(Path folder) {
            Properties p = read();
            p.setProperty(KEY, folder.toAbsolutePath().normalize().toString());
            write(p);
        }

        @Override
        public void clear() {
            Properties p = read();
            if (p.remove(KEY) != null) write(p);
        }

        private Properties read() {
            Properties p = new Properties();
            if (!Files.isRegularFile(file)) return p;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
            return p;
        }

        /** Written whole to a file beside it, then moved over it, so a crash never leaves half a file. */
        private void write(Properties p) {
            try {
                StringWriter text = new StringWriter();
                p.store(text, "Better Off: Settings -> Rates");
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "settings", ".tmp");
                Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalStateException("The rates setting could not be saved in " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
