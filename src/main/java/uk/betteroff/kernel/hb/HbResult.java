package uk.betteroff.kernel.hb;

import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.trace.TraceNode;

/** Every intermediate figure of one HB benefit week. {@code passported}: UC was payable, so income counted as nil. */
public record HbResult(Money eligibleRent, Money nonDependantDeductions, Money maximum, boolean passported,
                       Money applicableAmount, Money earningsDisregarded, Money income, Money award,
                       TraceNode trace, List<Assumption> assumptions) {
    public HbResult {
        assumptions = List.copyOf(assumptions);
    }

    public static HbResult none(TraceNode trace) {
        return new HbResult(Money.ZERO, Money.ZERO, Money.ZERO, false, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, trace, List.of());
    }
}
