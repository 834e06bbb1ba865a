package uk.betteroff.kernel.result;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.benefits.BenefitCap;
import uk.betteroff.kernel.ctr.CtrResult;
import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.tax.Pay;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcResult;

/**
 * One column of the comparison: every figure (by id, in display order), the assumptions made, each scheme's
 * own result with its intermediate figures ({@link #schemes()}, what logic reads), and the whole trace (for
 * people; made the first time it is asked for).
 */
public final class ScenarioResult {
    private final String name;
    private final BigDecimal hours;
    private final Map<String, Figure> figures;
    private final List<Assumption> assumptions;
    private final SchemeResults schemes;
    private final Supplier<TraceNode> explain;
    private volatile TraceNode trace;

    public ScenarioResult(String name, BigDecimal hours, Map<String, Figure> figures, List<Assumption> assumptions,
                          SchemeResults schemes, Supplier<TraceNode> explain) {
        this.name = Objects.requireNonNull(name);
        this.hours = Objects.requireNonNull(hours);
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        this.assumptions = List.copyOf(assumptions);
        this.schemes = Objects.requireNonNull(schemes);
        this.explain = Objects.requireNonNull(explain);
    }

    public String name() { return name; }

    /** The hours of all the scenario's jobs together. */
    public BigDecimal hours() { return hours; }

    public Map<String, Figure> figures() { return figures; }

    public List<Assumption> assumptions() { return assumptions; }

    public SchemeResults schemes() { return schemes; }

    public Pay pay() { return schemes.pay(); }

    public UcResult uc() { return schemes.uc(); }

    public BenefitCap.Result benefitCap() { return schemes.benefitCap(); }

    public HbResult hb() { return schemes.hb(); }

    public CtrResult ctr() { return schemes.ctr(); }

    public Figure figure(String id) {
        Figure f = figures.get(id);
        if (f == null) throw new IllegalArgumentException("no figure " + id);
        return f;
    }

    /** The whole explanation: one node per figure, in display order (for people only). */
    public TraceNode trace() {
        TraceNode t = trace;
        if (t == null) {
            t = explain.get();
            trace = t;
        }
        return t;
    }

    /** Columns are equal when they say the same: name, hours, every figure and the assumptions (not how they were explained). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioResult r && name.equals(r.name) && hours.compareTo(r.hours) == 0 && figures.equals(r.figures)
                && assumptions.equals(r.assumptions);
    }

    @Override
    public int hashCode() { return Objects.hash(name, hours.stripTrailingZeros(), figures, assumptions); }

    @Override
    public String toString() { return "ScenarioResult[" + name + ", " + figures.values() + "]"; }
}
