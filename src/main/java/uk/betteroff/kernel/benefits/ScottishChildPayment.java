package uk.betteroff.kernel.benefits;

import static uk.betteroff.kernel.rates.RateKeys.*;

import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Scottish Child Payment (Scottish Child Payment Regulations 2020, SSI 2020/351 regs 14, 20): a weekly
 * amount for each child under 16 where the household gets a qualifying benefit such as Universal Credit.
 */
public final class ScottishChildPayment {
    private ScottishChildPayment() {}

    /** The payment a week for the household's eligible children (nil outside Scotland or without UC). */
    public record Result(Money weekly, TraceNode trace) {}

    public static Result calculate(Nation nation, Household h, boolean receivesUc, RatesAt r) {
        TraceNode t = explained(nation, h, receivesUc, r);
        return new Result(t.amount(), t);
    }

    private static TraceNode explained(Nation nation, Household h, boolean receivesUc, RatesAt r) {
        TraceNode.Builder t = r.trace("scottish_child_payment", "Scottish Child Payment")
                .law("Scottish Child Payment Regulations 2020 (SSI 2020/351) regs 14, 20");
        if (nation != Nation.SCOTLAND) return t.amount(Money.ZERO, Period.WEEK).working(() -> "Scotland only").build();
        int maxAge = r.whole(SCP_MAX_AGE);
        long eligible = h.children().stream().filter(c -> c.age() < maxAge).count();
        if (eligible == 0) return t.amount(Money.ZERO, Period.WEEK).working(() -> "No child under " + maxAge).build();
        if (!receivesUc)
            return t.amount(Money.ZERO, Period.WEEK).working(() -> "No Universal Credit in payment, so no qualifying benefit").build();
        Money amount = r.money(SCP_PER_CHILD).times(eligible);
        return t.amount(amount, Period.WEEK).rate(r.use(SCP_PER_CHILD)).rate(r.use(SCP_MAX_AGE))
                .working(() -> eligible + " × " + r.money(SCP_PER_CHILD).format() + " = " + amount.format()).build();
    }
}
