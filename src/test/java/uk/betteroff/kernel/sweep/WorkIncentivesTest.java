package uk.betteroff.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.testing.TestRates;

/**
 * Where UC ends and where more work leaves a resident worse off, for the acceptance cases of a single
 * 25+ hostel resident on the National Living Wage (docs/rules/rates-housing-ctr.md §3.3, §4.1, §4.2).
 */
class WorkIncentivesTest {
    private static final BigDecimal SCAN = BigDecimal.valueOf(48);

    private static WorkIncentives.Result find(String caseFile) {
        CaseFile c = CaseReader.read(Path.of("src/test/resources/cases", caseFile));
        return WorkIncentives.find(TestRates.calculator(), c.circumstances(), c.scenarios().get(0), SCAN).orElseThrow();
    }

    @Test
    void beforeOctober2026UcEndsAt14Point03HoursAndHbFallsOffACliff() {
        WorkIncentives.Result r = find("hostel-25plus-before-oct-2026.yaml");
        // UC is nil once 0.55 × net × 52/12 ≥ £424.90, i.e. net ≥ £178.28 a week = 14.03 hours at £12.71
        // (14.02 h: net £178.19 → £772.16 a month → UC £0.21; 14.03 h: £178.32 → £772.72 → UC nil); §3.3 "about 14.03 hrs"
        assertEquals(Optional.of(new BigDecimal("14.03")), r.ucEndsAt());
        assertEquals(1, r.cliffs().size());
        WorkIncentives.Cliff k = r.cliffs().get(0);
        assertEquals(new BigDecimal("14.02"), k.fromHours());
        assertEquals(new BigDecimal("14.03"), k.toHours());
        // money left at 14.02 h: £178.19 + UC £0.21 × 12/52 (£0.05) = £178.24;
        // at 14.03 h: HB = 250 − 65% × (178.32 − 5 − 95.55) = £199.45 (reg 71), so £178.32 + £199.45 − £250 = £127.77 → £50.47 less
        assertEquals(Money.of("50.47"), k.weeklyLoss());
        assertEquals(List.of("universal_credit", "housing_benefit"), k.fellFigures());
        // as well off again when net × 35% + 65% × £100.55 ≥ £178.24, i.e. net ≥ £322.51: gross ≥ £353.89
        // (20% tax above £241.73 and 8% NI above £242 a week) = 27.85 hours; §4.1 "until about 27.9 hrs a week"
        assertEquals(Optional.of(new BigDecimal("27.85")), k.asWellOffAgainAt());
    }

    @Test
    void fromOctober2026ThePara18DisregardRemovesTheCliff() {
        WorkIncentives.Result r = find("hostel-25plus-after-oct-2026.yaml");
        assertEquals(Optional.of(new BigDecimal("14.03")), r.ucEndsAt());
        // §3.3: with the £77.73 para 18 disregard HB starts to taper where UC ends, so money left rises at every step
        assertTrue(r.cliffs().isEmpty(), () -> r.cliffs().toString());
    }

    @Test
    void carersAllowanceEarningsLimitIsACliff() {
        WorkIncentives.Result r = find("carer-earnings-limit.yaml");
        // CA is lost once net earnings pass £204 a week (2026/27, gov.uk Carer's Allowance eligibility):
        // 16.05 h × £12.71 = £204.00 keeps it; 16.06 h = £204.12 loses £86.45
        WorkIncentives.Cliff k = r.cliffs().get(0);
        assertEquals(new BigDecimal("16.06"), k.toHours());
        assertEquals(List.of("carers_allowance"), k.fellFigures());
        assertTrue(k.weeklyLoss().isPositive());
    }

    @Test
    void outOfWorkOnlyHasNoResult() {
        CaseFile c = CaseReader.read(Path.of("src/test/resources/cases/hostel-25plus-before-oct-2026.yaml"));
        assertTrue(WorkIncentives.find(TestRates.calculator(), c.circumstances(), uk.betteroff.kernel.household.Scenario.outOfWork(), SCAN).isEmpty());
    }
}
