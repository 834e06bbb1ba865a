package uk.betteroff.cases;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.betteroff.yaml.YamlException;

/**
 * Adviser mode: cases saved where the adviser chooses; in the app's data folder, the autosaved case
 * ({@value #RECOVERY}), the time of the last clean exit ({@value #CLEAN_EXIT}) and the recent list
 * ({@value #RECENT}). Every file is replaced atomically ({@link AtomicFiles}). Safe to call from the UI
 * thread and a background autosave at once (the methods take turns).
 */
public final class DiskCaseStore implements CaseStore {
    static final String RECOVERY = "recovery.yaml";
    static final String CLEAN_EXIT = "clean-exit";
    static final String RECENT = "recent-cases.txt";
    private static final String SAVED_AT = "# saved-at: ";
    private static final String SAVED_AS = "# saved-as: ";

    private final Path folder;
    private final Clock clock;
    private final AtomicFiles.BeforeMove beforeMove;

    DiskCaseStore(Path folder, Clock clock) { this(folder, clock, temp -> {}); }

    DiskCaseStore(Path folder, Clock clock, AtomicFiles.BeforeMove beforeMove) {
        this.folder = folder.toAbsolutePath().normalize();
        this.clock = clock;
        this.beforeMove = beforeMove;
    }

    /**
     * At start: the app's folder made the user's alone (an older version left it 0755), and the temporary files a
     * killed save left there and beside the recent cases removed ({@link AtomicFiles#removeLeftoversIn}). Nothing
     * here may stop the app starting: a folder that cannot be changed is left as it is.
     */
    void tidyAtStart() {
        try {
            if (Files.isDirectory(folder)) PrivateFiles.ownFolder(folder);
        } catch (IOException e) {
            // not ours to change (a shared or read-only profile): the files in it are still written 0600
        }
        AtomicFiles.removeLeftoversIn(folder);
        for (Path recent : readRecent())
            if (recent.getParent() != null) AtomicFiles.removeLeftoversIn(recent.getParent());
    }

    /** The app's data folder this store keeps its own files in. */
    public Path folder() { return folder; }

    @Override
    public synchronized CaseFile open(Path file) {
        CaseFile c = CaseOpening.read(file);
        remember(file);
        return c;
    }

    @Override
    public synchronized void save(CaseFile caseFile, Path file) {
        try {
            AtomicFiles.write(file, CaseWriter.toYaml(caseFile).getBytes(StandardCharsets.UTF_8), beforeMove);
        } catch (IOException e) {
            throw new CaseStoreException("The case could not be saved to " + file + " (" + reason(e) + "). The file there before, if any, is unchanged.", e);
        }
        remember(file);
    }

    @Override
    public synchronized void autosave(CaseFile current, Optional<Path> savedAs) {
        StringBuilder text = new StringBuilder("# Better Off recovery file: the case being worked on, kept in case the app stops unexpectedly.\n");
        text.append(SAVED_AT).append(DateTimeFormatter.ISO_INSTANT.format(clock.instant())).append('\n');
        savedAs.ifPresent(p -> text.append(SAVED_AS).append(p.toAbsolutePath().normalize().toUri()).append('\n'));
        text.append(CaseWriter.toYaml(current));
        try {
            AtomicFiles.write(folder.resolve(RECOVERY), text.toString().getBytes(StandardCharsets.UTF_8), beforeMove);
        } catch (IOException e) {
            throw new CaseStoreException("The case could not be kept for recovery in " + folder + " (" + reason(e) + ").", e);
        }
    }

    @Override
    public synchronized Optional<Recovery> recovery() {
        Path file = folder.resolve(RECOVERY);
        if (!Files.isRegularFile(file)) return Optional.empty();
        String text;
        try {
            // bounded as any case file is (its header lines aside): a damaged one must not take the app's memory
            text = uk.betteroff.yaml.SmallFiles.readText(file, CaseReader.MAX_BYTES + 4096, "recovery file");
        } catch (IOException e) {
            return Optional.of(unreadable(file, "it could not be read: " + reason(e)));
        }
        Instant savedAt = header(text, SAVED_AT).flatMap(DiskCaseStore::instant).orElse(modified(file));
        Optional<Instant> cleanExit = lastCleanExit();
        if (cleanExit.isPresent() && !savedAt.isAfter(cleanExit.get())) return Optional.empty();
        try {
            CaseFile c = CaseReader.read(file.toString(), text);
            Optional<Path> savedAs = header(text, SAVED_AS).flatMap(DiskCaseStore::path);
            return Optional.of(new Recovery.Found(c, savedAs, savedAt));
        } catch (YamlException e) {
            return Optional.of(unreadable(file, "it is damaged (" + e.errors().getFirst().message() + ", line " + e.errors().getFirst().line() + ")"));
        }
    }

    /** Moves a damaged recovery file aside, so it is kept for IT but not offered at every start. */
    private Recovery unreadable(Path file, String why) {
        String stamp = DateTimeFormatter.ISO_INSTANT.format(clock.instant()).replace(':', '-');
        Path keptAs = folder.resolve("recovery-unreadable-" + stamp + ".yaml");
        try {
            Files.move(file, keptAs, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            keptAs = file;
        }
        return new Recovery.Unreadable("Better Off did not close properly last time, but the case it kept for recovery cannot be used: "
                + why + ". Nothing has been opened. The file has been kept as " + keptAs + ".", keptAs);
    }

    @Override
    public synchronized void discardRecovery() {
        try {
            Files.deleteIfExists(folder.resolve(RECOVERY));
        } catch (IOException e) {
            throw new CaseStoreException("The recovery copy in " + folder + " could not be removed (" + reason(e) + ").", e);
        }
    }

    @Override
    public synchronized void closeCleanly() {
        discardRecovery();
        try {
            AtomicFiles.write(folder.resolve(CLEAN_EXIT), (DateTimeFormatter.ISO_INSTANT.format(clock.instant()) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CaseStoreException("Could not record a clean exit in " + folder + " (" + reason(e) + ").", e);
        }
    }

    private Optional<Instant> lastCleanExit() {
        try {
            Path f = folder.resolve(CLEAN_EXIT);
            return Files.isRegularFile(f) ? instant(Files.readString(f, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized List<Path> recentCases() {
        return readRecent().stream().filter(Files::isRegularFile).limit(MAX_RECENT).toList();
    }

    private List<Path> readRecent() {
        Path f = folder.resolve(RECENT);
        if (!Files.isRegularFile(f)) return List.of();
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(DiskCaseStore::path).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            return List.of();   // a lost recent list is an inconvenience, never a reason to stop
        }
    }

    private void remember(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentCases());
        list.remove(p);
        list.addFirst(p);
        while (list.size() > MAX_RECENT) list.removeLast();
        StringBuilder text = new StringBuilder();
        for (Path each : list) text.append(each.toUri()).append('\n');
        try {
            AtomicFiles.write(folder.resolve(RECENT), text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The case itself was opened or saved; only the convenience list is out of date.
        }
    }

    @Override
    public boolean writesToDisk() { return true; }

    private static Optional<String> header(String text, String key) {
        return text.lines().takeWhile(l -> l.startsWith("#")).filter(l -> l.startsWith(key)).map(l -> l.substring(key.length()).strip()).findFirst();
    }

    private static Optional<Instant> instant(String s) {
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> path(String uri) {
        try {
            return Optional.of(Path.of(URI.create(uri.strip())));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (e) {
            case java.nio.charset.MalformedInputException b -> "it is not a text file in UTF-8";
            case java.nio.file.AccessDeniedException a -> "permission denied: " + m;
            case java.nio.file.NoSuchFileException n -> "no such folder or file: " + m;
            case java.nio.file.FileSystemException fs -> fs.getReason() == null ? kind + ": " + m : fs.getReason() + ": " + fs.getFile();
            default -> m == null ? kind : m;
        };
    }
}
