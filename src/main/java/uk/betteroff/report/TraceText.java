package uk.betteroff.report;

import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.trace.TraceNode;

/** Renders the trace tree as indented plain text ({@code calc --explain}, the adviser print-out). */
public final class TraceText {
    private TraceText() {}

    public static String render(Comparison c) {
        StringBuilder sb = new StringBuilder();
        for (ScenarioResult s : c.columns()) {
            sb.append("=== ").append(s.name()).append(" ===\n");
            for (TraceNode n : s.trace().children()) append(sb, n, 0);
            List<Assumption> as = s.assumptions();
            if (!as.isEmpty()) {
                sb.append("Assumptions:\n");
                for (Assumption a : as) sb.append("  - ").append(a.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static String render(TraceNode n) {
        StringBuilder sb = new StringBuilder();
        append(sb, n, 0);
        return sb.toString();
    }

    private static void append(StringBuilder sb, TraceNode n, int depth) {
        String pad = "  ".repeat(depth);
        sb.append(pad).append(n.label()).append(" [").append(n.id()).append("]");
        if (n.period() != Period.NONE) sb.append(": ").append(n.amount().format()).append(' ').append(n.period().perWords());
        sb.append('\n');
        if (!n.working().isEmpty()) sb.append(pad).append("    ").append(n.working()).append('\n');
        if (!n.law().isEmpty()) sb.append(pad).append("    Law: ").append(String.join("; ", n.law())).append('\n');
        for (TraceNode.RateUse r : n.rates())
            sb.append(pad).append("    Rate: ").append(r.id()).append(" = ").append(r.display()).append(" (").append(r.source())
                    .append(r.refs().isEmpty() ? "" : "; " + String.join(", ", r.refs())).append(")\n");
        for (TraceNode c : n.children()) append(sb, c, depth + 1);
    }
}
