package uk.betteroff.kernel.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.trace.TraceNode;

/** One column of the comparison: every figure (by id, in display order), the assumptions made, and the whole trace. */
public record ScenarioResult(String name, BigDecimal hours, Map<String, Figure> figures, List<Assumption> assumptions, TraceNode trace) {
    public ScenarioResult {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        assumptions = List.copyOf(assumptions);
    }

    public Figure figure(String id) {
        Figure f = figures.get(id);
        if (f == null) throw new IllegalArgumentException("no figure " + id);
        return f;
    }
}
