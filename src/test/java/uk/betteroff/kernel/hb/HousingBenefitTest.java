package uk.betteroff.kernel.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.testing.Cases;
import uk.betteroff.testing.TestRates;

/**
 * Housing Benefit beside UC in specified accommodation (HB Regs 2006), reproducing the worked figures of
 * docs/rules/rates-housing-ctr.md §3 and §4.2 (single 25+, hostel, eligible rent £250 a week, 2026/27).
 */
class HousingBenefitTest {

    private static HbResult hb(Circumstances c, boolean onUc, String weeklyNet, String hours) {
        int n = c.household().adults().size();
        List<Money> earnings = new java.util.ArrayList<>();
        List<BigDecimal> hrs = new java.util.ArrayList<>();
        List<Money> ca = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            earnings.add(i == 0 ? Money.of(weeklyNet) : Money.ZERO);
            hrs.add(i == 0 ? new BigDecimal(hours) : BigDecimal.ZERO);
            ca.add(Money.ZERO);
        }
        return HousingBenefit.calculate(new HbInput(c, onUc, earnings, hrs, ca, Money.ZERO), TestRates.at(c.date().toString()));
    }

    @Test
    void whileUcIsPayableHbIsTheWholeEligibleRent() {
        // HB Regs 2006 Sch 4 para 12, Sch 5 para 4, Sch 6 para 5: income is nil while on UC → maximum HB £250.00
        HbResult r = hb(Cases.single("2026-07-01", 30, Cases.supported("250")), true, "500.00", "37.5");
        assertEquals(Money.of("250.00"), r.award());
        assertTrue(r.passported());
        assertTrue(r.trace().working().contains("passport"));
    }

    /** §4.2 columns "HB before 5 Oct 2026" and "from 5 Oct 2026", fed the table's own net weekly earnings. */
    @ParameterizedTest(name = "{0} hours, net {1}: HB {2} before, {3} after 5 Oct 2026")
    @CsvSource({
            "16, 203.36, 183.17, 233.70",
            "20, 250.71, 152.40, 202.92",
            "25, 296.46, 122.66, 173.18",
            "30, 342.22, 104.03, 154.55",
            "37.5, 410.85, 59.42, 109.94"})
    void hoursTableOfSection42(String hours, String net, String before, String after) {
        assertEquals(Money.of(before), hb(Cases.single("2026-07-01", 30, Cases.supported("250")), false, net, hours).award());
        assertEquals(Money.of(after), hb(Cases.single("2026-11-22", 30, Cases.supported("250")), false, net, hours).award());
    }

    @Test
    void thePara18DisregardStartsOn5October2026() {
        // Sch 4 para 18 (SI 2026/978): £77.73 for a single claimant 25+, from the benefit week of 5 October 2026
        assertEquals(Money.of("183.17"), hb(Cases.single("2026-10-04", 30, Cases.supported("250")), false, "203.36", "16").award());
        assertEquals(Money.of("233.70"), hb(Cases.single("2026-10-05", 30, Cases.supported("250")), false, "203.36", "16").award());
    }

    @Test
    void under25GetsTheLowerAllowanceAndNoAdditionalDisregard() {
        // §3.4 (Bolton at 2026/27 rates): £150 a week, under 25: (150 − 75.65 − 5) × 65% = £45.08 a week taken off the rent
        HbResult before = hb(Cases.single("2026-07-01", 22, Cases.supported("250")), false, "150.00", "30");
        assertEquals(Money.of("204.92"), before.award());
        // from 5 Oct 2026: (150 − 80.65 − 61.41) × 65% = £5.16
        assertEquals(Money.of("244.84"), hb(Cases.single("2026-11-01", 22, Cases.supported("250")), false, "150.00", "30").award());
    }

    @Test
    void section33CliffAtTheUcDropOutPoint() {
        // §3.3, 2026/27 25+ before 5 Oct: net earnings £773 a month = £178.38 a week;
        // 65% × (178.38 − 95.55 − 5) = £50.59 off the rent
        HbResult r = hb(Cases.single("2026-07-01", 30, Cases.supported("250")), false, "178.38", "14.1");
        assertEquals(Money.of("199.41"), r.award());
    }

    @Test
    void minimumAwardOf50p() {
        // reg 75: HB below 50p a week is not paid. Net £560 a week, rent £250, 25+:
        // 250 − 65% × (560 − 5 − 17.10 − 95.55) = 250 − 287.53 → nil
        assertEquals(Money.ZERO, hb(Cases.single("2026-07-01", 30, Cases.supported("250")), false, "560.00", "37.5").award());
        // 250 − 65% × (485.00 − 100.55) = 250 − 249.8925 = 0.1075 → 11p is under the 50p minimum → nil
        assertEquals(Money.ZERO, hb(Cases.single("2026-07-01", 30, Cases.supported("250")), false, "485.00", "20").award());
    }

    @Test
    void nonDependantDeductionsByBand() {
        // reg 74, 2026/27: a non-dependant working 37.5 hours on £400 gross a week (band £365-£484.99) → £105.20
        var h = new Household(List.of(Adult.aged(50)), List.of(), List.of(new NonDependant(24, Amount.of("400", Period.WEEK), new BigDecimal("37.5"), false)), Money.ZERO);
        var c = new Circumstances(java.time.LocalDate.parse("2026-07-01"), uk.betteroff.kernel.household.Nation.ENGLAND, null, false, h, Cases.supported("250"));
        assertEquals(Money.of("144.80"), hb(c, true, "0", "0").award());
        // not in remunerative work → the lowest deduction £20.40
        var idle = new Household(List.of(Adult.aged(50)), List.of(), List.of(new NonDependant(24, null, null, false)), Money.ZERO);
        assertEquals(Money.of("229.60"), hb(new Circumstances(c.date(), c.nation(), null, false, idle, c.housing()), true, "0", "0").award());
        // claimant gets PIP daily living → no deductions at all (reg 74(6))
        var pip = new Household(List.of(new Adult(50, WorkCapability.FIT, DisabilityBenefit.PIP_DAILY_LIVING_STANDARD, false, List.of())), List.of(),
                List.of(new NonDependant(24, Amount.of("400", Period.WEEK), new BigDecimal("37.5"), false)), Money.ZERO);
        assertEquals(Money.of("250.00"), hb(new Circumstances(c.date(), c.nation(), null, false, pip, c.housing()), true, "0", "0").award());
    }

    @Test
    void notPaidOutsideSupportedOrTemporaryAccommodation() {
        assertEquals(Money.ZERO, hb(Cases.single("2026-07-01", 30, Cases.social("110", 1)), false, "0", "0").award());
    }

    /**
     * §3.3, every row: the HB taken off the rent at the first whole pound of monthly net earnings above the
     * UC drop-out point, 0.65 × (earnings × 12/52 − (personal allowance + £5)) (regs 70-71, Sch 4 para 10),
     * and from 5 Oct 2026 with the para 18 disregard. The award is rounded to the penny once.
     */
    @ParameterizedTest(name = "{0}, age {1}, £{2} a week: HB {3}")
    @CsvSource({
            "2024-07-01, 22, 130.85, 214.80",   // 0.65 × (130.85 − 76.70) = 35.1975 off £250
            "2024-07-01, 30, 165.23, 204.68",   // 0.65 × (165.23 − 95.50) = 45.3245
            "2025-07-01, 22, 133.15, 214.09",   // 0.65 × (133.15 − 77.90) = 35.9125
            "2025-07-01, 30, 168.00, 203.88",   // 0.65 × (168.00 − 97.05) = 46.1175
            "2026-07-01, 22, 142.15, 210.03",   // 0.65 × (142.15 − 80.65) = 39.975
            "2026-07-01, 30, 178.38, 199.41",   // 0.65 × (178.38 − 100.55) = 50.5895
            "2026-11-01, 22, 142.15, 249.94",   // para 18: 0.65 × (142.15 − 142.06) = 0.0585
            "2026-11-01, 30, 178.38, 249.94"})  // para 18: 0.65 × (178.38 − 178.28) = 0.065
    void section33ThresholdsEveryYear(String date, int age, String weeklyNet, String award) {
        assertEquals(Money.of(award), hb(Cases.single(date, age, Cases.supported("250")), false, weeklyNet, "14").award());
    }

    @Test
    void mealsAndFuelInTheRentAreDeductedAtTheFlatRates() {
        // HB Regs 2006 Sch 1 para 2(1)(a) (three meals a day, one person 16+: £37.30) and para 6(2) (heating £35.25,
        // hot water £4.10, lighting £2.85, cooking £4.10), 2026/27 rates (rules §2.8): 250 − 37.30 − 46.30 = £166.40
        var includes = new uk.betteroff.kernel.household.RentIncludes(uk.betteroff.kernel.household.RentIncludes.Meals.FULL,
                java.util.EnumSet.allOf(uk.betteroff.kernel.household.RentIncludes.Fuel.class));
        var housing = new uk.betteroff.kernel.household.Housing(uk.betteroff.kernel.household.Tenure.SUPPORTED, Amount.of("250", Period.WEEK),
                null, 0, null, null, includes);
        HbResult r = hb(Cases.single("2026-07-01", 30, housing), true, "0", "0");
        assertEquals(Money.of("166.40"), r.award());
        // breakfast only, lone parent and a child of 4, 2024/25: 2 people × £4.30 (Sch 1 para 2(1)(c); rules §2.8) = £8.60 off £200
        var breakfast = new uk.betteroff.kernel.household.Housing(uk.betteroff.kernel.household.Tenure.TEMPORARY, Amount.of("200", Period.WEEK),
                null, 0, null, null, new uk.betteroff.kernel.household.RentIncludes(uk.betteroff.kernel.household.RentIncludes.Meals.BREAKFAST, null));
        var parent = new Household(List.of(Adult.aged(28)), List.of(uk.betteroff.kernel.household.Child.aged(4)), List.of(), Money.ZERO);
        var c = new Circumstances(java.time.LocalDate.parse("2024-07-01"), uk.betteroff.kernel.household.Nation.ENGLAND, null, false, parent, breakfast);
        assertEquals(Money.of("191.40"), hb(c, true, "0", "0").award());
    }
}
