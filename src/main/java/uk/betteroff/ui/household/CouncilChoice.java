package uk.betteroff.ui.household;

/** A council in the searchable list: the id of its {@code rates/ctr/<id>.yaml} scheme and its name. */
public record CouncilChoice(String id, String name) {
    @Override
    public String toString() { return name; }

    /** True when the search text (any case) is in the name or the id. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) return true;
        String s = search.strip().toLowerCase(java.util.Locale.UK);
        return name.toLowerCase(java.util.Locale.UK).contains(s) || id.contains(s.replace(' ', '-'));
    }
}
