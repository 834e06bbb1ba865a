package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseWriter;
import uk.betteroff.cases.ResultJson;
import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlException;

/**
 * The case format's optional {@code draft:} map (README "Drafts"): written and read back, old files without it still
 * read as before, a bad path refused with its line, and {@code calc}/{@code sweep} refuse a draft naming its fields.
 */
class DraftFileTest {
    private static final Path HOSTEL = Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml");

    private static CaseFile draft() {
        return CaseReader.read(HOSTEL).withoutExpectations().withDraft(Map.of("household.adults[0].age", "3o"));
    }

    @Test
    void aDraftIsWrittenAndReadBackAndAnOldFileHasNone() {
        CaseFile d = draft();
        String yaml = CaseWriter.toYaml(d);
        assertTrue(yaml.contains("draft:"), yaml);
        assertEquals(d, CaseReader.read("d.yaml", yaml));
        assertFalse(CaseReader.read(HOSTEL).isDraft(), "a case file from before drafts reads as before");
        assertFalse(CaseWriter.toYaml(CaseReader.read(HOSTEL).withoutExpectations()).contains("draft:"), "a complete case writes no draft key");
    }

    @Test
    void whatTheReaderSaysOfADraftFieldsStandInIsNotSaidOfTheCase() {
        // the app saves a supported tenancy's rent typed as "2x0" with a stand-in of nothing, which a complete case may not have
        String noRent = CaseWriter.toYaml(CaseReader.read(HOSTEL).withoutExpectations()).replace("rent: {amount: 250.00", "rent: {amount: 0.00");
        YamlException e = assertThrows(YamlException.class, () -> CaseReader.read("c.yaml", noRent));
        assertTrue(e.getMessage().contains("a supported tenancy needs the rent"), e.getMessage());
        CaseFile d = CaseReader.read("d.yaml", noRent + "draft:\n  \"housing.rent\": \"2x0\"\n");
        assertEquals(Map.of("housing.rent", "2x0"), d.draft());
    }

    @Test
    void aDraftFieldMustBeAPathWithText() {
        String yaml = CaseWriter.toYaml(draft()).replace("\"household.adults[0].age\": \"3o\"", "\"Age of person 1\": \"3o\"");
        YamlException e = assertThrows(YamlException.class, () -> CaseReader.read("d.yaml", yaml));
        assertTrue(e.getMessage().contains("a draft field must be a path in the case like household.adults[0].age, got \"Age of person 1\""), e.getMessage());
        assertTrue(e.getMessage().contains("d.yaml:"), e.getMessage());
    }

    @Test
    void calcRefusesADraftNamingItsFieldsAndStillRunsTheOthers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lunch.yaml");
        Files.writeString(file, CaseWriter.toYaml(draft()));
        var r = CalcCommandTest.run("calc", "--json", "--rates", TestRates.folder().toString(), file.toString(), HOSTEL.toString());
        assertEquals(1, r.exit());
        var lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        String error = ResultJson.parse(lines.get(0)).get("error").asString();
        assertTrue(error.contains("this case is a draft saved by Better Off with fields not yet valid: household.adults[0].age (typed \"3o\")"), error);
        assertTrue(ResultJson.parse(lines.get(1)).has("scenarios"));
        var sweep = CalcCommandTest.run("sweep", file.toString(), "--scenario", "1", "--hours", "0:20:1", "--rates", TestRates.folder().toString());
        assertEquals(1, sweep.exit());
        assertTrue(sweep.err().contains("household.adults[0].age (typed \"3o\")"), sweep.err());
    }
}
