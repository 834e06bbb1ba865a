package uk.betteroff.kernel.benefits;

import static uk.betteroff.kernel.rates.RateKeys.*;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Carer's Allowance for one adult who cares 35+ hours a week for someone getting a qualifying
 * disability benefit (SSCBA 1992 s.70): the weekly rate, lost in any week whose earnings (net of tax, NI
 * and half of pension contributions) exceed the limit (SS (Invalid Care Allowance) Regs 1976 reg 8;
 * SS Benefit (Computation of Earnings) Regs 1996). Overlaps with new-style JSA or ESA: only the excess
 * of CA over them is paid (SS (Overlapping Benefits) Regs 1979).
 */
public final class CarersAllowance {
    private CarersAllowance() {}

    /** One adult's Carer's Allowance a week (nil for one who is not a carer or earns over the limit). */
    public record Result(Money weekly, TraceNode trace) {
        static Result of(TraceNode t) { return new Result(t.amount(), t); }
    }

    /** @param weeklyNetEarnings the adult's net earnings a week as the CA rules count them */
    public static Result forAdult(int index, Adult adult, Money weeklyNetEarnings, RatesAt r) {
        return Result.of(explained(index, adult, weeklyNetEarnings, r));
    }

    private static TraceNode explained(int index, Adult adult, Money weeklyNetEarnings, RatesAt r) {
        TraceNode.Builder t = r.trace("carers_allowance", "Carer's Allowance, adult " + (index + 1))
                .law("Social Security Contributions and Benefits Act 1992 s.70", "Social Security (Invalid Care Allowance) Regulations 1976 reg 8");
        if (!adult.carer()) return t.amount(Money.ZERO, Period.WEEK).working(() -> "Not a carer").build();
        Money rate = r.money(CA_WEEKLY_RATE);
        Money limit = r.money(CA_EARNINGS_LIMIT);
        t.rate(r.use(CA_WEEKLY_RATE)).rate(r.use(CA_EARNINGS_LIMIT)).rate(r.use(CA_PENSION_SHARE_DEDUCTED));
        if (weeklyNetEarnings.isGreaterThan(limit))
            return t.amount(Money.ZERO, Period.WEEK).working(() -> "Earnings of " + weeklyNetEarnings.format() + " a week are over the "
                    + limit.format() + " limit: no Carer's Allowance (the UC carer element is kept)").build();
        Money overlap = Money.ZERO;
        for (UnearnedIncome u : adult.unearnedIncome()) {
            if (u.type() == UnearnedIncome.Type.NEW_STYLE_ESA || u.type() == UnearnedIncome.Type.NEW_STYLE_JSA)
                overlap = overlap.plus(u.amount().toPenny(Period.WEEK));
        }
        Money paid = rate.minus(overlap).atLeastZero();
        String working = "Earnings of " + weeklyNetEarnings.format() + " a week are within the " + limit.format() + " limit: " + rate.format();
        if (overlap.isPositive()) {
            t.law("Social Security (Overlapping Benefits) Regulations 1979 reg 4");
            working += " less overlapping new-style JSA/ESA " + overlap.format() + " = " + paid.format();
        }
        return t.amount(paid, Period.WEEK).working(working).build();
    }
}
