package uk.betteroff.kernel.ctr;

import java.util.Objects;
import java.util.Optional;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The Council Tax Reduction for a week: the reduction (never more than the council tax) and its explanation,
 * from the scheme named by {@code scheme} (empty where there is no council tax to reduce), and how it was found:
 * worked out by the council's own scheme, estimated on the pattern of the English Default Scheme, entered by the
 * adviser, or not worked out at all (then {@code weekly} is nil only as a placeholder that no total reads, and
 * {@code reason} says why).
 */
public record CtrResult(String scheme, Money weekly, TraceNode trace, Basis basis, Optional<String> reason) {
    /** How the reduction was found. */
    public enum Basis { CALCULATED, ESTIMATED, ENTERED, NOT_WORKED_OUT }

    public CtrResult {
        Objects.requireNonNull(basis);
        Objects.requireNonNull(reason);
        if (weekly.isNegative()) throw new IllegalArgumentException("a reduction cannot be negative, got " + weekly);
        if ((basis == Basis.NOT_WORKED_OUT) != reason.isPresent())
            throw new IllegalArgumentException("a reason is given exactly when the reduction is not worked out");
    }

    /** A reduction worked out by the council's (or nation's) own scheme. */
    public CtrResult(String scheme, Money weekly, TraceNode trace) { this(scheme, weekly, trace, Basis.CALCULATED, Optional.empty()); }

    /** A reduction that could not be worked out, with the reason a person can read. */
    public static CtrResult notWorkedOut(String scheme, String reason, TraceNode trace) {
        return new CtrResult(scheme, Money.ZERO, trace, Basis.NOT_WORKED_OUT, Optional.of(reason));
    }

    public boolean workedOut() { return basis != Basis.NOT_WORKED_OUT; }
}
