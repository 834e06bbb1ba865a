package uk.betteroff.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders that hold a household's details are the user's alone: 0600 files and 0700 folders where the
 * file system has POSIX permissions (Linux, macOS), so another account on a shared council PC cannot read them.
 * On Windows (no POSIX permissions) the product writes them under the user's profile, whose access rules apply.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {}

    /** Makes {@code folder} and any missing parents, each one made here the user's alone (folders already there are left as they are). */
    public static void createFolders(Path folder) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(f)) return;
        if (f.getParent() != null) createFolders(f.getParent());
        try {
            if (posix(f.getParent())) Files.createDirectory(f, PosixFilePermissions.asFileAttribute(FOLDER));
            else Files.createDirectory(f);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(f)) throw e;
        }
    }

    /** Makes {@code folder} if needed and, where it is already there (an app folder made by an older version), the user's alone. */
    public static void ownFolder(Path folder) throws IOException {
        createFolders(folder);
        if (posix(folder)) Files.setPosixFilePermissions(folder, FOLDER);
    }

    /** Sets a file the program wrote to the user's alone (0600). */
    public static void ownerOnly(Path file) throws IOException {
        if (posix(file)) Files.setPosixFilePermissions(file, FILE);
    }

    /**
     * Opens {@code file} for writing from the start (made if needed), the user's alone from its first byte: a new file
     * is created 0600, and one already there is set to 0600 before anything is written into it.
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        // opened as named, so an error names the path the user gave
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null && !posix(parent)) return Files.newOutputStream(file);
        if (Files.exists(file)) ownerOnly(file);
        return Channels.newOutputStream(Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), PosixFilePermissions.asFileAttribute(FILE)));
    }

    private static boolean posix(Path p) throws IOException {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        return existing != null && Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
