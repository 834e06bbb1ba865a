package uk.betteroff.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resident mode on a shared PC: nothing about the resident is left on the computer. This store has no
 * folder and holds no file handle; it never writes (an ArchUnit rule holds that it uses no file-writing
 * API). It can read a case file the adviser opens, and keeps the recent list and the autosaved case in
 * memory only, until {@link #forgetEverything()} ("New resident") or the app closes.
 */
public final class MemoryCaseStore implements CaseStore {
    private final List<Path> recent = new ArrayList<>();
    private CaseFile autosaved;

    MemoryCaseStore() {}

    @Override
    public CaseFile open(Path file) {
        CaseFile c = CaseOpening.read(file);
        remember(file);
        return c;
    }

    @Override
    public void save(CaseFile caseFile, Path file) {
        throw new CaseStoreException("Resident mode saves nothing on this computer. Switch to adviser mode to save the case.");
    }

    @Override
    public void autosave(CaseFile current, Optional<Path> savedAs) { autosaved = current; }

    /** The last autosaved case, in memory (never offered as a crash recovery: a crash loses it, as it should). */
    public Optional<CaseFile> lastAutosaved() { return Optional.ofNullable(autosaved); }

    @Override
    public Optional<Recovery> recovery() { return Optional.empty(); }

    @Override
    public void discardRecovery() { autosaved = null; }

    @Override
    public void closeCleanly() { forgetEverything(); }

    @Override
    public List<Path> recentCases() { return List.copyOf(recent); }

    @Override
    public boolean writesToDisk() { return false; }

    /** "New resident": forget the autosaved case and the recent list. */
    public void forgetEverything() {
        autosaved = null;
        recent.clear();
    }

    private void remember(Path file) {
        Path p = file.toAbsolutePath().normalize();
        recent.remove(p);
        recent.addFirst(p);
        while (recent.size() > MAX_RECENT) recent.removeLast();
    }
}
