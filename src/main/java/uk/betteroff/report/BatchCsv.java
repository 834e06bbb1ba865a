package uk.betteroff.report;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.util.List;

import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * The lines of {@code betteroff batch}'s output (DESIGN.md "Command line"): {@code id}, then for
 * {@code out_of_work_} and {@code in_work_}: {@code universal_credit_month, housing_benefit_week,
 * council_tax_reduction_week, net_earnings_week, money_left_week}, then {@code better_off_week, error}.
 * A refused row has its id, empty figures and the reason in {@code error}.
 */
public final class BatchCsv {
    /** The column names, in order. */
    public static final List<String> HEADER = List.of("id",
            "out_of_work_universal_credit_month", "out_of_work_housing_benefit_week", "out_of_work_council_tax_reduction_week",
            "out_of_work_net_earnings_week", "out_of_work_money_left_week",
            "in_work_universal_credit_month", "in_work_housing_benefit_week", "in_work_council_tax_reduction_week",
            "in_work_net_earnings_week", "in_work_money_left_week",
            "better_off_week", "error");

    private BatchCsv() {}

    public static String header() { return Csv.line(HEADER); }

    /** One answered row. */
    public static void answered(StringBuilder out, String id, Comparison c) {
        Csv.cell(out, id);
        column(out, c.baseline());
        ScenarioResult inWork = c.scenarios().get(0);
        column(out, inWork);
        out.append(',').append(inWork.figure(BETTER_OFF).week().plain()).append(",\n");
    }

    /** One refused row: the id, no figures, and why. */
    public static void refused(StringBuilder out, String id, String error) {
        Csv.cell(out, id);
        out.append(",,,,,,,,,,,,");
        Csv.cell(out, error).append('\n');
    }

    private static void column(StringBuilder out, ScenarioResult r) {
        out.append(',').append(r.figure(UNIVERSAL_CREDIT).month().plain())
                .append(',').append(r.figure(HOUSING_BENEFIT).week().plain())
                .append(',').append(r.figure(COUNCIL_TAX_REDUCTION).week().plain())
                .append(',').append(r.figure(NET_EARNINGS).week().plain())
                .append(',').append(r.figure(MONEY_LEFT).week().plain());
    }
}
