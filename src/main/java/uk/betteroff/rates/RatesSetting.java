package uk.betteroff.rates;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The rates folder the user chose in Settings, remembered between runs. */
public interface RatesSetting {
    Optional<Path> folder();

    void choose(Path folder);

    void clear();

    /** Stored with java.util.prefs in the user's preferences (the registry under HKCU on Windows, ~/.java on Linux). */
    static RatesSetting preferences() { return new Stored(Preferences.userRoot().node("uk/betteroff")); }

    /** Stored in the given preferences node (tests use a throwaway node). */
    static RatesSetting in(Preferences node) { return new Stored(node); }

    /** No setting (and choosing one is refused): for callers that must not read the user's preferences. */
    static RatesSetting none() {
        return new RatesSetting() {
            @Override public Optional<Path> folder() { return Optional.empty(); }
            @Override public void choose(Path folder) { throw new UnsupportedOperationException("no rates setting here"); }
            @Override public void clear() {}
        };
    }

    final class Stored implements RatesSetting {
        static final String KEY = "rates.folder";
        private final Preferences node;

        private Stored(Preferences node) { this.node = node; }

        @Override
        public Optional<Path> folder() {
            String v = node.get(KEY, "");
            return v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
        }

        @Override
        public void choose(Path folder) {
            node.put(KEY, folder.toAbsolutePath().normalize().toString());
            flush();
        }

        @Override
        public void clear() {
            node.remove(KEY);
            flush();
        }

        private void flush() {
            try {
                node.flush();
            } catch (BackingStoreException e) {
                throw new IllegalStateException("The rates setting could not be saved in the user's preferences: " + e.getMessage(), e);
            }
        }
    }
}
