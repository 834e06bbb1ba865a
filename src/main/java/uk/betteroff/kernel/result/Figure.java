package uk.betteroff.kernel.result;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.trace.TraceNode;

/** One result figure, both weekly and monthly: the scheme's own period exact, the other converted and rounded. */
public record Figure(String id, Money week, Money month, Period own, TraceNode trace) {
    public Money in(Period p) {
        return switch (p) {
            case WEEK -> week;
            case MONTH -> month;
            default -> throw new IllegalArgumentException("figures are weekly or monthly");
        };
    }
}
