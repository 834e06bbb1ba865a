package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 items 7 and 10: what the product writes about a household is the user's alone (0600 files, 0700 folders
 * it makes, the app's folder tightened at start), and temporary files a killed save left are removed at start.
 */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() { assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions (Linux, macOS)"); }

    private static String perms(Path p) throws IOException { return PosixFilePermissions.toString(Files.getPosixFilePermissions(p)); }

    @Test
    void anAtomicWriteIsTheOwnersOnlyAndTheFoldersItMakesToo() throws IOException {
        Path file = dir.resolve("made").resolve("inner").resolve("summary.pdf");
        AtomicFiles.write(file, "pdf".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-------", perms(file));
        assertEquals("rwx------", perms(file.getParent()));
        assertEquals("rwx------", perms(file.getParent().getParent()));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.write(file, "again".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-------", perms(file), "replacing a world-readable file leaves it the owner's only");
    }

    @Test
    void aStreamedOutputIsTheOwnersOnlyFromItsFirstByteEvenOverAWorldReadableFile() throws IOException {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-rw-"));
        try (OutputStream o = PrivateFiles.newOutputStream(out)) {
            assertEquals("rw-------", perms(out), "before anything is written");
            o.write("new".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("new", Files.readString(out));
        Path fresh = dir.resolve("fresh.csv");
        try (OutputStream o = PrivateFiles.newOutputStream(fresh)) {
            o.write(1);
        }
        assertEquals("rw-------", perms(fresh));
    }

    @Test
    void atStartTheAppsFolderIsTightenedAndWhatAKilledSaveLeftIsRemoved() throws IOException {
        Path data = Files.createDirectories(dir.resolve("config").resolve("betteroff").resolve("cases"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path caseFolder = Files.createDirectories(dir.resolve("cases"));
        Path recent = caseFolder.resolve("smith.yaml");
        Files.writeString(recent, "format: betteroff-case/1\n");
        Files.writeString(data.resolve(DiskCaseStore.RECENT), recent.toUri() + "\n");
        Path oldInData = stale(data.resolve(".recovery.yaml.123.part"));
        Path oldBesideCase = stale(caseFolder.resolve(".smith.yaml.456.part"));
        Path young = caseFolder.resolve(".smith.yaml.789.part");
        Files.writeString(young, "a save in progress");
        Path notOurs = stale(caseFolder.resolve("notes.part"));

        new DiskCaseStore(data, Clock.systemUTC()).tidyAtStart();

        assertEquals("rwx------", perms(data));
        assertFalse(Files.exists(oldInData), "a killed autosave's temporary file in the app's folder");
        assertFalse(Files.exists(oldBesideCase), "a killed save's temporary file beside a recent case");
        assertTrue(Files.exists(young), "a temporary file under a minute old may be another save in progress");
        assertTrue(Files.exists(notOurs), "only files named as AtomicFiles names them");
        assertTrue(Files.exists(recent));
    }

    private static Path stale(Path p) throws IOException {
        Files.writeString(p, "left by a kill");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
        return p;
    }
}
