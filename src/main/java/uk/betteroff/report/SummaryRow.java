package uk.betteroff.report;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * A row of the adviser's comparison tables: a label people read and an amount per column. The rows add up as the
 * award is made: UC's elements — every one in any column's award (standard allowance, child elements, LCWRA, carer,
 * childcare, housing costs, …) — less unearned income, the earnings deduction and the benefit cap, give UC; total
 * income less the rent and charges, council tax to pay and work costs gives money left; the rent splits into what
 * Housing Benefit and UC's housing costs element pay towards it and what is left to pay. Rows nil in every column are
 * left out, except those the sums stand on.
 *
 * A figure not worked out (a Council Tax Reduction the council's scheme does not model) has no amount in its column and
 * reads "not worked out"; an estimated or entered one, and a total worked without a missing figure, carry their mark
 * ({@link FigureNotes#mark}).
 *
 * @param values the amount per column, null where the figure is not worked out
 * @param marks  per column: "", "estimate", "entered", or "*" (before a figure not worked out)
 * @param total  the bottom lines (money left, better off), in bold
 * @param detail a part of the row above it (UC's elements, who pays the rent), indented
 */
record SummaryRow(String label, List<Money> values, List<String> marks, boolean total, boolean detail) {
    /** The column's cell: the amount and its mark, or "not worked out". */
    String cell(int column, Function<Money, String> money) {
        Money v = values.get(column);
        if (v == null) return "not worked out";
        String mark = marks.get(column);
        return mark.isEmpty() ? money.apply(v) : mark.equals("*") ? money.apply(v) + "*" : money.apply(v) + " " + mark;
    }

    /** The trace step whose children are the elements of UC's maximum amount (UC Regs 2013 reg 23). */
    private static final String UC_MAXIMUM = "uc.maximum_amount";
    private static final String UC_UNEARNED = "uc.unearned_income";

    static List<SummaryRow> of(Comparison c, Period p, ReportText t) {
        List<ScenarioResult> cols = c.columns();
        Rows rows = new Rows(cols, p, t);
        rows.figure(GROSS_EARNINGS, false);
        rows.figure(INCOME_TAX, false);
        rows.figure(NATIONAL_INSURANCE, false);
        rows.figure(PENSION_CONTRIBUTION, false);
        rows.figure(NET_EARNINGS, true);
        for (Map.Entry<String, String> e : ucElements(cols).entrySet()) {
            String id = e.getKey();
            String label = t.has("figure." + id) ? t.figure(id) : e.getValue();
            rows.add(label, s -> ucStep(s, id, p), false, true, false);
        }
        rows.add(t.format("adviser.less", t.get("adviser.uc_unearned_income")), s -> ucStep(s, UC_UNEARNED, p), false, true, false);
        rows.add(t.format("adviser.less", t.figure(UC_EARNINGS_DEDUCTION)), s -> s.figure(UC_EARNINGS_DEDUCTION).in(p), false, true, false);
        rows.add(t.format("adviser.less", t.figure(BENEFIT_CAP_REDUCTION)), s -> s.figure(BENEFIT_CAP_REDUCTION).in(p), false, true, false);
        rows.figure(UNIVERSAL_CREDIT, true);
        // a threshold inside the taper, not an amount of the award: after UC, so the lines above it add up to UC
        rows.add(t.get("adviser.uc_work_allowance"), s -> s.figure(UC_WORK_ALLOWANCE).in(p), false, true, false);
        rows.figure(HOUSING_BENEFIT, true);
        for (String id : List.of(COUNCIL_TAX_REDUCTION, CHILD_BENEFIT, CARERS_ALLOWANCE, SCOTTISH_CHILD_PAYMENT, OTHER_INCOME)) rows.figure(id, false);
        rows.figure(TOTAL_INCOME, true);
        rows.add(t.get("adviser.rent_and_charges"), s -> RentParts.of(s, p).rentAndCharges(), false, false, false);
        rows.add(t.get("adviser.rent_from_housing_benefit"), s -> RentParts.of(s, p).housingBenefit(), false, true, false);
        rows.add(t.get("adviser.rent_from_uc"), s -> RentParts.of(s, p).ucHousingCosts(), false, true, false);
        rows.add(t.get("adviser.rent_you_pay"), s -> s.figure(RENT_TO_PAY).in(p), true, true, false);
        rows.figure(COUNCIL_TAX_TO_PAY, true);
        rows.figure(WORK_COSTS, false);
        rows.figure(MONEY_LEFT, true);
        rows.figure(BETTER_OFF, true);
        return rows.out;
    }

    /** The elements of UC's maximum amount found in any column, in the order the award lists them: id → label. */
    private static Map<String, String> ucElements(List<ScenarioResult> cols) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ScenarioResult s : cols)
            s.figure(UNIVERSAL_CREDIT).trace().find(UC_MAXIMUM).ifPresent(max -> {
                for (TraceNode n : max.children()) out.putIfAbsent(n.id(), n.label());
            });
        return out;
    }

    /** A step of the column's UC award in period {@code p} (UC's own steps are monthly: a week is × 12 ÷ 52); nil when absent. */
    private static Money ucStep(ScenarioResult s, String id, Period p) {
        Optional<TraceNode> n = s.figure(UNIVERSAL_CREDIT).trace().find(id);
        if (n.isEmpty() || n.get().period() == Period.NONE) return Money.ZERO;
        TraceNode step = n.get();
        return step.period() == p ? step.amount() : Periods.convert(step.amount(), step.period(), p).roundHalfUpToPenny();
    }

    private static final class Rows {
        final List<SummaryRow> out = new ArrayList<>();
        final List<ScenarioResult> cols;
        final Period p;
        final ReportText t;

        Rows(List<ScenarioResult> cols, Period p, ReportText t) {
            this.cols = cols;
            this.p = p;
            this.t = t;
        }

        void figure(String id, boolean always) {
            List<Money> values = new ArrayList<>();
            for (ScenarioResult s : cols) values.add(s.find(id).map(f -> f.in(p)).orElse(null));
            List<String> marks = cols.stream().map(s -> FigureNotes.mark(s, id)).toList();
            if (always || values.stream().anyMatch(m -> m == null || !m.isZero()))
                out.add(new SummaryRow(t.figure(id), java.util.Collections.unmodifiableList(values), marks, id.equals(MONEY_LEFT) || id.equals(BETTER_OFF), false));
        }

        void add(String label, Function<ScenarioResult, Money> value, boolean always, boolean detail, boolean total) {
            List<Money> values = cols.stream().map(value).toList();
            List<String> marks = cols.stream().map(s -> "").toList();
            if (always || values.stream().anyMatch(m -> !m.isZero())) out.add(new SummaryRow(label, values, marks, total, detail));
        }
    }
}
