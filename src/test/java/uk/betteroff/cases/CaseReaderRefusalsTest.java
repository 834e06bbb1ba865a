package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.kernel.household.CouncilId;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/** Issue 20 items 2, 3, 4 and 6 for case files: each input the fuzz run found, refused at once with file, path and line. */
class CaseReaderRefusalsTest {
    private static final String HOSTEL = "src/test/resources/cases/hostel-25plus-after-oct-2026.yaml";

    private static YamlError only(String text) {
        YamlException e = assertThrows(YamlException.class, () -> CaseReader.read("case.yaml", text));
        assertEquals(1, e.errors().size(), e::getMessage);
        return e.errors().getFirst();
    }

    private static String hostel() throws Exception { return Files.readString(Path.of(HOSTEL)); }

    @Test
    void anUnknownSharedAccommodationExceptionIsQuotedCutShortAndEscaped() throws Exception {
        // like every other quoted value (Fields.shown, 80 characters): a pasted page or an escape code is not echoed whole
        String value = "\\e[31m" + "x".repeat(5000);
        String text = hostel().replace("  tenure: supported\n", "  tenure: private\n  lha_rate: {amount: 100.00, per: week}\n  shared_accommodation_exception: \"" + value + "\"\n");
        YamlException all = assertThrows(YamlException.class, () -> CaseReader.read("case.yaml", text));
        YamlError e = all.errors().stream().filter(x -> x.path().equals("housing.shared_accommodation_exception")).findFirst()
                .orElseThrow(() -> new AssertionError(all.getMessage()));
        assertTrue(e.message().startsWith("shared_accommodation_exception must be one of none, care_leaver"), e.message());
        assertTrue(e.message().length() < 300, e.message().length() + " characters");
        assertFalse(e.message().contains("\u001b"), "the escape code is shown escaped");
    }

    @Test
    void anEmptyHouseholdIsRefusedAtItsLineNotWithANullPointer() {
        YamlError e = only("format: betteroff-case/1\ndate: 2026-07-01\nhousehold: {}\n");
        assertEquals("case.yaml:3: household.adults: missing \"adults\"", e.toString());
    }

    @Test
    void aScenarioWithABlankOrMissingNameIsRefusedAtItsLine() throws Exception {
        for (String name : new String[] {"", " \"  \""}) {
            String text = hostel().replace("  - name: 16 hours\n", "  - name:" + name + "\n");
            YamlException all = assertThrows(YamlException.class, () -> CaseReader.read("case.yaml", text));
            YamlError e = all.errors().stream().filter(x -> x.path().startsWith("scenarios[0]")).findFirst().orElseThrow(() -> new AssertionError(all.getMessage()));
            assertEquals(15, e.line(), e.toString());
            assertTrue(e.message().equals("missing \"name\"") || e.message().equals("a scenario cannot be named \"  \""), e.toString());
        }
    }

    @Test
    void aNumberWithAHugeExponentIsRefusedWhereItIsRead() throws Exception {
        for (String v : new String[] {"1e2147483647", "1e999999999", "1e-999999999", "1E+2147483648"}) {
            String text = hostel().replace("amount: 250.00, per: week", "amount: " + v + ", per: week");
            YamlError e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only(text));
            assertEquals("housing.rent.amount", e.path(), v);
            assertTrue(e.message().startsWith("expected a number, got \"" + v + "\""), e.message());
        }
    }

    @Test
    void aCouncilIdOfThousandsOfPartsIsRefusedInALine() throws Exception {
        String id = String.join("-", Collections.nCopies(30_000, "a"));
        YamlError e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> only(hostel().replace("nation: england", "nation: england\ncouncil: " + id)));
        assertEquals("council", e.path());
        assertTrue(e.message().length() < 300, e.message());
        assertFalse(CouncilId.isValid(id));
        assertTrue(CouncilId.isValid("brighton-and-hove"));
        assertFalse(CouncilId.isValid("brighton--hove"));
        assertFalse(CouncilId.isValid("-oxford"));
        assertFalse(CouncilId.isValid("oxford-"));
        assertFalse(CouncilId.isValid("Oxford"));
    }

    @Test
    void whatCannotBeACaseFileIsRefusedAtOnceInWords(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.write(big, new byte[(int) CaseReader.MAX_BYTES + 1]);
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, (hostel() + "# \u00a3\n").getBytes(StandardCharsets.ISO_8859_1));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(refusal(big).contains("1,048,577 bytes, larger than any case file"), refusal(big));
            assertTrue(refusal(folder).contains("a folder, not a case file"), refusal(folder));
            if (Files.exists(Path.of("/dev/zero"))) assertTrue(refusal(Path.of("/dev/zero")).contains("not a case file but a device"));
            YamlException e = assertThrows(YamlException.class, () -> CaseReader.read(latin1));
            String[] lines = hostel().split("\n", -1);
            int firstNonAscii = 1;
            while (lines[firstNonAscii - 1].chars().allMatch(c -> c < 128)) firstNonAscii++;
            assertEquals(firstNonAscii, e.errors().getFirst().line(), "the line of the first byte that is not UTF-8 (the £ of the name)");
        });
    }

    private static String refusal(Path p) {
        return assertThrows(YamlException.class, () -> CaseReader.read(p)).getMessage();
    }
}
