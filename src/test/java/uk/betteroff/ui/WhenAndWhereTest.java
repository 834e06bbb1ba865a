package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.rates.RatesLocation.Os;

/** The recovery question's time in words, and where the save and open dialogs start. */
class WhenAndWhereTest {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void theRecoveryTimeIsTheLocalDateAndTimeInWords() {
        // was shown as the raw instant "2026-12-02T08:15:22.976203158Z"; in December the UK is on GMT
        assertEquals("Wednesday 2 December 2026 at 08:15", When.inWords(Instant.parse("2026-12-02T08:15:22.976203158Z"), UK));
        // in July on BST, an hour ahead of UTC
        assertEquals("Wednesday 1 July 2026 at 09:15", When.inWords(Instant.parse("2026-07-01T08:15:00Z"), UK));
        assertEquals("Better Off did not close properly last time. Recover the case you were working on, as it was on Wednesday 2 December 2026 at 08:15?",
                Messages.format("dialog.recover", When.inWords(Instant.parse("2026-12-02T08:15:22Z"), UK)));
    }

    @Test
    void documentsFolderOnEachSystem(@TempDir Path home) throws Exception {
        assertEquals(home.resolve("Documents"), CaseFolder.documents(Os.LINUX, Map.of(), home));
        assertEquals(home.resolve("Documents"), CaseFolder.documents(Os.MAC, Map.of(), home));
        assertEquals(Path.of("C:/Users/sam").resolve("Documents"), CaseFolder.documents(Os.WINDOWS, Map.of("USERPROFILE", "C:/Users/sam"), home));
        // a desktop in another language names it in user-dirs.dirs
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureau\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dogfennau\"\n");
        assertEquals(home.resolve("Dogfennau"), CaseFolder.documents(Os.LINUX, Map.of(), home));
        // "$HOME" alone means the desktop has no documents folder
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/\"\n");
        assertEquals(home.resolve("Documents"), CaseFolder.documents(Os.LINUX, Map.of(), home));
    }

    @Test
    void dialogsStartInABetterOffFolderInTheDocumentsFolderMadeWhenFirstNeeded(@TempDir Path home) throws Exception {
        Path folder = CaseFolder.forDialogs(Os.LINUX, Map.of(), home);
        assertEquals(home.resolve("Documents").resolve("Better Off"), folder);
        assertTrue(Files.isDirectory(folder));
        // a profile where it can't be made (here the documents "folder" is a file): the home folder
        Path other = Files.createDirectories(home.resolve("other"));
        Files.writeString(other.resolve("Documents"), "not a folder");
        assertEquals(other, CaseFolder.forDialogs(Os.LINUX, Map.of(), other));
    }
}
