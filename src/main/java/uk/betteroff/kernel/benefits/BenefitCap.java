package uk.betteroff.kernel.benefits;

import static uk.betteroff.kernel.rates.RateKeys.*;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcResult;

/**
 * The benefit cap on UC (UC Regs 2013 regs 78-83): welfare benefits above the relevant amount are
 * taken off UC, less any childcare costs element (reg 81), unless the household is exempt (reg 82):
 * earned income of at least 16 hours at the National Living Wage × 52/12, an LCWRA or carer element,
 * Carer's Allowance, or a disability benefit in the household. Housing Benefit for specified or temporary
 * accommodation does not count (reg 79(4)).
 */
public final class BenefitCap {
    private BenefitCap() {}

    public record Result(Money reduction, TraceNode trace) {}

    public static Result apply(Household h, boolean london, UcResult uc, Money monthlyOtherWelfare, String otherWelfareWords,
                               boolean receivesCarersAllowance, RatesAt r) {
        TraceNode.Builder t = r.trace("benefit_cap_reduction", "Benefit cap reduction").law("UC Regs 2013 regs 78-83");
        String exemption = exemption(h, uc, receivesCarersAllowance, r, t);
        if (exemption != null) return new Result(Money.ZERO, t.amount(Money.ZERO, Period.MONTH).working(() -> "Not capped: " + exemption).build());
        boolean family = h.couple() || h.hasChildren();
        var key = london ? (family ? CAP_LONDON_FAMILY : CAP_LONDON_SINGLE) : (family ? CAP_OUTSIDE_LONDON_FAMILY : CAP_OUTSIDE_LONDON_SINGLE);
        Money cap = r.money(key);
        t.rate(r.use(key));
        Money total = uc.award().plus(monthlyOtherWelfare);
        Money excess = total.minus(cap).minus(uc.childcare()).atLeastZero();
        Money reduction = excess.min(uc.award());
        return new Result(reduction, t.amount(reduction, Period.MONTH)
                .working(() -> "UC " + uc.award().format() + (monthlyOtherWelfare.isPositive() ? " + " + otherWelfareWords : "") + " = " + total.format()
                        + "; cap " + cap.format() + (uc.childcare().isPositive() ? "; less childcare element " + uc.childcare().format() + " (reg 81)" : "")
                        + (reduction.isPositive() ? ": reduced by " + reduction.format() : ": under the cap"))
                .build());
    }

    private static String exemption(Household h, UcResult uc, boolean ca, RatesAt r, TraceNode.Builder t) {
        Money threshold = r.money(NMW_NATIONAL_LIVING_WAGE).times(r.number(CAP_EARNINGS_EXEMPTION_HOURS))
                .times(Periods.factor(Period.WEEK, Period.MONTH));
        t.rate(r.use(NMW_NATIONAL_LIVING_WAGE)).rate(r.use(CAP_EARNINGS_EXEMPTION_HOURS));
        if (!uc.earnedIncome().isLessThan(threshold))
            return "earned income " + uc.earnedIncome().format() + " is at least " + r.number(CAP_EARNINGS_EXEMPTION_HOURS).toPlainString()
                    + " hours × " + r.money(NMW_NATIONAL_LIVING_WAGE).format() + " × 52/12 = " + threshold.roundHalfUpToPenny().format() + " (reg 82(1)(a))";
        if (uc.lcwraIncluded()) return "the award includes the LCWRA element (reg 83(1)(a))";
        if (uc.carerIncluded()) return "the award includes the carer element (reg 83(1)(b))";
        if (ca) return "Carer's Allowance is received (reg 83(1)(f))";
        for (Adult a : h.adults()) if (a.disabilityBenefit().any()) return "an adult gets a disability benefit (reg 83(1))";
        for (Child c : h.children()) if (c.disability() != Child.Disability.NONE) return "a child gets a disability benefit (reg 83(1))";
        return null;
    }

}
