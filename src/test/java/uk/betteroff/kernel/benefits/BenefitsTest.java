package uk.betteroff.kernel.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.testing.Cases;
import uk.betteroff.testing.TestRates;

/** Child Benefit and its charge, Carer's Allowance, the benefit cap's earnings exemption, Scottish Child Payment. */
class BenefitsTest {

    private static Household loneParent(int... childAges) {
        return new Household(List.of(Adult.aged(30)), Cases.children(false, childAges), List.of(), Money.ZERO);
    }

    @Test
    void childBenefitEldestAndOthers() {
        // HMRC rates: 2024/25 £25.60 + 2 × £16.95 = £59.50; 2026/27 £27.05 + £17.90 = £44.95 a week
        assertEquals(Money.of("59.50"), ChildBenefit.calculate(loneParent(2, 5, 9), Money.ZERO, TestRates.at("2024-07-01")).weekly());
        assertEquals(Money.of("44.95"), ChildBenefit.calculate(loneParent(2, 5), Money.ZERO, TestRates.at("2026-07-01")).weekly());
    }

    @Test
    void highIncomeChildBenefitChargeIsOnePercentPer200Pounds() {
        // ITEPA 2003 s.681C: 1% of Child Benefit for each £200 of income over £60,000
        var r = TestRates.at("2026-07-01");
        assertEquals(Money.ZERO, ChildBenefit.calculate(loneParent(3), Money.of("60199"), r).weeklyCharge());     // no whole step
        assertEquals(Money.of("13.53"), ChildBenefit.calculate(loneParent(3), Money.of("70000"), r).weeklyCharge()); // 50% × £27.05 = 13.525
        assertEquals(Money.of("27.05"), ChildBenefit.calculate(loneParent(3), Money.of("95000"), r).weeklyCharge()); // capped at 100%
    }

    @Test
    void carersAllowanceEarningsLimitIsInclusive() {
        // gov.uk Carer's Allowance eligibility: "£204 or less a week" (2026/27, £86.45); 2024/25 £151 limit and £81.90
        Adult carer = new Adult(50, WorkCapability.FIT, DisabilityBenefit.NONE, true, List.of());
        assertEquals(Money.of("86.45"), CarersAllowance.forAdult(0, carer, Money.of("204.00"), TestRates.at("2026-07-01")).weekly());
        assertEquals(Money.ZERO, CarersAllowance.forAdult(0, carer, Money.of("204.01"), TestRates.at("2026-07-01")).weekly());
        assertEquals(Money.of("81.90"), CarersAllowance.forAdult(0, carer, Money.of("151.00"), TestRates.at("2024-07-01")).weekly());
        assertEquals(Money.ZERO, CarersAllowance.forAdult(0, Adult.aged(50), Money.ZERO, TestRates.at("2026-07-01")).weekly());
    }

    @Test
    void earningsOf16HoursAtTheNationalLivingWageLiftTheCap() {
        // UC Regs 2013 reg 82(1)(a): earned income ≥ 16 × £12.71 × 52/12 = £881.23 a month (2026/27) exempts from the cap.
        // Lone parent, four children, private rent £2,000 a month at the LHA rate: far over the £1,835 cap.
        Housing rent = new Housing(Tenure.PRIVATE, Amount.of("2000", Period.MONTH), null, 3, Amount.of("2000", Period.MONTH), null);
        Circumstances c = new Circumstances(LocalDate.parse("2026-07-01"), Nation.ENGLAND, null, false, loneParent(2, 5, 7, 9), rent);
        var calc = TestRates.calculator();
        ScenarioResult out = calc.compare(c, List.of()).baseline();
        assertTrue(out.figure(FigureIds.BENEFIT_CAP_REDUCTION).month().isPositive(), "capped out of work");
        // 15.99 h × £12.71 = £203.23 a week → £880.66 a month: still capped
        ScenarioResult under = calc.compare(c, List.of(Cases.working("15.99 hours", "15.99", "12.71"))).scenarios().get(0);
        assertTrue(under.figure(FigureIds.BENEFIT_CAP_REDUCTION).month().isPositive());
        // 16 h = £203.36 a week → £881.23 a month: exempt
        ScenarioResult at = calc.compare(c, List.of(Cases.working("16 hours", "16", "12.71"))).scenarios().get(0);
        assertEquals(Money.ZERO, at.figure(FigureIds.BENEFIT_CAP_REDUCTION).month());
    }

    @Test
    void scottishChildPaymentForEachChildUnder16WhileOnUc() {
        // SSI 2020/351 reg 20: £28.20 a week (2026/27), £26.70 (2024/25), children under 16, UC a qualifying benefit
        Household h = loneParent(4, 17);
        assertEquals(Money.of("28.20"), ScottishChildPayment.calculate(Nation.SCOTLAND, h, true, TestRates.at("2026-07-01")).weekly());
        assertEquals(Money.of("26.70"), ScottishChildPayment.calculate(Nation.SCOTLAND, h, true, TestRates.at("2024-07-01")).weekly());
        assertEquals(Money.ZERO, ScottishChildPayment.calculate(Nation.SCOTLAND, h, false, TestRates.at("2026-07-01")).weekly());
        assertEquals(Money.ZERO, ScottishChildPayment.calculate(Nation.ENGLAND, h, true, TestRates.at("2026-07-01")).weekly());
    }
}
