package uk.betteroff.kernel.result;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.benefits.BenefitCap;
import uk.betteroff.kernel.ctr.CtrResult;
import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.tax.Pay;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcResult;

/**
 * One column of the comparison: every figure (by id, in display order), the assumptions made, each scheme's
 * own result with its intermediate figures ({@link #schemes()}, what logic reads), and the whole trace (for
 * people; made the first time it is asked for). A figure that could not be worked out (a Council Tax Reduction the
 * council's scheme does not model) is absent with its reason ({@link #notWorkedOut()}), and the totals worked
 * without it say so ({@link #workedWithout}); the estimated and entered figures are named too.
 */
public final class ScenarioResult {
    private final String name;
    private final BigDecimal hours;
    private final Map<String, Figure> figures;
    private final List<Assumption> assumptions;
    private final SchemeResults schemes;
    private final Supplier<TraceNode> explain;
    private final Map<String, String> notWorkedOut;
    private final Map<String, List<String>> workedWithout;
    private volatile TraceNode trace;

    public ScenarioResult(String name, BigDecimal hours, Map<String, Figure> figures, List<Assumption> assumptions,
                          SchemeResults schemes, Supplier<TraceNode> explain) {
        this(name, hours, figures, assumptions, schemes, explain, Map.of(), Map.of());
    }

    /**
     * @param notWorkedOut  each figure that could not be worked out (and so is not in {@code figures}) → the reason
     * @param workedWithout each figure worked without one that is missing (here or, for better off, in the baseline) → those
     *                      missing figures' ids: "before council tax reduction"
     */
    public ScenarioResult(String name, BigDecimal hours, Map<String, Figure> figures, List<Assumption> assumptions,
                          SchemeResults schemes, Supplier<TraceNode> explain, Map<String, String> notWorkedOut,
                          Map<String, List<String>> workedWithout) {
        this.notWorkedOut = Collections.unmodifiableMap(new LinkedHashMap<>(notWorkedOut));
        Map<String, List<String>> without = new LinkedHashMap<>();
        workedWithout.forEach((k, v) -> without.put(k, List.copyOf(v)));
        this.workedWithout = Collections.unmodifiableMap(without);
        for (String id : notWorkedOut.keySet())
            if (figures.containsKey(id)) throw new IllegalArgumentException(id + " is both worked out and not");
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

    /**
     * The figure; one that could not be worked out is refused with its reason ({@link Unsupported}), so logic that
     * needs it (a sweep over hours) is refused as a whole rather than reading it as nil.
     */
    public Figure figure(String id) {
        Figure f = figures.get(id);
        if (f != null) return f;
        String why = notWorkedOut.get(id);
        if (why != null) throw new Unsupported(why);
        throw new IllegalArgumentException("no figure " + id);
    }

    /** The figure, or empty where it could not be worked out ({@link #notWorkedOut()}). */
    public Optional<Figure> find(String id) {
        Optional<Figure> f = Optional.ofNullable(figures.get(id));
        if (f.isEmpty() && !notWorkedOut.containsKey(id)) throw new IllegalArgumentException("no figure " + id);
        return f;
    }

    /** Each figure that could not be worked out → the reason, in display order; empty when every figure was. */
    public Map<String, String> notWorkedOut() { return notWorkedOut; }

    /**
     * The figures a total was worked without: for money left "council_tax_reduction" when that is not worked out (the
     * total is then "before council tax reduction"), for better off also the baseline's. Empty for a complete figure.
     */
    public List<String> workedWithout(String id) { return workedWithout.getOrDefault(id, List.of()); }

    /** The figures that are estimates (a Council Tax Reduction on the Default Scheme's pattern), by id. */
    public List<String> estimated() {
        return schemes.ctr().basis() == CtrResult.Basis.ESTIMATED ? List.of(FigureIds.COUNCIL_TAX_REDUCTION) : List.of();
    }

    /** The figures the adviser entered rather than worked out here, by id. */
    public List<String> entered() {
        return schemes.ctr().basis() == CtrResult.Basis.ENTERED ? List.of(FigureIds.COUNCIL_TAX_REDUCTION) : List.of();
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
                && assumptions.equals(r.assumptions) && notWorkedOut.equals(r.notWorkedOut);
    }

    @Override
    public int hashCode() { return Objects.hash(name, hours.stripTrailingZeros(), figures, assumptions); }

    @Override
    public String toString() { return "ScenarioResult[" + name + ", " + figures.values() + "]"; }
}
