package uk.betteroff.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Nation;

/**
 * A case file's or batch row's {@code council} against the list of every council (rates/councils.yaml): the words for
 * an id not in the list (with the nearest ids: "did you mean kingston-upon-hull?"), a council not in force on the date,
 * and a nation or London setting that contradicts the council's. The case reader and the batch mapper say them each
 * in their own place (a YAML line, a CSV cell).
 */
final class CouncilNames {
    private CouncilNames() {}

    /** "\"kingston-upon-hul\" is not a council in Great Britain (…): did you mean kingston-upon-hull?" */
    static String unknown(String id, Councils councils) {
        List<String> near = councils.nearest(id);
        String list = "rates/councils.yaml lists every one";
        if (near.isEmpty())
            return "\"" + id + "\" is not a council in Great Britain (" + list + "): give the council's name in lower case with hyphens, e.g. kingston-upon-hull";
        return "\"" + id + "\" is not a council in Great Britain (" + list + "): did you mean " + orList(near) + "?";
    }

    /** Why the council cannot be used on {@code date}, if it cannot: it starts or ends within the supported dates. */
    static Optional<String> notInForce(Council c, LocalDate date) {
        if (date == null || c.inForceOn(date)) return Optional.empty();
        if (c.until().isPresent() && date.isAfter(c.until().get()))
            return Optional.of(c.name() + " council ended on " + c.until().get() + ", before the date " + date + " (its area has a new council)");
        return Optional.of(c.name() + " council starts on " + c.from().orElseThrow() + ", after the date " + date);
    }

    /** "wales, but Leeds is a council in England" */
    static String nationContradicts(Nation given, Council c) {
        return word(given) + ", but " + c.name() + " is a council in " + title(c.nation());
    }

    /** "false, but Westminster is in the London benefit-cap area (Greater London)" or the other way about. */
    static String londonContradicts(boolean given, Council c) {
        return given
                ? "true, but " + c.name() + " is not in the London benefit-cap area (Greater London: the 32 London boroughs and the City of London)"
                : "false, but " + c.name() + " is in the London benefit-cap area (Greater London)";
    }

    static String word(Nation n) { return n.name().toLowerCase(Locale.ROOT); }

    private static String title(Nation n) {
        String w = word(n);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String orList(List<String> ids) {
        if (ids.size() == 1) return ids.getFirst();
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
    }

}
