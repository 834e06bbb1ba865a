package uk.betteroff.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.rates.RatesLocation;

/**
 * Where the save and open dialogs start for a case not yet saved: a {@value #NAME} folder in the user's documents
 * folder (made when first needed), never the folder the app happened to be started from.
 */
final class CaseFolder {
    static final String NAME = "Better Off";

    private CaseFolder() {}

    /**
     * The user's documents folder: {@code %USERPROFILE%\Documents} on Windows, {@code ~/Documents} on a Mac, and on
     * Linux the XDG documents folder ({@code XDG_DOCUMENTS_DIR} in {@code ~/.config/user-dirs.dirs}, as a desktop
     * sets it, in the user's language), else {@code ~/Documents}.
     */
    static Path documents(RatesLocation.Os os, Map<String, String> env, Path home) {
        return switch (os) {
            case WINDOWS -> {
                String profile = env.getOrDefault("USERPROFILE", "");
                yield (profile.isBlank() ? home : Path.of(profile)).resolve("Documents");
            }
            case MAC -> home.resolve("Documents");
            case LINUX -> {
                String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
                Path dirs = (xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("user-dirs.dirs");
                yield xdgDocuments(dirs, home).orElse(home.resolve("Documents"));
            }
        };
    }

    /** {@code XDG_DOCUMENTS_DIR="$HOME/Dokumente"} in user-dirs.dirs; "$HOME" alone means the desktop has none. */
    private static Optional<Path> xdgDocuments(Path dirs, Path home) {
        if (!Files.isRegularFile(dirs)) return Optional.empty();
        try {
            for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.startsWith("XDG_DOCUMENTS_DIR=")) continue;
                String v = l.substring("XDG_DOCUMENTS_DIR=".length()).replace("\"", "");
                Path p = v.startsWith("$HOME") ? home.resolve(v.substring("$HOME".length()).replaceFirst("^/", "")) : Path.of(v);
                return p.normalize().equals(home.normalize()) ? Optional.empty() : Optional.of(p);
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable user-dirs file: the usual folder will do
        }
        return Optional.empty();
    }

    /**
     * The folder a dialog starts in: the {@value #NAME} folder in the documents folder, made if it is not there yet;
     * the documents folder, or else the home folder, when it cannot be made (a locked-down profile).
     */
    static Path forDialogs(RatesLocation.Os os, Map<String, String> env, Path home) {
        Path docs = documents(os, env, home);
        Path ours = docs.resolve(NAME);
        try {
            Files.createDirectories(ours);
            return ours;
        } catch (IOException | RuntimeException e) {
            return Files.isDirectory(docs) ? docs : home;
        }
    }

    /** {@link #forDialogs} for this user on this computer. */
    static Path forDialogs() {
        return forDialogs(RatesLocation.Os.of(System.getProperty("os.name")), System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }
}
