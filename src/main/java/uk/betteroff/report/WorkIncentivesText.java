package uk.betteroff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.betteroff.kernel.sweep.WorkIncentives;

/** Plain words for where UC ends and where working more leaves a household worse off. */
public final class WorkIncentivesText {
    private WorkIncentivesText() {}

    public static String render(List<WorkIncentives.Result> results) {
        List<String> lines = new ArrayList<>();
        for (WorkIncentives.Result w : results) {
            StringBuilder b = new StringBuilder(w.scenario()).append(": ");
            b.append(w.ucEndsAt().map(h -> "Universal Credit ends at " + hours(h) + " hours a week.")
                    .orElse("Universal Credit does not end between 0 and " + hours(w.upTo()) + " hours."));
            lines.add(b.toString());
            if (w.cliffs().isEmpty()) lines.add("  No cliff: money left rises with every extra hour up to " + hours(w.upTo()) + " hours.");
            for (WorkIncentives.Cliff k : w.cliffs()) {
                String fell = k.fellFigures().isEmpty() ? "" : " (" + String.join(", ", k.fellFigures().stream().map(WorkIncentivesText::words).toList()) + " fell)";
                lines.add("  Cliff: going from " + hours(k.fromHours()) + " to " + hours(k.toHours()) + " hours leaves "
                        + k.weeklyLoss().format() + " a week less" + fell + "; "
                        + k.asWellOffAgainAt().map(h -> "as well off again only at " + hours(h) + " hours.")
                        .orElse("not as well off again by " + hours(w.upTo()) + " hours."));
            }
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static String hours(java.math.BigDecimal h) { return h.stripTrailingZeros().toPlainString(); }

    private static String words(String id) {
        return switch (id) {
            case "universal_credit" -> "Universal Credit";
            case "housing_benefit" -> "Housing Benefit";
            case "council_tax_reduction" -> "Council Tax Reduction";
            case "carers_allowance" -> "Carer's Allowance";
            case "scottish_child_payment" -> "Scottish Child Payment";
            case "child_benefit" -> "Child Benefit";
            default -> id.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }
}
