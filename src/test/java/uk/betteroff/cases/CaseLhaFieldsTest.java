package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/**
 * The case file's private-renter fields (README "Case file"): {@code housing.brma} (a Broad Rental Market Area id in
 * rates/lha.yaml) and {@code housing.shared_accommodation_exception}, read strictly, written back, and calculated.
 */
class CaseLhaFieldsTest {
    private static String privateCase(String housingExtra, int age) {
        return """
                format: betteroff-case/1
                name: Private renter
                date: 2026-07-01
                nation: england
                household:
                  adults:
                    - age: %d
                housing:
                  tenure: private
                  rent: {amount: 800.00, per: month}
                %s
                scenarios: []
                """.formatted(age, housingExtra.indent(2).stripTrailing());
    }

    private static List<YamlError> errors(String text) {
        return assertThrows(YamlException.class, () -> CaseReader.read("case.yaml", text)).errors();
    }

    @Test
    void brmaAndExceptionAreReadAndWrittenBack() {
        CaseFile c = CaseReader.read("case.yaml", privateCase("brma: inner-south-east-london\nshared_accommodation_exception: care_leaver", 22));
        assertEquals("inner-south-east-london", c.circumstances().housing().brma());
        assertEquals(SharedAccommodationException.CARE_LEAVER, c.circumstances().housing().sharedAccommodationException());
        String yaml = CaseWriter.toYaml(c);
        assertTrue(yaml.contains("brma: inner-south-east-london"), yaml);
        assertTrue(yaml.contains("shared_accommodation_exception: care_leaver"), yaml);
        assertEquals(c.circumstances().housing(), CaseReader.read("again.yaml", yaml).circumstances().housing());
    }

    @Test
    void withoutThemOldFilesReadAsBeforeAndWriteNothingNew() {
        CaseFile c = CaseReader.read("case.yaml", privateCase("lha_rate: {amount: 700, per: month}", 30));
        assertNull(c.circumstances().housing().brma());
        assertEquals(SharedAccommodationException.NONE, c.circumstances().housing().sharedAccommodationException());
        String yaml = CaseWriter.toYaml(c);
        assertTrue(!yaml.contains("brma") && !yaml.contains("shared_accommodation_exception"), yaml);
    }

    @Test
    void aBrmaThatIsNotAnIdIsRefusedWithItsLine() {
        List<YamlError> e = errors(privateCase("brma: Inner South East London", 30));
        assertEquals(1, e.size());
        assertEquals(11, e.get(0).line());
        assertTrue(e.get(0).message().startsWith("brma must be a Broad Rental Market Area id"), e.get(0).message());
    }

    @Test
    void anUnknownExceptionIsRefusedNamingTheAllowedOnes() {
        List<YamlError> e = errors(privateCase("shared_accommodation_exception: student", 30));
        assertEquals(11, e.get(0).line());
        assertTrue(e.get(0).message().contains("none, care_leaver, homeless_hostel, mappa, domestic_abuse, modern_slavery"), e.get(0).message());
    }

    @Test
    void aBrmaForAnotherTenureIsRefused() {
        String text = privateCase("brma: lothian", 30).replace("tenure: private", "tenure: social");
        assertTrue(errors(text).get(0).message().contains("applies to private renters, not social"));
    }

    @Test
    void theHousingElementUsesTheBrmasRateForTheCategory() {
        // single 30, Inner South East London, no exception: shared accommodation (UC Regs 2013 Sch 4 paras 27-28),
        // £149.59 a week (bromley.gov.uk, April 2024) × 52/12 = £648.2233 → £648.22, below the rent of £800
        var c = CaseReader.read("case.yaml", privateCase("brma: inner-south-east-london", 30));
        var r = TestRates.calculator().compare(c.circumstances(), c.scenarios()).baseline();
        assertEquals("648.22", r.figure("uc_housing_element").in(uk.betteroff.kernel.money.Period.MONTH).plain());
        // the same renter as a care leaver aged 22 (para 29(2)): 1 bedroom, £298.15 × 52/12 = £1,291.98, so the rent £800 is allowed
        var leaver = CaseReader.read("case.yaml", privateCase("brma: inner-south-east-london\nshared_accommodation_exception: care_leaver", 22));
        var r2 = TestRates.calculator().compare(leaver.circumstances(), leaver.scenarios()).baseline();
        assertEquals("800.00", r2.figure("uc_housing_element").in(uk.betteroff.kernel.money.Period.MONTH).plain());
    }

    @Test
    void aTypedLhaRateStillWinsOverTheBrma() {
        var c = CaseReader.read("case.yaml", privateCase("brma: inner-south-east-london\nlha_rate: {amount: 700.00, per: month}", 30));
        var r = TestRates.calculator().compare(c.circumstances(), c.scenarios()).baseline();
        assertEquals("700.00", r.figure("uc_housing_element").in(uk.betteroff.kernel.money.Period.MONTH).plain());
        assertTrue(r.figure("uc_housing_element").trace().find("uc.housing.lha_rate").orElseThrow().working().startsWith("The LHA rate entered"));
    }

    @Test
    void aBrmaWhoseFiguresWereNotFoundAsksForTheRate() {
        var c = CaseReader.read("case.yaml", privateCase("brma: central-london", 40));
        Unsupported u = assertThrows(Unsupported.class, () -> TestRates.calculator().compare(c.circumstances(), c.scenarios()));
        assertTrue(u.reason().contains("Central London") && u.reason().contains("housing.lha_rate"), u.reason());
    }

    @Test
    void anUnknownBrmaOrOneInAnotherNationIsRefused() {
        var unknown = CaseReader.read("case.yaml", privateCase("brma: narnia", 40));
        assertTrue(assertThrows(Unsupported.class, () -> TestRates.calculator().compare(unknown.circumstances(), unknown.scenarios()))
                .reason().contains("\"narnia\" is not a Broad Rental Market Area"));
        var scottish = CaseReader.read("case.yaml", privateCase("brma: lothian", 40));
        assertTrue(assertThrows(Unsupported.class, () -> TestRates.calculator().compare(scottish.circumstances(), scottish.scenarios()))
                .reason().contains("Lothian is a Broad Rental Market Area in Scotland, but the case's nation is England"));
    }
}
