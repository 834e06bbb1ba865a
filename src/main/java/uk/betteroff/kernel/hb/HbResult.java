package uk.betteroff.kernel.hb;

import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Every intermediate figure of one HB benefit week. {@code passported}: UC was payable, so income counted as nil;
 * {@code meansTested}: HB's own means test was applied (no UC, capital within the limit), so the applicable amount,
 * the earnings disregarded (with the para 17 additional disregard and the childcare charges within it) and the
 * income counted are its figures; otherwise they are nil.
 */
public record HbResult(Money eligibleRent, Money nonDependantDeductions, Money maximum, boolean passported, boolean meansTested,
                       Money applicableAmount, Money earningsDisregarded, Money additionalDisregard, Money childcareDisregard,
                       Money income, Money award, TraceNode trace, List<Assumption> assumptions) {
    public HbResult {
        assumptions = List.copyOf(assumptions);
    }

    /** No HB: the rent is not met by Housing Benefit (the tenure is not one HB pays for alongside UC). */
    public static HbResult none(TraceNode trace) {
        return new HbResult(Money.ZERO, Money.ZERO, Money.ZERO, false, false, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, trace, List.of());
    }

    /** Without the means test: passported to the maximum by UC, or nil for capital over the limit. */
    static HbResult withoutMeansTest(Money rent, Money nonDeps, Money maximum, boolean passported, Money award, TraceNode trace,
                                     List<Assumption> assumptions) {
        return new HbResult(rent, nonDeps, maximum, passported, false, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, award,
                trace, assumptions);
    }
}
