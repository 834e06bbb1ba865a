package uk.betteroff.kernel.result;

import java.util.Objects;
import java.util.function.Supplier;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * One result figure, both weekly and monthly: the scheme's own period exact, the other converted and rounded.
 * Its explanation ({@link #trace()}) is for people only and is made the first time it is asked for; no
 * calculation reads it. A figure calculated without explanations (a batch run) has none to give.
 */
public final class Figure {
    private final String id;
    private final Money week;
    private final Money month;
    private final Period own;
    private final Supplier<TraceNode> explain;
    private volatile TraceNode trace;

    public Figure(String id, Money week, Money month, Period own, Supplier<TraceNode> explain) {
        this.id = Objects.requireNonNull(id);
        this.week = Objects.requireNonNull(week);
        this.month = Objects.requireNonNull(month);
        this.own = Objects.requireNonNull(own);
        this.explain = Objects.requireNonNull(explain);
    }

    public Figure(String id, Money week, Money month, Period own, TraceNode trace) {
        this(id, week, month, own, () -> trace);
        this.trace = Objects.requireNonNull(trace);
    }

    /** A weekly figure; the month is the week × 52/12 to the penny (docs/design.md). */
    public static Figure weekly(String id, Money week, Supplier<TraceNode> explain) {
        return new Figure(id, week, Periods.toPenny(week, Period.WEEK, Period.MONTH), Period.WEEK, explain);
    }

    /** A monthly figure; the week is the month × 12/52 to the penny. */
    public static Figure monthly(String id, Money month, Supplier<TraceNode> explain) {
        return new Figure(id, Periods.toPenny(month, Period.MONTH, Period.WEEK), month, Period.MONTH, explain);
    }

    /** The explanation of a figure calculated without explanations: there is none, and asking for it is a mistake. */
    public static Supplier<TraceNode> notExplained(String id) {
        return () -> {
            throw new IllegalStateException("\"" + id + "\" was calculated without its explanation (BetterOffCalculator.withoutExplanations)");
        };
    }

    public String id() { return id; }

    public Money week() { return week; }

    public Money month() { return month; }

    /** The period the figure was worked in; the other is converted from it. */
    public Period own() { return own; }

    public Money in(Period p) {
        return switch (p) {
            case WEEK -> week;
            case MONTH -> month;
            default -> throw new IllegalArgumentException("figures are weekly or monthly");
        };
    }

    /** How the figure was worked, for people (made once, when first asked for; the same tree each time). */
    public TraceNode trace() {
        TraceNode t = trace;
        if (t == null) {
            t = explain.get(); // building is deterministic, so two threads racing here build equal trees
            trace = t;
        }
        return t;
    }

    /** Figures are equal when their id and amounts are; the explanation is not part of the figure. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && id.equals(f.id) && week.equals(f.week) && month.equals(f.month) && own == f.own;
    }

    @Override
    public int hashCode() { return Objects.hash(id, week, month, own); }

    @Override
    public String toString() { return "Figure[" + id + ": " + week.plain() + " a week, " + month.plain() + " a month]"; }
}
