package uk.betteroff.report;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;

/** The side-by-side comparison as a plain-text table (the default {@code calc} output). */
public final class ComparisonTable {
    private ComparisonTable() {}

    public static String render(String name, Comparison c, Period period) {
        List<ScenarioResult> cols = c.columns();
        int labelWidth = FigureIds.ALL.stream().mapToInt(String::length).max().orElse(20) + 2;
        List<String> lines = new ArrayList<>();
        lines.add(name + " — " + c.date() + " (tax year " + c.taxYear() + "), " + (period == Period.WEEK ? "a week" : "a month"));
        List<String> notes = FigureNotes.lines(c);
        int width = notes.isEmpty() ? 16 : 24; // room for "£1,234.56 estimate" and "not worked out"
        StringBuilder head = new StringBuilder(" ".repeat(labelWidth));
        for (ScenarioResult s : cols) head.append(String.format("%" + width + "s", abbreviate(s.name(), width - 1)));
        lines.add(head.toString());
        for (String id : FigureIds.ALL) {
            StringBuilder row = new StringBuilder(String.format("%-" + labelWidth + "s", id));
            for (ScenarioResult s : cols) row.append(String.format("%" + width + "s", FigureNotes.cell(s, id, m -> m.format(), period)));
            lines.add(row.toString());
        }
        lines.addAll(notes);
        return String.join("\n", lines) + "\n";
    }

    private static String abbreviate(String s, int max) { return s.length() <= max ? s : s.substring(0, max - 1) + "…"; }
}
