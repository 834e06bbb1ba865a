package uk.betteroff.kernel.household;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every council the rates know (rates/councils.yaml), found by id or by an older id still accepted (an alias such as
 * {@code glasgow} for {@code glasgow-city}). {@link #NONE}: a rates folder without the list, where a council id is
 * checked only for its form.
 */
public final class Councils {
    public static final Councils NONE = new Councils(List.of(), Map.of());

    /** The list and its indexes, made once: at once from a list, or the first time a list read later is used. */
    private record Data(List<Council> all, Map<String, Council> byId, Map<String, List<String>> aliasesById) {}

    private final Supplier<Councils> later;
    private final boolean known;
    private volatile Data data;

    /** @param aliases older id → the council's id */
    public Councils(List<Council> all, Map<String, String> aliases) {
        this.later = null;
        this.data = index(all, aliases);
        this.known = !this.data.all().isEmpty();
    }

    private Councils(Supplier<Councils> later) {
        this.later = later;
        this.known = true;
    }

    /**
     * A list that is there but read the first time it is used ({@code read} is called once): the built-in list, whose
     * every byte the build's tests read and checked, so the app's start need not (RatesLoader).
     */
    public static Councils readLater(Supplier<Councils> read) { return new Councils(read); }

    private static Data index(List<Council> list, Map<String, String> aliases) {
        List<Council> all = List.copyOf(list);
        Map<String, Council> byId = new LinkedHashMap<>();
        Map<String, List<String>> aliasesById = new LinkedHashMap<>();
        for (Council c : all) byId.put(c.id(), c);
        aliases.forEach((alias, id) -> {
            Council c = byId.get(id);
            if (c == null) throw new IllegalArgumentException("alias " + alias + " names no council (" + id + ")");
            if (byId.putIfAbsent(alias, c) == null) aliasesById.computeIfAbsent(id, k -> new ArrayList<>()).add(alias);
        });
        return new Data(all, byId, aliasesById);
    }

    private Data data() {
        Data d = data;
        if (d == null) {
            synchronized (this) {
                if (data == null) data = later.get().data();
                d = data;
            }
        }
        return d;
    }

    /** Every council, in the file's order (each nation's in id order). */
    public List<Council> all() { return data().all(); }

    /** Whether there is a list at all (a rates folder written before councils.yaml has none); a list read later is not read for this. */
    public boolean known() { return known; }

    /** The council with this id or alias. */
    public Optional<Council> find(String id) { return id == null ? Optional.empty() : Optional.ofNullable(data().byId().get(id)); }

    /** The older ids a case file may still give for the council with this id. */
    public List<String> aliases(String id) { return List.copyOf(data().aliasesById().getOrDefault(id, List.of())); }

    /** Every id and alias a case file may give. */
    public List<String> ids() { return new ArrayList<>(data().byId().keySet()); }

    /**
     * Up to three ids near the one given: any id that holds it as a whole word or it holds ("hull" → kingston-upon-hull),
     * then those a few letters away (a slip of the keyboard), nearest first.
     */
    public List<String> nearest(String given) {
        record Near(String id, int distance) {}
        List<Near> near = new ArrayList<>();
        int allowed = Math.max(2, given.length() / 4);
        for (Council c : all()) {
            List<String> words = List.of(c.id().split("-"));
            boolean part = given.length() >= 3 && (words.contains(given) || c.id().contains(given) || given.contains(c.id()));
            int d = distance(given, c.id());
            if (part || d <= allowed) near.add(new Near(c.id(), part ? Math.min(d, 1) : d));
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::id));
        return near.stream().limit(3).map(Near::id).toList();
    }

    /** Levenshtein distance: the fewest letters added, removed or changed to turn one into the other. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
