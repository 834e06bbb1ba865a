package uk.betteroff.ui.household;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.rates.LhaTable;
import uk.betteroff.ui.Messages;

/**
 * A private tenant's Broad Rental Market Area in the home section: the id of its entry in {@code rates/lha.yaml}, its
 * name and nation, and whether its figures are in the rates; {@link #NONE} (no id) means the LHA rate is typed.
 */
public record BrmaChoice(String id, String name, Nation nation, boolean found) {
    public static final BrmaChoice NONE = new BrmaChoice(null, "", null, false);

    @Override
    public String toString() {
        if (id == null) return Messages.get("home.brma.none");
        return found ? name : Messages.format("home.brma.not_found", name);
    }

    /** Every BRMA in the rates, by name, after {@link #NONE}. */
    public static List<BrmaChoice> of(LhaTable table) {
        return Stream.concat(Stream.of(NONE), table.areas().values().stream()
                        .map(a -> new BrmaChoice(a.id(), a.name(), a.nation(), a.weekly().stream().anyMatch(d -> d.notFound().isEmpty())))
                        .sorted(Comparator.comparing(BrmaChoice::name)))
                .toList();
    }

    /** {@link #NONE} and the BRMAs of one nation. */
    static boolean shownFor(BrmaChoice c, Nation n) { return c.id == null || c.nation == n; }

    static BrmaChoice byId(Collection<BrmaChoice> known, String id) {
        return known.stream().filter(c -> id.equals(c.id)).findFirst().orElse(null);
    }
}
