package uk.betteroff.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.rates.LhaArea;
import uk.betteroff.kernel.rates.LhaCategory;
import uk.betteroff.kernel.rates.LhaTable;
import uk.betteroff.kernel.rates.Reference;
import uk.betteroff.yaml.Fields;
import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YNode.YList;
import uk.betteroff.yaml.YNode.YMap;
import uk.betteroff.yaml.YamlException;

/**
 * Reads {@code lha.yaml}: every Broad Rental Market Area's weekly Local Housing Allowance rates (rates/README.md). As
 * strict as the other rates files: unknown or duplicate keys, a missing value, an id that is not the name in lower
 * case with hyphens, an unknown nation, dates out of order, an entry with neither its five rates nor the reason they
 * were not found (or with both), and references defined nowhere or never cited are refused with file, YAML path and line.
 */
final class LhaReader {
    static final String FORMAT = "betteroff-lha/1";
    /** No LHA rate is near this (the national caps of SI 2024/11 are under £800 a week): a figure above it is a typing slip. */
    private static final BigDecimal MOST_A_WEEK = new BigDecimal("2000");

    private LhaReader() {}

    /** The table and the references its file defines (cited only by it). */
    record Read(LhaTable table, Map<String, Reference> references) {}

    static Read read(String file, YNode tree) { return read(file, tree, DateWindow.ANY); }

    /** Reads the table, refusing a rate dated outside {@code window} (the folder's years, as a scheme file's: {@link DateWindow}). */
    static Read read(String file, YNode tree, DateWindow window) {
        Fields f = new Fields(file);
        YMap root = f.map(tree);
        if (root == null) throw new YamlException(f.errors());
        f.allowOnly(root, List.of("format", "name", "until", "refs", "notes", "references", "areas"));
        String format = f.text(f.required(root, "format"));
        if (format != null && !format.equals(FORMAT)) f.error(root.entries().get("format"), "format must be " + FORMAT + ", got " + format);
        f.text(f.required(root, "name"));
        f.optional(root, "notes").map(f::text);
        Optional<LocalDate> until = f.optional(root, "until").map(f::date);

        Map<String, Reference> references = new LinkedHashMap<>();
        Map<String, Integer> refLines = new LinkedHashMap<>();
        f.optional(root, "references").map(f::map).ifPresent(m -> CtrSchemeReader.readReferences(f, m, references, refLines));
        Set<String> cited = new LinkedHashSet<>();
        refs(f, f.required(root, "refs"), references, cited);

        Map<String, LhaArea> areas = new LinkedHashMap<>();
        YMap areasNode = f.map(f.required(root, "areas"));
        if (areasNode != null) {
            if (areasNode.entries().isEmpty()) f.error(areasNode, "\"areas\" needs at least one Broad Rental Market Area");
            for (var e : areasNode.entries().entrySet()) {
                LhaArea a = area(f, file, e.getKey(), areasNode.keyLines().get(e.getKey()), e.getValue(), references, cited, window);
                if (a != null) areas.put(a.id(), a);
            }
        }
        if (f.ok())
            for (var ref : references.keySet())
                if (!cited.contains(ref)) f.error(refLines.get(ref), "references." + ref, "reference \"" + ref + "\" is defined but never cited");
        f.throwIfErrors();
        return new Read(new LhaTable(areas, until, file), references);
    }

    private static LhaArea area(Fields f, String file, String id, int keyLine, YNode node, Map<String, Reference> references, Set<String> cited,
                                DateWindow window) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("name", "nation", "refs", "note", "weekly"));
        String name = f.text(f.required(m, "name"));
        if (name != null && !id.equals(idOf(name)))
            f.error(keyLine, m.path(), "the id of \"" + name + "\" must be its name in lower case with hyphens: " + idOf(name) + ", got " + id);
        YNode nationNode = f.required(m, "nation");
        Nation nation = nationNode == null ? null : nation(f, nationNode);
        List<String> refs = refs(f, f.required(m, "refs"), references, cited);
        String note = f.optional(m, "note").map(f::text).orElse(null);
        YList weekly = f.list(f.required(m, "weekly"));
        List<LhaArea.Dated> dated = new ArrayList<>();
        if (weekly != null) {
            if (weekly.items().isEmpty()) f.error(weekly, "\"weekly\" needs at least one {from, ...} entry");
            LocalDate previous = null;
            for (YNode item : weekly.items()) {
                LhaArea.Dated d = dated(f, file, item, window);
                if (d == null) continue;
                if (previous != null && !d.from().isAfter(previous))
                    f.error(item, "dates must increase: " + d.from() + " is not after " + previous);
                previous = d.from();
                dated.add(d);
            }
        }
        if (name == null || nation == null || refs == null || dated.isEmpty() || weekly == null || dated.size() != weekly.items().size()) return null;
        return new LhaArea(id, name, nation, refs, note, dated);
    }

    private static LhaArea.Dated dated(Fields f, String file, YNode item, DateWindow window) {
        YMap m = f.map(item);
        if (m == null) return null;
        List<String> allowed = new ArrayList<>(List.of("from", "not_found", "monthly"));
        for (LhaCategory c : LhaCategory.values()) allowed.add(c.yamlName());
        f.allowOnly(m, allowed);
        LocalDate from = f.date(f.required(m, "from"));
        if (from != null && !window.holds(from)) {
            f.error(m.entries().get("from"), window.refusal(from).replace("a scheme value", "an LHA rate"));
            from = null;
        }
        Optional<YNode> notFoundNode = f.optional(m, "not_found");
        Map<LhaCategory, BigDecimal> rates = new EnumMap<>(LhaCategory.class);
        List<String> missing = new ArrayList<>();
        int given = categories(f, m, rates, missing, MOST_A_WEEK, "weekly");
        Map<LhaCategory, BigDecimal> monthly = new EnumMap<>(LhaCategory.class);
        Optional<YNode> monthlyNode = f.optional(m, "monthly");
        if (monthlyNode.isPresent()) {
            YMap mm = f.map(monthlyNode.get());
            if (mm != null) {
                List<String> cats = new ArrayList<>();
                for (LhaCategory c : LhaCategory.values()) cats.add(c.yamlName());
                f.allowOnly(mm, cats);
                List<String> monthlyMissing = new ArrayList<>();
                categories(f, mm, monthly, monthlyMissing, MOST_A_WEEK.multiply(BigDecimal.valueOf(5)), "monthly");
                if (!monthlyMissing.isEmpty())
                    f.error(mm, "monthly is missing " + String.join(", ", monthlyMissing) + ": give Universal Credit's five monthly rates, or leave monthly out");
            }
            if (notFoundNode.isPresent()) f.error(monthlyNode.get(), "monthly rates come with the weekly ones, not with not_found");
        }
        Optional<String> notFound = notFoundNode.map(f::text);
        if (notFoundNode.isPresent() && given > 0) {
            f.error(m, "give either the five weekly rates or not_found (why they are not in the rates), not both");
            return null;
        }
        if (notFoundNode.isEmpty() && given < LhaCategory.values().length) {
            f.error(m, "missing " + String.join(", ", missing) + ": give all five weekly rates, or not_found: \"why\"");
            return null;
        }
        if (notFound.isPresent() && notFound.get().isBlank()) f.error(notFoundNode.get(), "not_found needs the reason the figures are not in the rates");
        if (from == null || (notFound.isEmpty() && rates.size() != LhaCategory.values().length) || (notFound.isPresent() && notFound.get().isBlank())) return null;
        if (monthly.size() != LhaCategory.values().length) monthly.clear();
        return new LhaArea.Dated(from, rates, monthly, notFound, file + " line " + m.line());
    }

    /** Reads the five categories' amounts present in {@code m} into {@code out}; names the absent ones in {@code missing}; returns how many were given. */
    private static int categories(Fields f, YMap m, Map<LhaCategory, BigDecimal> out, List<String> missing, BigDecimal most, String what) {
        int given = 0;
        for (LhaCategory c : LhaCategory.values()) {
            Optional<YNode> v = f.optional(m, c.yamlName());
            if (v.isEmpty()) { missing.add(c.yamlName()); continue; }
            given++;
            BigDecimal n = f.number(v.get());
            if (n == null) continue;
            if (n.signum() <= 0 || n.compareTo(most) > 0)
                f.error(v.get(), c.yamlName() + " must be a " + what + " rate above £0 and at most £" + most.toPlainString() + ", got " + n.toPlainString());
            else if (n.scale() > 2) f.error(v.get(), c.yamlName() + " is pounds and pence: at most 2 decimal places, got " + n.toPlainString());
            else out.put(c, n);
        }
        return given;
    }

    private static Nation nation(Fields f, YNode n) {
        String s = f.text(n);
        if (s == null) return null;
        return switch (s) {
            case "england" -> Nation.ENGLAND;
            case "wales" -> Nation.WALES;
            case "scotland" -> Nation.SCOTLAND;
            default -> {
                f.error(n, "nation must be england, wales or scotland, got " + s);
                yield null;
            }
        };
    }

    private static List<String> refs(Fields f, YNode node, Map<String, Reference> references, Set<String> cited) {
        if (node == null) return null;
        YList l = f.list(node);
        if (l == null) return null;
        if (l.items().isEmpty()) f.error(l, "at least one reference is needed");
        List<String> out = new ArrayList<>();
        for (YNode r : l.items()) {
            String id = f.text(r);
            if (id == null) continue;
            if (!references.containsKey(id)) f.error(r, "reference \"" + id + "\" is not defined in this file's references");
            cited.add(id);
            out.add(id);
        }
        return out;
    }

    /** A BRMA's id: its official name in lower case, every run of other characters a hyphen ("Bradford and South Dales" → bradford-and-south-dales). */
    static String idOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
