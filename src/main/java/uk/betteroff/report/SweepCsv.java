package uk.betteroff.report;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.sweep.HoursSweep;

/**
 * An hours sweep as CSV (the data behind the app's chart): a header, then one line per point — the
 * hours of the varied job, then every result figure of docs/design.md in its order, each as {@code <id>_week}
 * and {@code <id>_month} in pounds to the penny.
 */
public final class SweepCsv {
    private SweepCsv() {}

    /** {@code hours, gross_earnings_week, gross_earnings_month, …, better_off_week, better_off_month}. */
    public static List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("hours");
        for (String id : FigureIds.ALL) {
            h.add(id + "_week");
            h.add(id + "_month");
        }
        return h;
    }

    public static String render(HoursSweep.Sweep sweep) {
        StringBuilder b = new StringBuilder(Csv.line(header()));
        for (HoursSweep.Point p : sweep.points()) {
            b.append(p.hours().stripTrailingZeros().toPlainString());
            for (String id : FigureIds.ALL) {
                Figure f = p.result().figure(id);
                b.append(',').append(f.week().plain()).append(',').append(f.month().plain());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
