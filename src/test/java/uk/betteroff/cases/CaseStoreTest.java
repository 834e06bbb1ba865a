package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.kernel.household.Scenario;

/** Saving, opening, autosave and crash recovery, and the recent list (issue 4: "never loses work"). */
class CaseStoreTest {
    private static final Path HOSTEL = Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml");

    @TempDir
    Path dir;

    /** A clock the test moves on by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final TestClock clock = new TestClock();

    private DiskCaseStore store() { return new DiskCaseStore(dir.resolve("data"), clock); }

    private static CaseFile hostel() { return CaseReader.read(HOSTEL).withoutExpectations(); }

    private static CaseFile renamed(CaseFile c, String name) {
        return CaseFile.of(name, c.circumstances(), c.scenarios());
    }

    private List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(AtomicFiles.TEMP_SUFFIX)).toList();
        }
    }

    @Test
    void savedCaseOpensAsTheSameCaseAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("cases/Ms A.yaml");
        store().save(hostel(), file);
        assertEquals(CaseWriter.toYaml(hostel()), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(hostel(), store().open(file));
        assertEquals(List.of(), leftovers(file.getParent()));
    }

    @Test
    void savingAgainReplacesTheWholeFile() throws IOException {
        Path file = dir.resolve("a.yaml");
        store().save(hostel(), file);
        store().save(renamed(hostel(), "Second visit"), file);
        assertEquals("Second visit", store().open(file).name());
        assertEquals(List.of(), leftovers(dir));
    }

    /** Issue 20 item 7: a case holds a household's details, so it is the user's alone however the file it replaces was set. */
    @Test
    void aSavedCaseIsTheOwnersOnlyEvenOverAWorldReadableOne() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("shared.yaml");
        store().save(hostel(), file);
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        store().save(renamed(hostel(), "Again"), file);
        assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void aFailureBeforeTheRenameLeavesTheOldFileWhole() throws IOException {
        Path file = dir.resolve("a.yaml");
        store().save(hostel(), file);
        String before = Files.readString(file);
        DiskCaseStore failing = new DiskCaseStore(dir.resolve("data"), clock, temp -> { throw new IOException("disk full"); });
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> failing.save(renamed(hostel(), "Lost"), file));
        assertTrue(e.getMessage().contains("could not be saved to " + file) && e.getMessage().contains("disk full")
                && e.getMessage().contains("unchanged"), e.getMessage());
        assertEquals(before, Files.readString(file));
        assertEquals(List.of(), leftovers(dir), "the temporary file is removed when the save fails in the app");
    }

    /** A real kill: a child JVM halts after writing the temporary file and before the rename. */
    @Test
    void aKillBeforeTheRenameLeavesTheOldFileWholeAndTheNextSaveTidiesUp() throws Exception {
        Path file = dir.resolve("case.yaml");
        store().save(hostel(), file);
        String before = Files.readString(file);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cp = new ArrayList<>();
        cp.add(Path.of("target/test-classes").toAbsolutePath().toString());
        cp.add(Path.of("target/classes").toAbsolutePath().toString());
        for (String prop : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(prop);
            if (v != null && !v.isBlank()) cp.addAll(List.of(v.split(File.pathSeparator)));
        }
        Process p = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, cp), CrashDuringSave.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM finished");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(137, p.exitValue(), "the child halted at the crash point: " + output);

        assertEquals(before, Files.readString(file), "the old file is intact after the kill");
        assertEquals(hostel(), CaseReader.read(file));
        List<String> left = leftovers(dir);
        assertEquals(1, left.size(), "the kill left its temporary file: " + left);
        assertTrue(Files.readString(dir.resolve(left.get(0))).contains("Changed before the crash"), "the temporary file held the whole new case");

        Path leftover = dir.resolve(left.get(0));
        store().save(renamed(hostel(), "Straight after"), file);
        assertTrue(Files.exists(leftover), "a temporary file under a minute old may be another save in progress, so it is left alone");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));
        store().save(renamed(hostel(), "After the crash"), file);
        assertEquals("After the crash", CaseReader.read(file).name());
        assertEquals(List.of(), leftovers(dir), "the next save removes what the crash left");
    }

    @Test
    void autosaveOnAnotherThreadWhileSavingLosesNothing() throws Exception {
        DiskCaseStore s = store();
        Path file = dir.resolve("busy.yaml");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CaseFile c = renamed(hostel(), "Version " + i);
            jobs.add(pool.submit(() -> s.autosave(c, Optional.of(file))));
            jobs.add(pool.submit(() -> s.save(c, file)));
        }
        for (var j : jobs) j.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(CaseReader.read(file).name().startsWith("Version "), "the file is one whole version");
        assertInstanceOf(Recovery.Found.class, s.recovery().orElseThrow());
        assertEquals(List.of(), leftovers(dir));
        assertEquals(List.of(), leftovers(dir.resolve("data")));
    }

    @Test
    void aFolderThatCannotBeWrittenGivesAClearMessage() throws IOException {
        Path notAFolder = dir.resolve("plain-file");
        Files.writeString(notAFolder, "x");
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> store().save(hostel(), notAFolder.resolve("case.yaml")));
        assertTrue(e.getMessage().startsWith("The case could not be saved to " + notAFolder.resolve("case.yaml")), e.getMessage());
    }

    @Test
    void aDamagedCaseFileIsRefusedWithItsFileAndLine() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, CaseWriter.toYaml(hostel()).replace("age: 30", "age: thirty"));
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> store().open(file));
        assertTrue(e.getMessage().contains(file + ":8:") && e.getMessage().contains("age"), e.getMessage());
        assertEquals(List.of(), store().recentCases(), "a file that could not be opened is not a recent case");
    }

    @Test
    void anAutosavedCaseIsOfferedBackAfterACrash() {
        Path savedAs = dir.resolve("ms-a.yaml");
        store().autosave(renamed(hostel(), "Half entered"), Optional.of(savedAs));
        // the app stops here without closeCleanly(); a new session starts:
        Recovery r = store().recovery().orElseThrow();
        Recovery.Found found = assertInstanceOf(Recovery.Found.class, r);
        assertEquals("Half entered", found.caseFile().name());
        assertEquals(hostel().circumstances(), found.caseFile().circumstances());
        assertEquals(Optional.of(savedAs.toAbsolutePath()), found.file());
        assertEquals(clock.now, found.savedAt());
    }

    @Test
    void nothingIsOfferedAfterACleanExit() {
        DiskCaseStore s = store();
        s.autosave(hostel(), Optional.empty());
        clock.advance(Duration.ofMinutes(5));
        s.closeCleanly();
        assertEquals(Optional.empty(), store().recovery());
    }

    @Test
    void aRecoveryFileOlderThanTheLastCleanExitIsNotOffered() throws IOException {
        DiskCaseStore s = store();
        s.autosave(hostel(), Optional.empty());
        Path recovery = dir.resolve("data").resolve(DiskCaseStore.RECOVERY);
        String stale = Files.readString(recovery);
        clock.advance(Duration.ofMinutes(5));
        s.closeCleanly();
        Files.writeString(recovery, stale);    // e.g. restored from a backup, or left by a second copy of the app
        assertEquals(Optional.empty(), store().recovery());
    }

    @Test
    void workAfterACleanExitIsOfferedIfTheNextSessionCrashes() {
        store().closeCleanly();
        clock.advance(Duration.ofHours(20));
        store().autosave(renamed(hostel(), "Next day"), Optional.empty());
        Recovery.Found found = assertInstanceOf(Recovery.Found.class, store().recovery().orElseThrow());
        assertEquals("Next day", found.caseFile().name());
        assertEquals(Optional.empty(), found.file());
    }

    @Test
    void declinedRecoveryIsNotOfferedAgain() {
        store().autosave(hostel(), Optional.empty());
        store().discardRecovery();
        assertEquals(Optional.empty(), store().recovery());
    }

    @Test
    void aDamagedRecoveryFileIsReportedInWordsAndMovedAside() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(DiskCaseStore.RECOVERY), "# saved-at: 2026-12-01T09:00:00Z\nformat: betteroff-case/1\nhousehold: [\n");
        Recovery.Unreadable u = assertInstanceOf(Recovery.Unreadable.class, store().recovery().orElseThrow());
        assertTrue(u.message().startsWith("Better Off did not close properly last time, but the case it kept for recovery cannot be used: it is damaged ("),
                u.message());
        assertTrue(u.message().contains("line ") && u.message().contains("Nothing has been opened"), u.message());
        assertTrue(Files.isRegularFile(u.keptAs()) && u.keptAs().getFileName().toString().startsWith("recovery-unreadable-"), u.keptAs().toString());
        assertFalse(Files.exists(data.resolve(DiskCaseStore.RECOVERY)));
        assertEquals(Optional.empty(), store().recovery(), "offered once, not at every start");
    }

    @Test
    void aRecoveryFileThatIsNotACaseIsReportedToo() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.write(data.resolve(DiskCaseStore.RECOVERY), new byte[] {0, (byte) 0xff, (byte) 0xfe, 1, 2});
        Recovery.Unreadable u = assertInstanceOf(Recovery.Unreadable.class, store().recovery().orElseThrow());
        assertTrue(u.message().contains("cannot be used: it could not be read: it is not a text file in UTF-8."), u.message());
    }

    @Test
    void recentCasesAreMostRecentFirstWithoutRepeatsAndKeptBetweenSessions() throws IOException {
        DiskCaseStore s = store();
        Path a = dir.resolve("a.yaml"), b = dir.resolve("b.yaml");
        s.save(hostel(), a);
        s.save(hostel(), b);
        s.open(a);
        assertEquals(List.of(a, b), store().recentCases());
    }

    @Test
    void recentCasesKeepTheLastTenAndDropFilesThatAreGone() throws IOException {
        DiskCaseStore s = store();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve("case-" + i + ".yaml");
            s.save(hostel(), f);
            files.add(f);
        }
        List<Path> recent = store().recentCases();
        assertEquals(10, recent.size());
        assertEquals(files.get(11), recent.get(0));
        assertEquals(files.get(2), recent.get(9));
        Files.delete(files.get(11));
        assertEquals(files.get(10), store().recentCases().get(0), "a file that is gone is left out");
        assertEquals(9, store().recentCases().size());
    }

    @Test
    void aDamagedRecentListIsIgnored() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(DiskCaseStore.RECENT), "not a uri\n::\nfile:///nowhere/at/all.yaml\n");
        assertEquals(List.of(), store().recentCases());
        Path a = dir.resolve("a.yaml");
        store().save(hostel(), a);
        assertEquals(List.of(a), store().recentCases());
    }
}
