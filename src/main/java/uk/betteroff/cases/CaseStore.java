package uk.betteroff.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Where the app keeps cases: opening and saving case files, autosave of the case being worked on,
 * recovery after a crash, and the recent-cases list. Two kinds: {@link #inFolder} for advisers (the app's
 * data folder holds the recovery file and the recent list) and {@link #inMemory} for resident mode on a
 * shared PC, which has no folder at all and so cannot write anything to the disk.
 */
public sealed interface CaseStore permits DiskCaseStore, MemoryCaseStore {
    int MAX_RECENT = 10;

    /** Adviser mode: recovery file and recent list in {@code dataFolder} (created when first needed). */
    static CaseStore inFolder(Path dataFolder) {
        DiskCaseStore store = new DiskCaseStore(dataFolder, Clock.systemUTC());
        // off the start's path: the recent cases' folders may be on a slow network share
        Thread.ofVirtual().name("tidy-case-folders").start(store::tidyAtStart);
        return store;
    }

    /** Resident mode: everything in memory; {@link MemoryCaseStore#forgetEverything()} wipes it. */
    static MemoryCaseStore inMemory() { return new MemoryCaseStore(); }

    /** Reads a case file and puts it at the top of the recent list. */
    CaseFile open(Path file);

    /** Saves the case to {@code file} atomically (the old file stays whole if anything fails) and puts it at the top of the recent list. */
    void save(CaseFile caseFile, Path file);

    /** Keeps a copy of the case being worked on, to offer back if the app stops without closing cleanly. */
    void autosave(CaseFile current, Optional<Path> savedAs);

    /** At start-up: the autosaved case if the last session ended without {@link #closeCleanly()}. */
    Optional<Recovery> recovery();

    /** The person chose not to recover (or has recovered and saved): forget the autosaved copy. */
    void discardRecovery();

    /** The app is closing normally: the autosaved copy is no longer needed. */
    void closeCleanly();

    /** Recently opened or saved case files, most recent first, at most {@value #MAX_RECENT}, files that no longer exist left out. */
    List<Path> recentCases();

    /** False for resident mode: nothing is ever written to the disk. */
    boolean writesToDisk();
}
