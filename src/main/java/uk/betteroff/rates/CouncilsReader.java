package uk.betteroff.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Limits;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.rates.Reference;
import uk.betteroff.rates.CtrSchemeReader.RefUse;
import uk.betteroff.yaml.Fields;
import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YNode.YList;
import uk.betteroff.yaml.YNode.YMap;
import uk.betteroff.yaml.YNode.YScalar;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/**
 * Reads {@code rates/councils.yaml} (format {@code betteroff-councils/1}, rates/README.md): every council in Great
 * Britain with its nation, London benefit-cap area and Broad Rental Market Areas. As strict as the other rates files:
 * unknown and duplicate keys, an id that is not the name in lower case with hyphens, an id or alias used twice, London
 * outside England, dates out of order, BRMAs with no source, and references defined nowhere are refused with file,
 * YAML path and line.
 */
final class CouncilsReader {
    static final String FILE = "councils.yaml";
    static final String FORMAT = "betteroff-councils/1";
    private static final List<String> TOP = List.of("format", "source", "notes", "references", "refs", "councils");
    private static final List<String> COUNCIL = List.of("id", "name", "nation", "london", "brmas", "refs", "from", "until", "aliases", "note");

    private CouncilsReader() {}

    /** As {@link CtrSchemeReader.Read}: the list, the references it uses from references.yaml, its own, and its own unused. */
    record Read(Councils councils, List<RefUse> refs, Map<String, Reference> localReferences, List<YamlError> unusedReferences) {}

    /** The id a council's name gives: lower case, "&" as "and", apostrophes dropped, anything else between words a hyphen. */
    static String idOf(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("&", "and");
        StringBuilder id = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') continue;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !id.isEmpty()) id.append('-');
                id.append(c);
                gap = false;
            } else gap = true;
        }
        return id.toString();
    }

    /** An id of a council, an alias or a BRMA: lower-case words joined by hyphens, checked without a backtracking pattern. */
    private static boolean isId(String s) { return Limits.isHyphenatedId(s); }

    /** Only the file's own {@code references:} (for a list read later: they join the rate book at once). */
    static Map<String, Reference> references(String file, YNode tree) {
        Fields f = new Fields(file);
        Map<String, Reference> local = new LinkedHashMap<>();
        if (tree instanceof YMap root && root.entries().get("references") instanceof YMap refs)
            CtrSchemeReader.readReferences(f, refs, local, new LinkedHashMap<>());
        return local;
    }

    /**
     * The ids the file cites that are not its own (references.yaml's), without reading the list: for a list read later,
     * so references.yaml's "defined but never used" check sees them. Looks only at each {@code refs:} list.
     */
    static Set<String> sharedRefs(YNode tree) {
        Set<String> ids = new LinkedHashSet<>();
        if (!(tree instanceof YMap root)) return ids;
        Set<String> own = root.entries().get("references") instanceof YMap refs ? refs.entries().keySet() : Set.of();
        List<YNode> withRefs = new ArrayList<>(List.of(root));
        if (root.entries().get("councils") instanceof YList l) withRefs.addAll(l.items());
        for (YNode n : withRefs)
            if (n instanceof YMap m && m.entries().get("refs") instanceof YList refs)
                for (YNode r : refs.items())
                    if (r instanceof YScalar sc && !own.contains(sc.text())) ids.add(sc.text());
        return ids;
    }

    static Read read(String file, YNode tree) {
        Fields f = new Fields(file);
        YMap root = f.map(tree);
        if (root == null) throw new YamlException(f.errors());
        f.allowOnly(root, TOP);
        String format = f.text(f.required(root, "format"));
        if (format != null && !format.equals(FORMAT)) f.error(root.entries().get("format"), "format must be " + FORMAT + ", got " + format);
        f.text(f.required(root, "source"));
        f.optional(root, "notes").ifPresent(f::text);
        Map<String, Reference> local = new LinkedHashMap<>();
        Map<String, Integer> localLines = new LinkedHashMap<>();
        f.optional(root, "references").map(f::map).ifPresent(refs -> CtrSchemeReader.readReferences(f, refs, local, localLines));
        List<RefUse> shared = new ArrayList<>();
        Set<String> usedLocal = new LinkedHashSet<>();
        refs(f, root, true, local, shared, usedLocal);

        List<Council> councils = new ArrayList<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        Map<String, Integer> idLines = new HashMap<>();
        YList list = f.list(f.required(root, "councils"));
        if (list != null) {
            if (list.items().isEmpty()) f.error(list, "\"councils\" needs at least one council");
            for (YNode item : list.items()) {
                Council c = council(f, item, idLines, aliases, local, shared, usedLocal);
                if (c != null) councils.add(c);
            }
        }
        if (!f.ok()) throw new YamlException(f.errors());
        List<YamlError> unused = new ArrayList<>();
        for (var e : local.entrySet())
            if (!usedLocal.contains(e.getKey()))
                unused.add(new YamlError(file, localLines.get(e.getKey()), "references." + e.getKey(), "reference \"" + e.getKey() + "\" is defined but never used"));
        return new Read(new Councils(councils, aliases), shared, local, unused);
    }

    private static Council council(Fields f, YNode item, Map<String, Integer> idLines, Map<String, String> aliases,
                                   Map<String, Reference> local, List<RefUse> shared, Set<String> usedLocal) {
        YMap m = f.map(item);
        if (m == null) return null;
        f.allowOnly(m, COUNCIL);
        String id = f.text(f.required(m, "id"));
        String name = f.text(f.required(m, "name"));
        YNode idNode = m.entries().get("id");
        if (id != null && !isId(id)) {
            f.error(idNode, "a council id is lower-case words joined by hyphens (e.g. kingston-upon-hull), got \"" + id + "\"");
            id = null;
        } else if (id != null && name != null && !id.equals(idOf(name))) {
            f.error(idNode, "id must be the name in lower case with hyphens: \"" + name + "\" gives " + idOf(name) + ", got " + id);
        }
        if (id != null) claim(f, idNode, id, idLines);
        YNode nationNode = f.required(m, "nation");
        Nation nation = nationNode == null ? null : f.choice(nationNode, Nation.class, "nation");
        YNode londonNode = f.required(m, "london");
        Boolean london = londonNode == null ? null : f.bool(londonNode);
        if (london == Boolean.TRUE && nation != null && nation != Nation.ENGLAND)
            f.error(londonNode, "london is true only for the London boroughs and the City of London (England), not a council in " + nation.name().toLowerCase(Locale.ROOT));
        List<String> brmas = brmas(f, f.required(m, "brmas"));
        boolean hasRefs = refs(f, m, false, local, shared, usedLocal);
        if (brmas != null && !brmas.isEmpty() && !hasRefs)
            f.error(m.entries().get("brmas"), "BRMAs need their source: add refs: [id] naming where they were read");
        Optional<LocalDate> from = f.optional(m, "from").map(f::date);
        Optional<LocalDate> until = f.optional(m, "until").map(f::date);
        if ((m.entries().containsKey("from") || m.entries().containsKey("until")) && !hasRefs)
            f.error(m, "a council that starts or ends within the supported dates needs its source: add refs: [id]");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get()))
            f.error(m.entries().get("until"), "until " + until.get() + " is before from " + from.get());
        f.optional(m, "note").ifPresent(f::text);
        Optional<YList> aliasList = f.optional(m, "aliases").map(f::list);
        if (aliasList.isPresent() && id != null)
            for (YNode a : aliasList.get().items()) {
                String alias = f.text(a);
                if (alias == null) continue;
                if (!isId(alias)) f.error(a, "an alias is an older id: lower-case words joined by hyphens, got \"" + alias + "\"");
                else if (claim(f, a, alias, idLines)) aliases.put(alias, id);
            }
        if (id == null || name == null || nation == null || london == null || brmas == null) return null;
        return new Council(id, name, nation, london, brmas, from, until);
    }

    /** Marks an id or alias used; false (an error recorded) when a council above already has it. */
    private static boolean claim(Fields f, YNode at, String id, Map<String, Integer> idLines) {
        Integer before = idLines.putIfAbsent(id, at.line());
        if (before == null) return true;
        f.error(at, "\"" + id + "\" is already a council's id or alias (line " + before + ")");
        return false;
    }

    /** {@code brmas: [ids]} or {@code brmas: not_found}; null when neither. An empty list means not found. */
    private static List<String> brmas(Fields f, YNode n) {
        if (n == null) return null;
        if (n instanceof YScalar) {
            String t = f.text(n);
            if ("not_found".equals(t)) return List.of();
            if (t != null) f.error(n, "brmas must be a list of BRMA ids ([inner-south-east-london]) or not_found, got \"" + t + "\"");
            return null;
        }
        YList l = f.list(n);
        if (l == null) return null;
        if (l.items().isEmpty()) {
            f.error(l, "brmas is empty: give the BRMA ids, or not_found");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YNode b : l.items()) {
            String t = f.text(b);
            if (t == null) continue;
            if (!isId(t)) f.error(b, "a BRMA id is its name as the rent officers give it, in lower case with hyphens (e.g. inner-south-east-london), got \"" + t + "\"");
            else if (out.contains(t)) f.error(b, "BRMA " + t + " is listed twice");
            else out.add(t);
        }
        return out;
    }

    /** Reads a {@code refs:} list; each id is the file's own reference or, recorded in {@code shared}, one of references.yaml. */
    private static boolean refs(Fields f, YMap m, boolean required, Map<String, Reference> local, List<RefUse> shared, Set<String> usedLocal) {
        Optional<YNode> node = required ? Optional.ofNullable(f.required(m, "refs")) : f.optional(m, "refs");
        if (node.isEmpty()) return false;
        YList l = f.list(node.get());
        if (l == null) return false;
        if (l.items().isEmpty()) {
            f.error(l, "refs is empty: give at least one reference id");
            return false;
        }
        for (YNode r : l.items()) {
            String id = f.text(r);
            if (id == null) continue;
            if (local.containsKey(id)) usedLocal.add(id);
            else shared.add(new RefUse(id, r.line(), r.path()));
        }
        return true;
    }
}
