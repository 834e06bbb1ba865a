package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/** The case-file contract of docs/design.md: defaults for omitted keys, and located messages for bad input. */
class CaseReaderTest {
    private static final String GOOD = """
            format: betteroff-case/1
            name: Test
            date: 2026-07-01
            household:
              adults:
                - age: 30
            housing:
              tenure: supported
              rent: {amount: 250.00, per: week}
            scenarios:
              - name: 16 hours
                jobs:
                  - adult: 1
                    hours: 16
                    hourly_wage: 12.71
            """;

    private static List<YamlError> errors(String text) {
        YamlException e = assertThrows(YamlException.class, () -> CaseReader.read("case.yaml", text));
        return e.errors();
    }

    @Test
    void omittedOptionalKeysTakeTheDesignDefaults() {
        CaseFile c = CaseReader.read("case.yaml", GOOD);
        assertEquals(Tenure.SUPPORTED, c.circumstances().housing().tenure());
        assertEquals(false, c.circumstances().london());
        assertEquals(0, c.circumstances().household().children().size());
        assertEquals(false, c.circumstances().housing().councilTax().liable());
        Job job = c.scenarios().get(0).jobs().get(0);
        assertEquals(Job.PayFrequency.WEEKLY, job.pay());
        assertTrue(job.pension() instanceof Job.Pension.None);
        assertEquals(Period.WEEK, c.circumstances().housing().rent().per());
    }

    @Test
    void hoursOutOfRangeNamesTheLineAndTheLimits() {
        List<YamlError> e = errors(GOOD.replace("hours: 16", "hours: 160"));
        assertEquals(1, e.size());
        assertEquals(14, e.get(0).line());
        assertEquals("hours must be between 0 and 100, got 160", e.get(0).message());
        assertEquals("case.yaml:14: scenarios[0].jobs[0].hours: hours must be between 0 and 100, got 160", e.get(0).toString());
    }

    @Test
    void unknownKeyIsRefusedWithItsLine() {
        List<YamlError> e = errors(GOOD.replace("    - age: 30\n", "    - age: 30\n      shoe_size: 9\n"));
        assertEquals(1, e.size());
        assertEquals(7, e.get(0).line());
        assertTrue(e.get(0).message().startsWith("unknown key \"shoe_size\""), e.get(0).message());
    }

    @Test
    void badChoiceListsTheAllowedWords() {
        List<YamlError> e = errors(GOOD.replace("tenure: supported", "tenure: hostel"));
        assertEquals(8, e.get(0).line());
        assertEquals("tenure must be one of none, owner, social, private, supported, temporary; got \"hostel\"", e.get(0).message());
    }

    @Test
    void badDateIsExplained() {
        List<YamlError> e = errors(GOOD.replace("date: 2026-07-01", "date: 1 July 2026"));
        assertEquals(3, e.get(0).line());
        assertEquals("expected a date as YYYY-MM-DD, got \"1 July 2026\"", e.get(0).message());
    }

    @Test
    void textWhereANumberBelongsIsExplained() {
        List<YamlError> e = errors(GOOD.replace("hourly_wage: 12.71", "hourly_wage: twelve"));
        assertEquals(15, e.get(0).line());
        assertEquals("expected a number, got \"twelve\"", e.get(0).message());
    }

    @Test
    void missingRequiredKeyIsNamed() {
        List<YamlError> e = errors(GOOD.replace("date: 2026-07-01\n", ""));
        assertEquals("missing \"date\"", e.get(0).message());
    }

    @Test
    void duplicateKeyIsRefused() {
        List<YamlError> e = errors(GOOD.replace("name: Test\n", "name: Test\nname: Again\n"));
        assertEquals(3, e.get(0).line());
        assertTrue(e.get(0).message().startsWith("duplicate key \"name\" (first on line 2)"));
    }

    @Test
    void aJobForAMissingAdultIsRefused() {
        List<YamlError> e = errors(GOOD.replace("- adult: 1", "- adult: 2"));
        assertEquals("adult must be between 1 and 1, got 2", e.get(0).message());
    }

    @Test
    void everyProblemInAFileIsReportedTogether() {
        List<YamlError> e = errors(GOOD.replace("hours: 16", "hours: -1").replace("age: 30", "age: 7"));
        assertEquals(2, e.size());
    }

    @Test
    void pensionForms() {
        CaseFile c = CaseReader.read("case.yaml", GOOD.replace("hourly_wage: 12.71", "hourly_wage: 12.71\n        pension: {employee_percent: 5}"));
        var p = (Job.Pension.EmployeePercent) c.scenarios().get(0).jobs().get(0).pension();
        assertEquals(0, new BigDecimal("0.05").compareTo(p.share().fraction()));
        assertTrue(CaseReader.read("case.yaml", GOOD.replace("hourly_wage: 12.71", "hourly_wage: 12.71\n        pension: auto"))
                .scenarios().get(0).jobs().get(0).pension() instanceof Job.Pension.AutoEnrolment);
    }

    @Test
    void rentIncludesMealsAndFuelIsRead() {
        CaseFile c = CaseReader.read("case.yaml", GOOD.replace("tenure: supported", "tenure: supported\n  rent_includes: {meals: part, fuel: [heating, hot_water]}"));
        var inc = c.circumstances().housing().rentIncludes();
        assertEquals(uk.betteroff.kernel.household.RentIncludes.Meals.PART, inc.meals());
        assertEquals(java.util.Set.of(uk.betteroff.kernel.household.RentIncludes.Fuel.HEATING, uk.betteroff.kernel.household.RentIncludes.Fuel.HOT_WATER), inc.fuel());
    }

    @Test
    void rentIncludesRefusesAnUnknownFuelAndAnotherTenure() {
        List<YamlError> e = errors(GOOD.replace("tenure: supported", "tenure: supported\n  rent_includes: {fuel: [gas]}"));
        assertEquals("fuel must be one of heating, hot_water, lighting, cooking; got \"gas\"", e.get(0).message());
        List<YamlError> social = errors(GOOD.replace("tenure: supported", "tenure: social\n  rent_includes: {meals: full}"));
        assertTrue(social.stream().anyMatch(x -> x.message().startsWith("rent_includes (meals or fuel in the rent) applies to Housing Benefit tenures")), social.toString());
    }
}
