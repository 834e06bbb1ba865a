package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/** A case file's council against every council in the rates (rates/councils.yaml). */
class CaseCouncilsTest {
    private static Councils councils() { return TestRates.loaded().councils(); }

    private static String caseWith(String top) {
        return """
                format: betteroff-case/1
                name: Test
                date: 2026-07-01
                %s
                household:
                  adults:
                    - age: 30
                housing:
                  tenure: supported
                  rent: {amount: 250.00, per: week}
                  council_tax: {amount: 1800.00, per: year}
                scenarios:
                  - name: 16 hours
                    jobs:
                      - adult: 1
                        hours: 16
                        hourly_wage: 12.71
                """.formatted(top);
    }

    private static CaseFile read(String top) { return CaseReader.read("case.yaml", caseWith(top), councils()); }

    private static YamlError onlyError(String top) {
        YamlException e = assertThrows(YamlException.class, () -> read(top));
        assertEquals(1, e.errors().size(), e.getMessage());
        return e.errors().getFirst();
    }

    @Test
    void aCouncilWithNoSchemeFileIsAccepted() {
        CaseFile c = read("council: leeds");
        assertEquals("leeds", c.circumstances().council());
        assertEquals(Nation.ENGLAND, c.circumstances().nation());
    }

    @Test
    void leftOutTheNationAndLondonFollowTheCouncil() {
        CaseFile edinburgh = read("council: city-of-edinburgh");
        assertEquals(Nation.SCOTLAND, edinburgh.circumstances().nation());
        CaseFile westminster = read("council: westminster");
        assertTrue(westminster.circumstances().london(), "Westminster is in Greater London");
    }

    @Test
    void anUnknownIdIsRefusedWithTheNearestIds() {
        YamlError e = onlyError("council: kingston-upon-hul");
        assertEquals(4, e.line());
        assertEquals("council \"kingston-upon-hul\" is not a council in Great Britain (rates/councils.yaml lists every one): did you mean kingston-upon-hull?", e.message());
        assertTrue(onlyError("council: hull").message().contains("did you mean kingston-upon-hull"), "a word of the name finds it");
    }

    @Test
    void aNationThatContradictsTheCouncilIsRefused() {
        YamlException ex = assertThrows(YamlException.class, () -> read("council: cardiff\nnation: england"));
        YamlError e = ex.errors().getFirst();
        assertEquals(5, e.line());
        assertEquals("nation is england, but Cardiff is a council in Wales: give nation: wales, or leave nation out to take the council's", e.message());
    }

    @Test
    void aLondonSettingThatContradictsTheCouncilIsRefused() {
        YamlError e = onlyError("council: newham\nlondon: false");
        assertEquals(5, e.line());
        assertEquals("london is false, but Newham is in the London benefit-cap area (Greater London): give london: true, or leave london out to take the council's", e.message());
        assertTrue(onlyError("council: leeds\nlondon: true").message().startsWith("london is true, but Leeds is not in the London benefit-cap area"));
    }

    @Test
    void anOlderIdStillFindsItsCouncil() {
        // docs/design.md's case format names Glasgow as "glasgow"
        assertEquals("glasgow-city", read("council: glasgow\nnation: scotland").circumstances().council());
    }

    @Test
    void aCouncilNotInForceOnTheDateIsRefused() {
        YamlException ex = assertThrows(YamlException.class,
                () -> CaseReader.read("case.yaml", caseWith("council: woking").replace("date: 2026-07-01", "date: 2027-04-02"), councils()));
        assertTrue(ex.errors().getFirst().message().startsWith("council \"woking\": Woking council ended on 2027-03-31"), ex.getMessage());
    }

    @Test
    void aKnownCouncilWithoutASchemeIsEstimatedNamingTheCouncil() {
        // issue 14 item 2: no longer refused; estimated on the Default Scheme's pattern (CtrEstimateTest works one by hand)
        CaseFile c = read("council: leeds");
        var result = TestRates.calculatorWithCouncils().compare(c.circumstances(), c.scenarios());
        assertEquals(java.util.List.of("council_tax_reduction"), result.baseline().estimated());
        String working = result.baseline().figure("council_tax_reduction").trace().working();
        assertTrue(working.contains("Leeds") && working.contains("rates/ctr/"), working);
    }

    @Test
    void everyCaseFileInTheProjectAgreesWithItsCouncil() throws IOException {
        List<Path> roots = Stream.of(Path.of("src/test/resources"), Path.of("../shared/cases")).filter(Files::isDirectory).toList();
        int read = 0;
        for (Path root : roots)
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    String text = Files.readString(p);
                    if (!text.contains("format: betteroff-case/1") || !text.contains("\ncouncil:")) continue;
                    CaseReader.read(p, councils());
                    read++;
                }
            }
        assertTrue(read >= 10, "case files with a council read: " + read);
    }
}
