package uk.betteroff.kernel.ctr;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The Council Tax Reduction for a week: the reduction (never more than the council tax) and its explanation,
 * from the scheme named by {@code scheme} (empty where there is no council tax to reduce).
 */
public record CtrResult(String scheme, Money weekly, TraceNode trace) {
    public CtrResult {
        if (weekly.isNegative()) throw new IllegalArgumentException("a reduction cannot be negative, got " + weekly);
    }
}
