package uk.betteroff.ui.household;

import java.util.List;
import java.util.Locale;

import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Nation;

/**
 * A council in the searchable list: its id (a case file's {@code council}), its name, and — for a council from
 * rates/councils.yaml — its nation and whether it is in the London benefit-cap area, which choosing it sets in the
 * form; {@code otherIds}: older ids a case file may still give for it (glasgow for glasgow-city). A council known only
 * by its scheme file (a rates folder without the list) has no nation or London setting ({@code null}).
 */
public record CouncilChoice(String id, String name, Nation nation, Boolean london, List<String> otherIds) {
    /** A search text matches no council: {@link #rank} for it. */
    public static final int NO_MATCH = Integer.MAX_VALUE;

    public CouncilChoice {
        otherIds = List.copyOf(otherIds);
    }

    /** A council known only by id and name (its scheme file). */
    public CouncilChoice(String id, String name) { this(id, name, null, null, List.of()); }

    /** Every council in the list, each with its nation and London setting and the older ids that name it. */
    public static List<CouncilChoice> of(Councils councils) {
        return councils.all().stream().map(c -> new CouncilChoice(c.id(), c.name(), c.nation(), c.london(), councils.aliases(c.id()))).toList();
    }

    @Override
    public String toString() { return name; }

    /** Whether this is the council a case file names by {@code id} (its own id or an older one). */
    public boolean isNamed(String id) { return this.id.equals(id) || otherIds.contains(id); }

    /** True when the search text (any case) is in the name or the id. */
    public boolean matches(String search) { return rank(search) != NO_MATCH; }

    /**
     * How well the search text names this council, best first, so that Enter takes the council meant: 0 the whole name
     * or id ("york" → York, not East Riding of Yorkshire), 1 the start of the name, 2 the start of a word of it ("hull" →
     * Kingston upon Hull), 3 anywhere in the name or id; {@link #NO_MATCH} when it is in neither. Any search text ranks
     * every council 0.
     */
    public int rank(String search) {
        if (search == null || search.isBlank()) return 0;
        String s = search.strip().toLowerCase(Locale.UK);
        String n = name.toLowerCase(Locale.UK);
        String asId = s.replace(' ', '-');
        if (n.equals(s) || isNamed(asId)) return 0;
        if (n.startsWith(s) || id.startsWith(asId)) return 1;
        if (n.contains(" " + s) || n.contains("-" + s) || id.contains("-" + asId)) return 2;
        if (n.contains(s) || id.contains(asId)) return 3;
        return NO_MATCH;
    }
}
