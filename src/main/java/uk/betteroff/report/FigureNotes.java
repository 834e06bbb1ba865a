package uk.betteroff.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * What the figures of a comparison are beside being worked out: a figure not worked out (with its reason), the
 * totals worked without it ("before council tax reduction"), estimates and figures the adviser entered. Said in
 * words under a table or a print-out, the same in each, so no missing figure reads as £0 and no estimate as the
 * council's own figure (issue 14 items 2 and 5).
 */
public final class FigureNotes {
    private FigureNotes() {}

    /** The figure's words in these notes: "council tax reduction" for {@code council_tax_reduction}. */
    public static String words(String id) { return id.replace('_', ' '); }

    /** The short mark a cell carries beside its amount: "estimate", "entered", "before CTR"-style, or "". */
    public static String mark(ScenarioResult s, String id) {
        if (s.estimated().contains(id)) return "estimate";
        if (s.entered().contains(id)) return "entered";
        if (!s.workedWithout(id).isEmpty()) return "*";
        return "";
    }

    /**
     * A table cell: the amount with its mark ("£11.18 estimate", "£5.00 entered", "£47.00*" for a total worked without a
     * missing figure), or "not worked out" in place of a missing figure.
     */
    public static String cell(ScenarioResult s, String id, java.util.function.Function<uk.betteroff.kernel.money.Money, String> money,
                              uk.betteroff.kernel.money.Period period) {
        var f = s.find(id);
        if (f.isEmpty()) return "not worked out";
        String mark = mark(s, id);
        String amount = money.apply(f.get().in(period));
        return mark.isEmpty() ? amount : mark.equals("*") ? amount + "*" : amount + " " + mark;
    }

    /**
     * For a resident's summary, which shows council tax to pay and money left but not the reduction itself: "*" where
     * they rest on a reduction that is estimated, entered or not worked out (the notes under the table say which).
     */
    public static String restsOnTheReduction(ScenarioResult s) {
        return !s.estimated().isEmpty() || !s.entered().isEmpty() || !s.notWorkedOut().isEmpty() ? "*" : "";
    }

    /** "before council tax reduction" for the figures a total was worked without. */
    public static String before(List<String> missing) {
        return "before " + String.join(" and ", missing.stream().map(FigureNotes::words).toList());
    }

    /** The notes for the whole comparison, one line each; empty when every figure was worked out by the rules. */
    public static List<String> lines(Comparison c) {
        List<String> lines = new ArrayList<>();
        Map<String, Set<String>> reasons = new LinkedHashMap<>();       // "figure: reason" → columns
        Map<String, Set<String>> before = new LinkedHashMap<>();        // "figure ids: before …" → columns
        Map<String, Set<String>> estimated = new LinkedHashMap<>(), entered = new LinkedHashMap<>();
        for (ScenarioResult s : c.columns()) {
            s.notWorkedOut().forEach((id, why) -> reasons.computeIfAbsent(words(id) + " not worked out: " + why, k -> new LinkedHashSet<>()).add(s.name()));
            Map<List<String>, List<String>> byMissing = new LinkedHashMap<>();
            for (String id : List.of("council_tax_to_pay", "money_left", "better_off"))
                if (!s.workedWithout(id).isEmpty()) byMissing.computeIfAbsent(s.workedWithout(id), k -> new ArrayList<>()).add(words(id));
            byMissing.forEach((missing, ids) -> before.computeIfAbsent("* " + String.join(", ", ids) + " are " + before(missing) + ", never as if it were £0",
                    k -> new LinkedHashSet<>()).add(s.name()));
            s.estimated().forEach(id -> estimated.computeIfAbsent(words(id) + " is an estimate: the council's own scheme is not in the rates, so it is worked "
                    + "on the pattern of England's Default Scheme (SI 2012/2886) with the adviser's maximum and taper", k -> new LinkedHashSet<>()).add(s.name()));
            s.entered().forEach(id -> entered.computeIfAbsent(words(id) + " is as entered by the adviser (award letter or the council's calculator), "
                    + "not worked out here", k -> new LinkedHashSet<>()).add(s.name()));
        }
        for (var m : List.of(reasons, before, estimated, entered))
            m.forEach((text, cols) -> lines.add(text + " (" + String.join(", ", cols.stream().map(n -> "\"" + n + "\"").toList()) + ")"));
        return lines;
    }
}
