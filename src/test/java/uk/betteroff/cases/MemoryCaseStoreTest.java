package uk.betteroff.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Resident mode on a shared PC writes nothing to the disk (PRODUCT.md: "nothing about them left on a shared PC"). */
class MemoryCaseStoreTest {
    private static final Path HOSTEL = Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml");

    @TempDir
    Path dir;

    @Test
    void byDesignItUsesNoApiThatWritesFiles() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.betteroff.cases");
        noClasses().that().haveSimpleName("MemoryCaseStore")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(AtomicFiles.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(DiskCaseStore.class.getName())
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("resident mode must leave nothing on a shared PC; it only reads a case file the adviser opens")
                .check(classes);
    }

    private static Map<String, FileTime> snapshot(Path root) throws IOException {
        Map<String, FileTime> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) m.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
        }
        return m;
    }

    @Test
    void everyOperationLeavesTheFileSystemAsItWas() throws IOException {
        Path file = dir.resolve("ms-a.yaml");
        Files.copy(HOSTEL, file);
        Map<String, FileTime> before = snapshot(dir);

        MemoryCaseStore s = CaseStore.inMemory();
        CaseFile c = s.open(file);
        s.autosave(c, Optional.of(file));
        assertEquals(Optional.empty(), s.recovery(), "a crash in resident mode loses the case, as it should");
        assertThrows(CaseStoreException.class, () -> s.save(c, dir.resolve("copy.yaml")));
        assertEquals(List.of(file.toAbsolutePath()), s.recentCases());
        s.discardRecovery();
        s.closeCleanly();

        assertEquals(before, snapshot(dir));
        assertFalse(s.writesToDisk());
    }

    @Test
    void savingIsRefusedInWords() {
        MemoryCaseStore s = CaseStore.inMemory();
        CaseStoreException e = assertThrows(CaseStoreException.class, () -> s.save(CaseReader.read(HOSTEL), dir.resolve("x.yaml")));
        assertEquals("Resident mode saves nothing on this computer. Switch to adviser mode to save the case.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    @Test
    void newResidentForgetsEverything() {
        MemoryCaseStore s = CaseStore.inMemory();
        CaseFile c = s.open(HOSTEL);
        s.autosave(c, Optional.empty());
        assertTrue(s.lastAutosaved().isPresent());
        s.forgetEverything();
        assertEquals(Optional.empty(), s.lastAutosaved());
        assertEquals(List.of(), s.recentCases());
    }
}
