package uk.betteroff.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.tax.IncomeTax;
import uk.betteroff.kernel.tax.NationalInsurance;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcResult;
import uk.betteroff.testing.TestRates;

/** Invariants (docs/style.md habit 10) checked over generated households, hours and pay. */
class KernelPropertiesTest {
    private static final BetterOffCalculator CALC = TestRates.calculator();
    private static final List<String> DATES = List.of("2024-06-01", "2025-06-01", "2026-06-01", "2026-11-22");

    @Provide
    Arbitrary<Circumstances> households() {
        Arbitrary<String> date = Arbitraries.of(DATES);
        Arbitrary<Integer> adults = Arbitraries.integers().between(1, 2);
        Arbitrary<Integer> age = Arbitraries.integers().between(18, 65);
        Arbitrary<WorkCapability> wc = Arbitraries.of(WorkCapability.class);
        Arbitrary<Boolean> carer = Arbitraries.of(true, false);
        Arbitrary<List<Integer>> kids = Arbitraries.integers().between(0, 17).list().ofMaxSize(4);
        Arbitrary<Tenure> tenure = Arbitraries.of(Tenure.SOCIAL, Tenure.PRIVATE, Tenure.SUPPORTED, Tenure.TEMPORARY, Tenure.OWNER);
        Arbitrary<Integer> rent = Arbitraries.integers().between(50, 400);
        return Combinators.combine(date, adults, age, wc, carer, kids, tenure, rent).as((d, n, a, w, c, k, t, r) -> {
            List<Adult> as = n == 1 ? List.of(new Adult(a, w, DisabilityBenefit.NONE, c, List.of()))
                    : List.of(new Adult(a, w, DisabilityBenefit.NONE, c, List.of()), Adult.aged(Math.max(18, a - 3)));
            List<Child> cs = k.stream().map(x -> new Child(x, Child.Disability.NONE, x >= 10, Optional.empty())).toList();
            Housing h = new Housing(t, t == Tenure.OWNER ? null : Amount.of(String.valueOf(r), Period.WEEK), null, 1 + cs.size() / 2,
                    t == Tenure.PRIVATE ? Amount.of("800", Period.MONTH) : null, null);
            return new Circumstances(java.time.LocalDate.parse(d), Nation.ENGLAND, null, false, new Household(as, cs, List.of(), Money.ZERO), h);
        });
    }

    private static Scenario hours(BigDecimal h, String wage) {
        return new Scenario("in work", List.of(new Job(1, h, Optional.of(Money.of(wage)), Optional.empty(), Job.PayFrequency.WEEKLY,
                new Job.Pension.None())), null, null);
    }

    private static ScenarioResult at(Circumstances c, BigDecimal h) {
        return CALC.compare(c, List.of(hours(h, "12.71"))).scenarios().get(0);
    }

    @Property(tries = 150)
    void ucIsNeverNegativeNorAboveItsMaximum(@ForAll("households") Circumstances c, @ForAll @BigRange(min = "0", max = "60") BigDecimal h) {
        ScenarioResult s = at(c, h.setScale(1, java.math.RoundingMode.DOWN));
        Money uc = s.figure(FigureIds.UNIVERSAL_CREDIT).month();
        assertTrue(!uc.isNegative(), "UC negative: " + uc);
        Money max = s.uc().maximum();
        assertTrue(!uc.isGreaterThan(max), "UC " + uc + " above maximum " + max);
    }

    @Property(tries = 100)
    void ucNeverRisesWithEarningsOnceInWork(@ForAll("households") Circumstances c, @ForAll @IntRange(min = 1, max = 50) int h) {
        // Carer's Allowance is lost above its earnings limit and then no longer deducted from UC, so UC can rise for a carer:
        // the property is about earnings alone.
        net.jqwik.api.Assume.that(c.household().adults().stream().noneMatch(Adult::carer));
        // Likewise the benefit cap is lifted once earnings reach 16 hours at the NLW (UC Regs 2013 reg 82(1)(a)), so a capped
        // household's UC can rise at that step.
        net.jqwik.api.Assume.that(at(c, BigDecimal.valueOf(h)).figure(FigureIds.BENEFIT_CAP_REDUCTION).month().isZero());
        Money less = at(c, BigDecimal.valueOf(h)).figure(FigureIds.UNIVERSAL_CREDIT).month();
        Money more = at(c, BigDecimal.valueOf(h + 1)).figure(FigureIds.UNIVERSAL_CREDIT).month();
        assertTrue(!more.isGreaterThan(less), "UC rose from " + less + " to " + more + " going from " + h + " to " + (h + 1) + " hours");
    }

    @Property(tries = 100)
    void hbNeverExceedsEligibleRentAndRentToPayIsNeverNegative(@ForAll("households") Circumstances c, @ForAll @IntRange(min = 0, max = 60) int h) {
        ScenarioResult s = at(c, BigDecimal.valueOf(h));
        Money rent = c.housing().rent().in(Period.WEEK).roundHalfUpToPenny();
        assertTrue(!s.figure(FigureIds.HOUSING_BENEFIT).week().isGreaterThan(rent));
        assertTrue(!s.figure(FigureIds.RENT_TO_PAY).week().isNegative());
    }

    @Property(tries = 300)
    void taxAndNiNeverFallAsPayRises(@ForAll @BigRange(min = "0", max = "200000") BigDecimal pay, @ForAll @BigRange(min = "0", max = "5000") BigDecimal more,
                                      @ForAll Nation nation) {
        RatesAt r = TestRates.at("2026-06-01");
        Money a = Money.of(pay.setScale(2, java.math.RoundingMode.DOWN)), b = a.plus(Money.of(more.setScale(2, java.math.RoundingMode.DOWN)));
        assertTrue(!IncomeTax.forYear(b, nation, r).annualTax().isLessThan(IncomeTax.forYear(a, nation, r).annualTax()));
        Money am = a.dividedBy(12), bm = b.dividedBy(12);
        assertTrue(!NationalInsurance.forPeriod(bm, Job.PayFrequency.MONTHLY, r).build().amount()
                .isLessThan(NationalInsurance.forPeriod(am, Job.PayFrequency.MONTHLY, r).build().amount()));
    }

    @Property(tries = 500)
    void periodConversionsRoundTrip(@ForAll @BigRange(min = "0", max = "100000") BigDecimal amount, @ForAll Period from, @ForAll Period to) {
        net.jqwik.api.Assume.that(from != Period.NONE && to != Period.NONE);
        Money m = Money.of(amount);
        Money back = Periods.convert(Periods.convert(m, from, to), to, from);
        assertTrue(m.minus(back).amount().abs().compareTo(new BigDecimal("1e-25")) < 0, m.amount() + " → " + back.amount());
    }

    @Property(tries = 100)
    void theUcMaximumAmountIsTheSumOfItsElements(@ForAll("households") Circumstances c) {
        ScenarioResult s = CALC.compare(c, List.of()).baseline();
        UcResult uc = s.uc();
        // WRA 2012 s.8(2), UC Regs 2013 reg 23: the standard allowance plus each element the household qualifies for
        Money sum = uc.standardAllowance().plus(uc.childElements()).plus(uc.disabledChildAdditions()).plus(uc.lcwra()).plus(uc.carer())
                .plus(uc.childcare()).plus(uc.housing());
        assertEquals(uc.maximum(), sum);
    }

    @Property(tries = 100)
    void moneyLeftIsTotalIncomeLessHousingCouncilTaxAndWorkCosts(@ForAll("households") Circumstances c, @ForAll @IntRange(min = 0, max = 48) int h) {
        ScenarioResult s = at(c, BigDecimal.valueOf(h));
        Money rent = c.housing().rent().in(Period.WEEK).roundHalfUpToPenny().plus(c.housing().ineligibleCharges().in(Period.WEEK).roundHalfUpToPenny());
        Money expected = s.figure(FigureIds.TOTAL_INCOME).week().minus(rent).minus(s.figure(FigureIds.COUNCIL_TAX_TO_PAY).week())
                .minus(s.figure(FigureIds.WORK_COSTS).week());
        assertEquals(expected, s.figure(FigureIds.MONEY_LEFT).week());
    }

    /** Every trace node that declares itself the sum of its children (UC maximum amount, HB applicable amount, …) is. */
    @Property(tries = 150)
    void everyAdditiveTraceNodeIsTheSumOfItsChildren(@ForAll("households") Circumstances c, @ForAll @IntRange(min = 0, max = 48) int h) {
        ScenarioResult s = at(c, BigDecimal.valueOf(h));
        int[] checked = {0};
        for (var f : s.figures().values()) checkSums(f.trace(), checked);
        assertTrue(checked[0] > 0, "at least the UC maximum amount is additive");
    }

    private static void checkSums(TraceNode n, int[] checked) {
        if (n.sumOfChildren()) {
            Money sum = n.children().stream().map(TraceNode::amount).reduce(Money.ZERO, Money::plus);
            assertEquals(n.amount(), sum, () -> n.id() + ": " + n.working());
            checked[0]++;
        }
        n.children().forEach(x -> checkSums(x, checked));
    }
}
