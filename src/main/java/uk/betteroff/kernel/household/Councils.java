package uk.betteroff.kernel.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every council the rates know (rates/councils.yaml), found by id or by an older id still accepted (an alias such as
 * {@code glasgow} for {@code glasgow-city}). {@link #NONE}: a rates folder without the list, where a council id is
 * checked only for its form.
 */
public final class Councils {
    public static final Councils NONE = new Councils(List.of(), Map.of());

    private final List<Council> all;
    private final Map<String, Council> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> aliasesById = new LinkedHashMap<>();

    /** @param aliases older id → the council's id */
    public Councils(List<Council> all, Map<String, String> aliases) {
        this.all = List.copyOf(all);
        for (Council c : this.all) byId.put(c.id(), c);
        aliases.forEach((alias, id) -> {
            Council c = byId.get(id);
            if (c == null) throw new IllegalArgumentException("alias " + alias + " names no council (" + id + ")");
            if (byId.putIfAbsent(alias, c) == null) aliasesById.computeIfAbsent(id, k -> new ArrayList<>()).add(alias);
        });
    }

    /** Every council, in the file's order (each nation's in id order). */
    public List<Council> all() { return all; }

    /** Whether there is a list at all (a rates folder written before councils.yaml has none). */
    public boolean known() { return !all.isEmpty(); }

    /** The council with this id or alias. */
    public Optional<Council> find(String id) { return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id)); }

    /** The older ids a case file may still give for the council with this id. */
    public List<String> aliases(String id) { return List.copyOf(aliasesById.getOrDefault(id, List.of())); }

    /** Every id and alias a case file may give. */
    public List<String> ids() { return new ArrayList<>(byId.keySet()); }
}
