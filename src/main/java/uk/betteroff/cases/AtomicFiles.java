package uk.betteroff.cases;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader (or the next start after a crash or power cut) sees either the whole
 * old file or the whole new one, never half of each: the new bytes go to a temporary file in the same
 * folder, are forced to the disk, and the temporary file is then renamed over the old one in one step.
 * <p>
 * Everything written this way holds a household's details (a case, the recovery copy, a print-out), so on Linux and
 * macOS the file is the user's alone (0600) whatever the file it replaces allowed, and a folder made for it is too
 * (0700). On Windows the files live under the user's profile, whose access rules already keep them to the user.
 */
public final class AtomicFiles {
    /** Temporary files are named {@code .<target name>.<random>.part}; a crash can leave one behind. */
    static final String TEMP_SUFFIX = ".part";
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(1);

    /** A step between writing the temporary file and renaming it (tests use it to stand in for a crash). */
    @FunctionalInterface
    interface BeforeMove {
        void run(Path temp) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes {@code bytes} to {@code target} atomically, creating the folder if needed. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, temp -> {});
    }

    static void write(Path target, byte[] bytes, BeforeMove beforeMove) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        PrivateFiles.createFolders(folder);
        removeLeftovers(file);
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            PrivateFiles.ownerOnly(temp);
            beforeMove.run(temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some network shares cannot rename atomically; a plain replace is still far safer than writing in place.
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved) Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files a crash left beside the target (they never replaced it, so they hold nothing
     * needed). Only those more than a minute old: a younger one may be another save in progress.
     */
    private static void removeLeftovers(Path file) throws IOException {
        removeLeftovers(file.getParent(), "." + file.getFileName() + ".");
    }

    /**
     * Every temporary file a killed save left in {@code folder} (named {@code .<file>.<random>.part}), more than a
     * minute old: the app calls this at start for its own folder and the folders of the recent cases, so a crash does
     * not leave a household's details in a stray file until the next save there. A folder that cannot be read is
     * left alone (there is nothing to tidy that this user could have written).
     */
    public static void removeLeftoversIn(Path folder) {
        try {
            if (Files.isDirectory(folder)) removeLeftovers(folder, ".");
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // not readable: nothing of ours to remove
        }
    }

    private static void removeLeftovers(Path folder, String prefix) throws IOException {
        java.nio.file.attribute.FileTime cutoff = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(LEFTOVER_AGE));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        })) {
            for (Path p : ds) {
                try {
                    if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) Files.deleteIfExists(p);
                } catch (java.nio.file.NoSuchFileException gone) {
                    // another save finished with it meanwhile
                }
            }
        }
    }

    /** Makes the rename itself durable on POSIX file systems; Windows cannot open a folder this way and does not need to. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform: the rename is already done.
        }
    }
}
