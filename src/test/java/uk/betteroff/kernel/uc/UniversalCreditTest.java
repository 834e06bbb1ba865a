package uk.betteroff.kernel.uc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.testing.Cases;
import uk.betteroff.testing.TestRates;

/** UC elements one by one, each figure from the published rates (docs/rules/rates-uc-tax.md §1.1) and the regulation cited. */
class UniversalCreditTest {

    private static UcResult uc(Circumstances c, String monthlyEarnings, String childcare) {
        int n = c.household().adults().size();
        List<Money> earnings = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        List<Money> ca = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            earnings.add(i == 0 ? Money.of(monthlyEarnings) : Money.ZERO);
            hours.add(i == 0 && Money.of(monthlyEarnings).isPositive() ? BigDecimal.TEN : BigDecimal.ZERO);
            ca.add(Money.ZERO);
        }
        return UniversalCredit.calculate(new UcInput(c, earnings, hours, ca, Money.of(childcare)), TestRates.at(c.date().toString()));
    }

    private static Adult adult(int age, WorkCapability wc, boolean carer) {
        return new Adult(age, wc, DisabilityBenefit.NONE, carer, List.of());
    }

    @Test
    void standardAllowanceByAgeAndCouple2026() {
        // reg 36: £338.58 single under 25, £424.90 single 25+, £528.34 couple under 25, £666.97 couple one 25+
        assertEquals(Money.of("338.58"), uc(Cases.single("2026-07-01", 24, Cases.owner()), "0", "0").standardAllowance());
        assertEquals(Money.of("424.90"), uc(Cases.single("2026-07-01", 25, Cases.owner()), "0", "0").standardAllowance());
        assertEquals(Money.of("528.34"), uc(Cases.of("2026-07-01", Cases.owner(), List.of(Adult.aged(22), Adult.aged(24)), List.of()), "0", "0").standardAllowance());
        assertEquals(Money.of("666.97"), uc(Cases.of("2026-07-01", Cases.owner(), List.of(Adult.aged(22), Adult.aged(25)), List.of()), "0", "0").standardAllowance());
    }

    @Test
    void rateYearFollowsTheDate() {
        // 2024/25 single 25+ £393.45 (from the AP starting 8 April 2024), 2025/26 £400.14
        assertEquals(Money.of("393.45"), uc(Cases.single("2024-10-01", 30, Cases.owner()), "0", "0").standardAllowance());
        assertEquals(Money.of("400.14"), uc(Cases.single("2025-10-01", 30, Cases.owner()), "0", "0").standardAllowance());
    }

    @Test
    void twoChildLimitBeforeApril2026AndItsAbolition() {
        // 2025/26: three children born after 6 April 2017 → two child elements, 2 × £292.81 = £585.62 (reg 24A)
        var before = Cases.of("2025-10-01", Cases.owner(), List.of(Adult.aged(30)), Cases.children(false, 2, 5, 8));
        UcResult r = uc(before, "0", "0");
        assertEquals(Money.of("585.62"), r.childElements());
        assertTrue(r.assumptions().stream().anyMatch(a -> a.id().equals("uc.two_child_limit")));
        // 2026/27: limit abolished for APs from 6 April 2026 → 3 × £303.94 = £911.82 (Removal of Two Child Limit Act 2026)
        var after = Cases.of("2026-05-01", Cases.owner(), List.of(Adult.aged(30)), Cases.children(false, 2, 5, 8));
        assertEquals(Money.of("911.82"), uc(after, "0", "0").childElements());
    }

    @Test
    void firstChildBornBefore2017GetsTheHigherRate() {
        // 2026/27: £351.88 for a first child born before 6 April 2017 + £303.94 for the next
        var c = Cases.of("2026-07-01", Cases.owner(), List.of(Adult.aged(40)),
                List.of(new Child(12, Child.Disability.NONE, true, Optional.empty()), new Child(6, Child.Disability.NONE, false, Optional.empty())));
        assertEquals(Money.of("655.82"), uc(c, "0", "0").childElements());
    }

    @Test
    void disabledChildAdditions() {
        // £164.79 lower + £514.71 higher (2026/27, reg 36)
        var c = Cases.of("2026-07-01", Cases.owner(), List.of(Adult.aged(40)),
                List.of(new Child(5, Child.Disability.LOWER, false, Optional.empty()), new Child(3, Child.Disability.HIGHER, false, Optional.empty())));
        assertEquals(Money.of("679.50"), uc(c, "0", "0").disabledChildAdditions());
    }

    @Test
    void onlyOneLcwraElementForACoupleAtTheHigherRate() {
        // protected £429.80 vs standard £217.26 (UCA 2025 ss.2-4; reg 27(4))
        var c = Cases.of("2026-07-01", Cases.owner(), List.of(adult(40, WorkCapability.LCWRA, false), adult(41, WorkCapability.LCWRA_PROTECTED, false)), List.of());
        assertEquals(Money.of("429.80"), uc(c, "0", "0").lcwra());
    }

    @Test
    void lcwraTakesPrecedenceOverTheCarerElementForTheSamePerson() {
        // reg 29(4): one person with LCWRA who also cares gets the LCWRA element only (£217.26, 2026/27 standard rate)
        UcResult r = uc(Cases.of("2026-07-01", Cases.owner(), List.of(adult(40, WorkCapability.LCWRA, true)), List.of()), "0", "0");
        assertEquals(Money.of("217.26"), r.lcwra());
        assertEquals(Money.ZERO, r.carer());
        // … but a partner who cares gets the carer element (£209.34) beside the other's LCWRA
        UcResult couple = uc(Cases.of("2026-07-01", Cases.owner(), List.of(adult(40, WorkCapability.LCWRA, false), adult(40, WorkCapability.FIT, true)), List.of()), "0", "0");
        assertEquals(Money.of("209.34"), couple.carer());
    }

    @Test
    void childcareCostsElement85PercentCapped() {
        // lone parent in work, £500 a month childcare: 85% = £425.00 (reg 34); £2,000 → capped at £1,071.09 for one child
        var c = Cases.of("2026-07-01", Cases.owner(), List.of(Adult.aged(30)), Cases.children(false, 3));
        assertEquals(Money.of("425.00"), uc(c, "500", "500").childcare());
        assertEquals(Money.of("1071.09"), uc(c, "500", "2000").childcare());
        // not in work: the work condition fails (reg 32)
        assertEquals(Money.ZERO, uc(c, "0", "500").childcare());
    }

    @Test
    void workAllowanceHigherWithoutHousingCostsLowerWithThem() {
        // reg 22: £710 without a housing element (owner), £427 with one (social rent) — 2026/27
        var owner = Cases.of("2026-07-01", Cases.owner(), List.of(Adult.aged(30)), Cases.children(false, 3));
        assertEquals(Money.of("710"), uc(owner, "1000", "0").workAllowance());
        var renter = Cases.of("2026-07-01", Cases.social("100", 2), List.of(Adult.aged(30)), Cases.children(false, 3));
        assertEquals(Money.of("427"), uc(renter, "1000", "0").workAllowance());
        // no child and no LCW: no work allowance
        assertEquals(Money.ZERO, uc(Cases.single("2026-07-01", 30, Cases.owner()), "1000", "0").workAllowance());
    }

    @Test
    void supportedAccommodationHasNoHousingElementAndTheHigherWorkAllowance() {
        // UC Regs Sch 1 para 3A: no housing costs element; reg 22: higher work allowance £710 for a claimant with LCW
        var c = Cases.of("2026-07-01", Cases.supported("250"), List.of(adult(30, WorkCapability.LCW, false)), List.of());
        UcResult r = uc(c, "0", "0");
        assertEquals(Money.ZERO, r.housing());
        assertEquals(Money.of("710"), uc(c, "800", "0").workAllowance());
    }

    @Test
    void temporaryAccommodationGetsTheLowerWorkAllowance() {
        // UC (Transitional Provisions) Regs 2014 reg 5A: £427
        var c = Cases.of("2026-07-01", new uk.betteroff.kernel.household.Housing(uk.betteroff.kernel.household.Tenure.TEMPORARY,
                Amount.of("300", Period.WEEK), null, 2, null, null), List.of(Adult.aged(30)), Cases.children(false, 4));
        assertEquals(Money.of("427"), uc(c, "800", "0").workAllowance());
        assertEquals(Money.ZERO, uc(c, "800", "0").housing());
    }

    @Test
    void underOccupancyReduction() {
        // single adult in a 2-bedroom social home: one extra bedroom, 14% of £110 × 52/12 = 14% × £476.67 = £66.73 (Sch 4 para 36)
        UcResult r = uc(Cases.single("2026-07-01", 40, Cases.social("110", 2)), "0", "0");
        assertEquals(Money.of("409.94"), r.housing());
        // 3 bedrooms: 25% × £476.67 = £119.17 → £357.50
        assertEquals(Money.of("357.50"), uc(Cases.single("2026-07-01", 40, Cases.social("110", 3)), "0", "0").housing());
    }

    @Test
    void nonDependantHousingCostContribution() {
        // £96.55 a month for a non-dependant aged 21+ (Sch 4 para 14); none under 21 (para 16)
        var h = new Household(List.of(Adult.aged(50)), List.of(), List.of(new NonDependant(23, null, null, false), new NonDependant(19, null, null, false)), Money.ZERO);
        var c = new Circumstances(java.time.LocalDate.parse("2026-07-01"), uk.betteroff.kernel.household.Nation.ENGLAND, null, false, h, Cases.social("110", 3));
        assertEquals(Money.of("380.12"), uc(c, "0", "0").housing()); // 476.67 − 96.55
    }

    @Test
    void capitalTariffIncomeAndLimit() {
        // £7,000: 4 steps of £250 or part above £6,000 × £4.35 = £17.40 (reg 72); 424.90 − 17.40 = £407.50
        var c = new Circumstances(java.time.LocalDate.parse("2026-07-01"), uk.betteroff.kernel.household.Nation.ENGLAND, null, false,
                new Household(List.of(Adult.aged(30)), List.of(), List.of(), Money.of("7000")), Cases.owner());
        assertEquals(Money.of("407.50"), uc(c, "0", "0").award());
        // over £16,000: no UC (reg 18)
        var rich = new Circumstances(c.date(), c.nation(), null, false, new Household(List.of(Adult.aged(30)), List.of(), List.of(), Money.of("16000.01")), Cases.owner());
        assertEquals(Money.ZERO, uc(rich, "0", "0").award());
    }

    @Test
    void earningsDeductionIsRoundedToThePennyBeforeItIsTakenOff() {
        // carer-earnings-limit.yaml, 17 hours: 55% × £936.30 = £514.965 → £514.97 (reg 6(1)), so UC £119.27 not £119.28
        UcResult r = uc(Cases.of("2026-06-01", Cases.owner(), List.of(adult(50, WorkCapability.FIT, true)), List.of()), "936.30", "0");
        assertEquals(Money.of("514.97"), r.earningsDeduction());
        assertEquals(Money.of("119.27"), r.award());
    }

    @Test
    void pensionAgeAndUnder18AreRefusedPlainly() {
        // WRA 2012 s.4(1)(a)-(b): at least 18 and under State Pension age (66: rates pension.state_pension_age)
        Unsupported e = assertThrows(Unsupported.class, () -> uc(Cases.single("2026-07-01", 66, Cases.owner()), "0", "0"));
        assertTrue(e.reason().contains("State Pension age (66)"), e.reason());
        assertEquals(Money.of("424.90"), uc(Cases.single("2026-07-01", 65, Cases.owner()), "0", "0").award());
        Unsupported young = assertThrows(Unsupported.class, () -> uc(Cases.single("2026-07-01", 17, Cases.owner()), "0", "0"));
        assertTrue(young.reason().contains("under 18"), young.reason());
    }
}
