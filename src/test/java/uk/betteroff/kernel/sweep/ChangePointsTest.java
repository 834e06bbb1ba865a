package uk.betteroff.kernel.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.betteroff.kernel.sweep.ChangePoints.Kind.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.sweep.ChangePoints.ChangePoint;
import uk.betteroff.kernel.sweep.ChangePoints.Kind;
import uk.betteroff.testing.Cases;
import uk.betteroff.testing.TestRates;

/**
 * Change points of the chart's sweep (0 to 48 hours in half hours, as the app draws it), checked against
 * hand working from the shared cases (../shared/cases, copied in src/test/resources/cases),
 * docs/rules/rates-housing-ctr.md §3.3 and §4.1-4.2, and the 2026/27 rates (rates/2026-27.yaml).
 */
class ChangePointsTest {
    private static final BigDecimal STEP = new BigDecimal("0.5");

    private static ChangePoints.Result find(Circumstances c, Scenario s) {
        HoursSweep.Sweep sweep = HoursSweep.run(TestRates.calculator(), c, s, 0, BigDecimal.ZERO, BigDecimal.valueOf(48), STEP);
        return ChangePoints.find(TestRates.calculator(), c, sweep);
    }

    private static ChangePoints.Result find(String caseFile) {
        CaseFile c = CaseReader.read(Path.of("src/test/resources/cases", caseFile));
        return find(c.circumstances(), c.scenarios().get(0));
    }

    private static ChangePoint only(ChangePoints.Result r, Kind k) {
        List<ChangePoint> all = r.points().stream().filter(p -> p.kind() == k).toList();
        assertEquals(1, all.size(), () -> k + " in " + r.points().stream().map(ChangePoint::words).toList());
        return all.get(0);
    }

    private static boolean has(ChangePoints.Result r, Kind k) { return r.points().stream().anyMatch(p -> p.kind() == k); }

    private static BigDecimal h(String s) { return new BigDecimal(s); }

    @Test
    void hostelBeforeOctober2026UcEndsBetween14And16HoursAndMoneyLeftFalls() {
        ChangePoints.Result r = find("hostel-25plus-before-oct-2026.yaml");
        // The case expects UC £0.81 a month at 14 h and nil at 16 h. UC is nil once 0.55 × net × 52/12 ≥ £424.90
        // (UC Regs reg 22, no work allowance), i.e. net ≥ £178.28 a week (§3.3: £772.55 a month) = 14.03 h at £12.71.
        ChangePoint uc = only(r, UC_ENDS);
        assertEquals(h("14.03"), uc.hours());
        // at 14.02 h: £178.19 a week → £772.16 a month → UC 424.90 − 424.69 = £0.21 a month = £0.05 a week
        assertEquals(Money.of("0.05"), uc.figure(Period.WEEK));
        assertEquals(Money.of("0.21"), uc.figure(Period.MONTH));
        // HB leaves the UC passport at the same hours (Sch 4 para 12) and falls below the full £250 rent
        ChangePoint taper = only(r, HB_TAPER_STARTS);
        assertEquals(h("14.03"), taper.hours());
        assertEquals(Money.of("250.00"), taper.figure(Period.WEEK));
        // the cliff: HB = 250 − 65% × (178.32 − 5 − 95.55) = £199.45 (reg 71), money left £178.24 → £127.77
        ChangePoint fall = only(r, MONEY_LEFT_FALLS);
        assertEquals(h("14.03"), fall.hours());
        assertEquals(Money.of("50.47"), fall.figure(Period.WEEK));
        assertEquals(Money.of("-50.47"), fall.moneyLeftChange(Period.WEEK));
        assertEquals(List.of("universal_credit", "housing_benefit"), fall.fellFigures());
        // §4.1: worse off than at the UC end point "until about 27.9 hrs a week" (27.85 h, as WorkIncentivesTest works it)
        assertEquals(Optional.of(h("27.85")), fall.asWellOffAgainAt());
        assertTrue(fall.words().contains("as well off again at 27.85 hours"), fall.words());
    }

    @Test
    void hostelTaxAndNiStartAtTheirThresholds() {
        ChangePoints.Result r = find("hostel-25plus-before-oct-2026.yaml");
        // tax.personal_allowance £12,570 a year, 20% basic rate, the year's tax ÷ 52 to the penny (docs/design.md):
        // 19.02 h = £241.74 a week → £12,570.48 a year → 20% × £0.48 ÷ 52 = £0.0018 → £0.00;
        // 19.03 h = £241.87 → £12,577.24 → 20% × £7.24 ÷ 52 = £0.03
        ChangePoint tax = only(r, INCOME_TAX_STARTS);
        assertEquals(h("19.03"), tax.hours());
        assertEquals(Money.of("241.87"), tax.figure(Period.WEEK));
        assertEquals(Money.of("0.03"), tax.at().figure("income_tax").week());
        // ni.primary_threshold.week £242, ni.main_rate 8%: 19.04 h = £242.00 (nothing above); 19.05 h = £242.13 → 8% × £0.13 = £0.01
        ChangePoint ni = only(r, NI_STARTS);
        assertEquals(h("19.05"), ni.hours());
        assertEquals(Money.of("242.13"), ni.figure(Period.WEEK));
        assertEquals(Money.of("0.01"), ni.at().figure("national_insurance").week());
    }

    @Test
    void hostelMarginalRatesAreTheTapersOfSection4() {
        ChangePoints.Result r = find("hostel-25plus-before-oct-2026.yaml");
        // §4.1 zones: A on UC below tax/NI 55%; B off UC below tax/NI 65%; B′ off UC above tax/NI 28% + 0.72 × 65% = 74.8%;
        // once HB has ended only tax and NI: 20% + 8% = 28%
        List<String> rates = r.segments().stream().map(s -> s.fromHours().stripTrailingZeros().toPlainString() + "-"
                + s.toHours().stripTrailingZeros().toPlainString() + ":" + s.marginalRate().stripTrailingZeros().toPlainString()).toList();
        assertEquals(List.of("0-14.02:0.55", "14.03-19.02:0.65", "19.05-29.99:0.748", "30-47.4:0.748", "47.41-48:0.28"), rates);
        assertEquals("From 0 hours to 14.02 hours: 55% of each extra £1 earned is lost (you keep 45p)", r.segments().get(0).words());
    }

    @Test
    void hostelThe30HourRuleAddsTheAdditionalDisregard() {
        ChangePoints.Result r = find("hostel-25plus-before-oct-2026.yaml");
        // HB Regs 2006 Sch 4 para 17: £17.10 more disregarded for a claimant aged 25+ working 30 hours
        // (hb.disregard.additional, .hours_25_plus = 30); HB rises by about 65% × £17.10 = £11.12 (case file: HB £104.01 at 30 h)
        ChangePoint p = only(r, HB_ADDITIONAL_DISREGARD);
        assertEquals(h("30.00"), p.hours());
        assertEquals(Money.of("17.10"), p.figure(Period.WEEK));
        assertEquals(Money.of("104.01"), p.at().figure("housing_benefit").week());
        assertTrue(p.moneyLeftChange(Period.WEEK).isGreaterThan(Money.of("11.11")), () -> p.moneyLeftChange(Period.WEEK).format());
        // HB ends when 65% × (net − £117.65) leaves less than the 50p minimum (reg 75): net over £501.50 a week, about 47.4 h
        assertEquals(h("47.41"), only(r, HB_ENDS).hours());
    }

    @Test
    void hostelFromOctober2026HasNoCliff() {
        ChangePoints.Result r = find("hostel-25plus-after-oct-2026.yaml");
        assertEquals(h("14.03"), only(r, UC_ENDS).hours());
        // §3.3: the £77.73 para 18 disregard puts HB's start-to-taper point at the UC drop-out point
        assertEquals(h("14.03"), only(r, HB_TAPER_STARTS).hours());
        assertFalse(has(r, MONEY_LEFT_FALLS), () -> r.points().stream().map(ChangePoint::words).toList().toString());
        // the case file's 16-hour figure: HB £233.70
        assertTrue(r.points().stream().noneMatch(p -> p.moneyLeftChange(Period.WEEK).isNegative() && p.kind() != HB_ENDS));
    }

    @Test
    void carersAllowanceLostAtTheEarningsLimitAndUcIsPaidAgain() {
        ChangePoints.Result r = find("carer-earnings-limit.yaml");
        // ca.earnings_limit £204 a week (2026/27): 16.05 h × £12.71 = £204.00 keeps it; 16.06 h = £204.12 loses it
        ChangePoint ca = only(r, CARERS_ALLOWANCE_LOST);
        assertEquals(h("16.06"), ca.hours());
        assertEquals(ca.before().figure("carers_allowance").week(), ca.figure(Period.WEEK));
        assertTrue(ca.figure(Period.WEEK).isPositive());
        // CA counted as unearned income for UC (UC Regs reg 66(1)(b)), so losing it brings UC back at the same hours
        assertEquals(h("16.06"), r.points().stream().filter(p -> p.kind() == UC_PAID_AGAIN).findFirst().orElseThrow().hours());
        assertTrue(ca.words().startsWith("Carer's Allowance of "), ca.words());
    }

    @Test
    void benefitCapLiftedAtTheEarningsExemption() {
        ChangePoints.Result r = find("couple-three-children-private-rent-cap.yaml");
        // UC Regs reg 82(1)(a): earned income ≥ 16 × NLW £12.71 × 52/12 = £881.23 a month (cap.earnings_exemption.hours 16).
        // At £13.50 an hour paid monthly: 15.06 h × 52/12 = £881.01 (under), 15.07 h = £881.60 (exempt); net = gross below tax/NI
        ChangePoint cap = only(r, BENEFIT_CAP_LIFTED);
        assertEquals(h("15.07"), cap.hours());
        assertTrue(cap.moneyLeftChange(Period.MONTH).isPositive());
        assertEquals(cap.before().figure("benefit_cap_reduction").month(), cap.figure(Period.MONTH));
        // the couple has children, so UC tapers only above the lower work allowance (housing element paid): £427 a month
        ChangePoint wa = only(r, UC_TAPER_STARTS);
        assertEquals(Money.of("427.00"), wa.figure(Period.MONTH));
    }

    @Test
    void loneParentInTemporaryAccommodationGetsThe16HourDisregardOnlyOnceUcHasEnded() {
        // A lone parent, 30, one child, council temporary accommodation at £300 a week, £30 an hour (2026-07-01).
        // UC ends before 16 hours, so HB is means-tested at 16 hours, where Sch 4 para 17 adds £17.10 (lone parent working 16 hours).
        Housing ta = new Housing(Tenure.TEMPORARY, Amount.of("300", Period.WEEK), null, 2, null, null);
        Circumstances c = Cases.of("2026-07-01", ta, List.of(Adult.aged(30)), Cases.children(false, 5));
        ChangePoints.Result r = find(c, Cases.working("16 hours", "16", "30.00"));
        assertTrue(only(r, UC_ENDS).hours().compareTo(h("16")) < 0);
        ChangePoint p = only(r, HB_ADDITIONAL_DISREGARD);
        assertEquals(h("16.00"), p.hours());
        assertEquals(Money.of("17.10"), p.figure(Period.WEEK));
        assertTrue(p.at().figure("housing_benefit").week().isGreaterThan(p.before().figure("housing_benefit").week()));
        // the same rule at the NLW: UC is still paid at 16 hours, HB is passported to the full rent, so the rule does not matter
        ChangePoints.Result nlw = find(c, Cases.working("16 hours", "16", "12.71"));
        assertFalse(has(nlw, HB_ADDITIONAL_DISREGARD), () -> nlw.points().stream().map(ChangePoint::words).toList().toString());
    }

    @Test
    void councilTaxReductionEndsAndAddsItsTaperToTheMarginalRate() {
        // src/test/resources/chart/hostel-westminster-council-tax.yaml: the after-October hostel resident, in Westminster
        // temporary accommodation and liable for £1,000 a year of council tax (7 × 1000/365 = £19.18 a week, §5.6)
        CaseFile c = CaseReader.read(Path.of("src/test/resources/chart/hostel-westminster-council-tax.yaml"));
        ChangePoints.Result r = find(c.circumstances(), c.scenarios().get(0));
        // rates/ctr/westminster.yaml: 100% maximum, 20% taper; off UC the HB means test with the £5 disregard only (para 18 is HB's):
        // CTR = 19.178082 (A × 7 ÷ B, unrounded) − 20% × (net − 5 − 95.55), rounded once, is nil once net ≥ £196.44:
        // 15.45 h = £196.37 leaves £0.014 → £0.01; 15.46 h = £196.50 nil
        ChangePoint ctr = only(r, COUNCIL_TAX_REDUCTION_ENDS);
        assertEquals(h("15.46"), ctr.hours());
        assertEquals(Money.of("0.01"), ctr.figure(Period.WEEK));
        // §4.1: on UC with a scheme counting UC + earnings, 55% + 20% × 45% = 64%; off UC, HB 65% + CTR 20% = 85%; then HB alone 65%
        List<String> rates = r.segments().stream().limit(3).map(s -> s.marginalRate().stripTrailingZeros().toPlainString()).toList();
        assertEquals(List.of("0.64", "0.85", "0.65"), rates);
    }

    @Test
    void everyPointHasWordsAndIsInOrder() {
        ChangePoints.Result r = find("hostel-25plus-before-oct-2026.yaml");
        BigDecimal last = BigDecimal.ZERO;
        for (ChangePoint p : r.points()) {
            assertTrue(p.hours().compareTo(last) >= 0);
            last = p.hours();
            assertTrue(p.words().contains(p.hours().stripTrailingZeros().toPlainString() + " hours"), p.words());
        }
    }
}
