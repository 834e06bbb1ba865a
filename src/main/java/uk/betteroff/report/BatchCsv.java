package uk.betteroff.report;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.util.List;

import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * The lines of {@code betteroff batch}'s output (docs/design.md "Command line"): {@code id}, then for
 * {@code out_of_work_} and {@code in_work_}: {@code universal_credit_month, housing_benefit_week,
 * council_tax_reduction_week, net_earnings_week, money_left_week}, then {@code better_off_week, error, estimated}.
 * A refused row has its id, empty figures and the reason in {@code error}. A row whose reduction could not be worked
 * out has every other figure, that cell empty, and {@code error} naming the figure and why (money left and better
 * off are then before council tax reduction); {@code estimated} names the figures that are estimates.
 */
public final class BatchCsv {
    /** The column names, in order. */
    public static final List<String> HEADER = List.of("id",
            "out_of_work_universal_credit_month", "out_of_work_housing_benefit_week", "out_of_work_council_tax_reduction_week",
            "out_of_work_net_earnings_week", "out_of_work_money_left_week",
            "in_work_universal_credit_month", "in_work_housing_benefit_week", "in_work_council_tax_reduction_week",
            "in_work_net_earnings_week", "in_work_money_left_week",
            "better_off_week", "error", "estimated");

    private BatchCsv() {}

    public static String header() { return Csv.line(HEADER); }

    /** One answered row. */
    public static void answered(StringBuilder out, String id, Comparison c) {
        Csv.cell(out, id);
        column(out, c.baseline());
        ScenarioResult inWork = c.scenarios().get(0);
        column(out, inWork);
        out.append(',').append(inWork.figure(BETTER_OFF).week().plain()).append(',');
        String notWorkedOut = notWorkedOut(c);
        if (!notWorkedOut.isEmpty()) Csv.cell(out, notWorkedOut);
        out.append(',');
        java.util.Set<String> estimated = new java.util.LinkedHashSet<>();
        for (ScenarioResult s : c.columns()) estimated.addAll(s.estimated());
        if (!estimated.isEmpty()) Csv.cell(out, String.join(";", estimated));
        out.append('\n');
    }

    /** "council_tax_reduction not worked out (out of work and in work): reason; money_left and better_off are before council tax reduction". */
    private static String notWorkedOut(Comparison c) {
        java.util.Map<String, java.util.List<String>> byReason = new java.util.LinkedHashMap<>(); // "id: reason" → columns
        String[] names = {"out of work", "in work"};
        List<ScenarioResult> cols = List.of(c.baseline(), c.scenarios().get(0));
        for (int i = 0; i < cols.size(); i++) {
            String col = names[i];
            cols.get(i).notWorkedOut().forEach((id, why) -> byReason.computeIfAbsent(id + "\u0000" + why, k -> new java.util.ArrayList<>()).add(col));
        }
        if (byReason.isEmpty()) return "";
        List<String> parts = new java.util.ArrayList<>();
        byReason.forEach((key, where) -> {
            String[] idWhy = key.split("\u0000", 2);
            parts.add(idWhy[0] + " not worked out (" + String.join(" and ", where) + "): " + idWhy[1]);
        });
        return String.join("; ", parts) + "; money_left and better_off are " + FigureNotes.before(c.scenarios().get(0).workedWithout(BETTER_OFF));
    }

    /** One refused row: the id, no figures, and why. */
    public static void refused(StringBuilder out, String id, String error) {
        Csv.cell(out, id);
        out.append(",,,,,,,,,,,,");
        Csv.cell(out, error).append(",\n");
    }

    private static void column(StringBuilder out, ScenarioResult r) {
        out.append(',').append(r.figure(UNIVERSAL_CREDIT).month().plain())
                .append(',').append(r.figure(HOUSING_BENEFIT).week().plain())
                .append(',').append(r.find(COUNCIL_TAX_REDUCTION).map(f -> f.week().plain()).orElse(""))
                .append(',').append(r.figure(NET_EARNINGS).week().plain())
                .append(',').append(r.figure(MONEY_LEFT).week().plain());
    }
}
