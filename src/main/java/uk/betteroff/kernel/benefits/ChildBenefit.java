package uk.betteroff.kernel.benefits;

import static uk.betteroff.kernel.rates.RateKeys.*;

import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Child Benefit (SSCBA 1992 s.145A; Child Benefit (Rates) Regs 2006 reg 2) and the High Income Child
 * Benefit Charge (ITEPA 2003 s.681C), worked on the higher earner's adjusted net income.
 */
public final class ChildBenefit {
    private ChildBenefit() {}

    public record Result(Money weekly, Money weeklyCharge, TraceNode trace) {}

    /** @param highestAnnualIncome the highest adjusted net income of either adult for the year */
    public static Result calculate(Household h, Money highestAnnualIncome, RatesAt r) {
        TraceNode.Builder t = r.trace("child_benefit", "Child Benefit")
                .law("Social Security Contributions and Benefits Act 1992 s.145A", "Child Benefit (Rates) Regulations 2006 reg 2");
        int n = h.children().size();
        if (n == 0) return new Result(Money.ZERO, Money.ZERO, t.amount(Money.ZERO, Period.WEEK).working(() -> "No children").build());
        Money eldest = r.money(CB_ELDEST);
        Money others = r.money(CB_OTHER).times(n - 1);
        Money cb = eldest.plus(others);
        t.rate(r.use(CB_ELDEST)).rate(r.use(CB_OTHER))
                .working(() -> "Eldest child " + eldest.format() + (n > 1 ? " + " + (n - 1) + " × " + r.money(CB_OTHER).format() : "") + " = " + cb.format());
        Money charge = Money.ZERO;
        Money threshold = r.money(HICBC_THRESHOLD);
        if (highestAnnualIncome.isGreaterThan(threshold)) {
            long steps = highestAnnualIncome.minus(threshold).amount().divideToIntegralValue(r.money(HICBC_STEP).amount()).longValue();
            java.math.BigDecimal share = r.rate(HICBC_SHARE_PER_STEP).fraction().multiply(java.math.BigDecimal.valueOf(steps)).min(java.math.BigDecimal.ONE);
            charge = cb.times(share).roundHalfUpToPenny();
            t.child(r.trace("high_income_child_benefit_charge", "High Income Child Benefit Charge").amount(charge, Period.WEEK)
                    .working(() -> share.movePointRight(2).stripTrailingZeros().toPlainString() + "% of " + cb.format() + " (income "
                            + highestAnnualIncome.format() + " is over " + threshold.format() + ")")
                    .law("Income Tax (Earnings and Pensions) Act 2003 s.681C")
                    .rate(r.use(HICBC_THRESHOLD)).rate(r.use(HICBC_STEP)).rate(r.use(HICBC_SHARE_PER_STEP)).build());
        }
        return new Result(cb, charge, t.amount(cb, Period.WEEK).build());
    }
}
