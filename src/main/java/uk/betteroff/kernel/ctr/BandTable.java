package uk.betteroff.kernel.ctr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;

/**
 * The bands of a banded scheme, ascending, either one table for every household or one per household
 * type (North Lincolnshire). Income above the last band's upper edge gets no reduction, as each banded
 * scheme says.
 */
public record BandTable(Map<HouseholdType, List<Band>> tables) {
    /** The household types a scheme may band by; {@code ALL} is one table for everyone. */
    public enum HouseholdType {
        ALL("every household"), SINGLE("single person"), COUPLE("couple"), FAMILY_1_CHILD("family with one child"),
        FAMILY_2_OR_MORE_CHILDREN("family with two or more children");

        private final String words;

        HouseholdType(String words) { this.words = words; }

        public String words() { return words; }

        public String yamlName() { return name().toLowerCase(java.util.Locale.ROOT); }

        public static HouseholdType of(Household h) {
            if (h.children().size() >= 2) return FAMILY_2_OR_MORE_CHILDREN;
            if (h.children().size() == 1) return FAMILY_1_CHILD;
            return h.couple() ? COUPLE : SINGLE;
        }
    }

    /** What a household's income falls in: the table used, the band number (1-based) and the band, or none above the last. */
    public record Placement(HouseholdType type, List<Band> table, int number, Optional<Band> band) {}

    public BandTable {
        java.util.EnumMap<HouseholdType, List<Band>> copy = new java.util.EnumMap<>(HouseholdType.class);
        tables.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        tables = java.util.Collections.unmodifiableMap(copy);
        if (!tables.containsKey(HouseholdType.ALL))
            for (HouseholdType t : HouseholdType.values())
                if (t != HouseholdType.ALL && !tables.containsKey(t))
                    throw new IllegalArgumentException("a banded scheme needs one table for all households or one for each type; missing " + t.yamlName());
    }

    public Placement place(Household h, Money income) {
        HouseholdType type = tables.containsKey(HouseholdType.ALL) ? HouseholdType.ALL : HouseholdType.of(h);
        List<Band> table = tables.get(type);
        for (int i = 0; i < table.size(); i++)
            if (!income.isGreaterThan(table.get(i).upTo())) return new Placement(type, table, i + 1, Optional.of(table.get(i)));
        return new Placement(type, table, table.size() + 1, Optional.empty());
    }
}
