package uk.betteroff.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import uk.betteroff.kernel.ctr.Band;
import uk.betteroff.kernel.ctr.BandTable;
import uk.betteroff.kernel.ctr.BandTable.HouseholdType;
import uk.betteroff.kernel.ctr.NonDependantRule;
import uk.betteroff.kernel.ctr.SchemeFigure;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.yaml.Fields;
import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YNode.YList;
import uk.betteroff.yaml.YNode.YMap;

/**
 * Reads the figures of a Council Tax Reduction scheme file, one kind at a time (rates, money, non-dependant
 * deductions, band tables), each a dated list with its references, recording every problem in {@code f}.
 */
record CtrFigures(Fields f, String council, Set<String> localRefs, List<CtrSchemeReader.RefUse> refs, Set<String> usedLocal, DateWindow window) {
    private static final List<String> SCALAR_FIELDS = List.of("unit", "per", "refs", "note", "values");

    private record Common(YList values, List<String> refs) {}

    /** The common part of every figure: its map, refs, and the dated items of {@code values}. */
    private Common common(YMap figures, String key, String unit, Period per) {
        YNode node = figures.entries().get(key);
        if (node == null) return null;
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, SCALAR_FIELDS);
        String u = f.text(f.required(m, "unit"));
        if (u != null && !u.equals(unit)) f.error(m.entries().get("unit"), "wrong unit: " + key + " is " + unit + ", got " + u);
        Optional<YNode> perNode = f.optional(m, "per");
        if (per == null) {
            perNode.ifPresent(p -> f.error(p, key + " has no \"per\""));
        } else if (perNode.isEmpty()) {
            f.error(figures.keyLines().get(key), m.path() + ".per", "missing \"per\": " + key + " is per " + per.yamlName());
        } else {
            String p = f.text(perNode.get());
            if (p != null && Period.fromYaml(p) != per) f.error(perNode.get(), "wrong period: " + key + " is per " + per.yamlName() + ", got " + p);
        }
        f.optional(m, "note").ifPresent(f::text);
        YList refList = f.list(f.required(m, "refs"));
        List<String> ids = new ArrayList<>();
        if (refList != null) {
            if (refList.items().isEmpty()) f.error(refList, "every figure needs at least one reference");
            for (YNode r : refList.items()) {
                String id = f.text(r);
                if (id == null) continue;
                ids.add(id);
                if (localRefs.contains(id)) usedLocal.add(id);
                else refs.add(new CtrSchemeReader.RefUse(id, r.line(), refList.path()));
            }
        }
        YList values = f.list(f.required(m, "values"));
        if (values != null && values.items().isEmpty()) f.error(values, "\"values\" needs at least one dated value");
        return values == null ? null : new Common(values, ids);
    }

    private <T> SchemeFigure<T> dated(YMap figures, String key, String description, String unit, Period per, List<String> fields,
                                      ValueReader<T> read, Function<T, String> display) {
        Common c = common(figures, key, unit, per);
        if (c == null) return null;
        YList values = c.values();
        List<String> refIds = c.refs();
        List<SchemeFigure.Dated<T>> out = new ArrayList<>();
        LocalDate previous = null;
        List<String> allowed = new ArrayList<>(fields);
        allowed.add(0, "from");
        for (YNode item : values.items()) {
            YMap im = f.map(item);
            if (im == null) continue;
            f.allowOnly(im, allowed);
            LocalDate from = f.date(f.required(im, "from"));
            if (from != null && !window.holds(from)) {
                f.error(im.entries().get("from"), window.refusal(from));
                from = null;
            }
            if (from != null && previous != null && !from.isAfter(previous))
                f.error(im, "dates must increase: " + from + " is not after " + previous);
            if (from != null) previous = from;
            T v = read.read(im);
            if (from != null && v != null)
                out.add(new SchemeFigure.Dated<>(from, v, f.file() + " line " + im.line(), refIds, display.apply(v)));
        }
        String id = "ctr." + council + "." + key;
        return out.isEmpty() || !f.ok() ? null : new SchemeFigure<>(id, description, out);
    }

    interface ValueReader<T> {
        T read(YMap item);
    }

    SchemeFigure<Rate> rate(YMap figures, String key, String description) {
        return dated(figures, key, description, "rate", null, List.of("value"), im -> {
            YNode v = f.required(im, "value");
            BigDecimal n = v == null ? null : f.number(v, key, BigDecimal.ZERO, BigDecimal.ONE);
            return n == null ? null : new Rate(n);
        }, Rate::percent);
    }

    SchemeFigure<Boolean> flag(YMap figures, String key, String description) {
        return dated(figures, key, description, "flag", null, List.of("value"), im -> {
            YNode v = f.required(im, "value");
            return v == null ? null : f.bool(v);
        }, b -> b ? "yes" : "no");
    }

    SchemeFigure<Money> money(YMap figures, String key, String description, Period per) {
        return dated(figures, key, description, "gbp", per, List.of("value"), im -> money(f.required(im, "value"), key),
                m -> m.format() + (per.perWords().isEmpty() ? "" : " " + per.perWords()));
    }

    private Money money(YNode v, String what) {
        if (v == null) return null;
        BigDecimal n = f.number(v);
        if (n == null) return null;
        if (n.signum() < 0) {
            f.error(v, what + " cannot be negative, got " + n.toPlainString());
            return null;
        }
        return Money.of(n);
    }

    SchemeFigure<NonDependantRule> nonDependants(YMap figures) {
        return dated(figures, "non_dependant_deductions", "non-dependant deductions", "deductions", Period.WEEK,
                List.of("min_age", "remunerative_hours", "bands", "unknown"), im -> {
                    Optional<YNode> unknown = f.optional(im, "unknown");
                    if (unknown.isPresent()) {
                        for (String k : List.of("min_age", "remunerative_hours", "bands"))
                            if (im.entries().containsKey(k)) f.error(im.entries().get(k), "give either \"unknown\" or the deductions, not both");
                        String why = f.text(unknown.get());
                        return why == null ? null : new NonDependantRule(0, BigDecimal.ZERO, List.of(), Optional.of(why));
                    }
                    YNode ageNode = f.required(im, "min_age"), hoursNode = f.required(im, "remunerative_hours");
                    Integer age = ageNode == null ? null : f.integer(ageNode, "min_age", 16, 25);
                    BigDecimal hours = hoursNode == null ? null : f.number(hoursNode, "remunerative_hours", BigDecimal.ZERO, BigDecimal.valueOf(48));
                    YList bands = f.list(f.required(im, "bands"));
                    if (bands == null || age == null || hours == null) return null;
                    List<NonDependantRule.Step> steps = new ArrayList<>();
                    Money last = null;
                    for (YNode b : bands.items()) {
                        YMap bm = f.map(b);
                        if (bm == null) continue;
                        f.allowOnly(bm, List.of("from", "deduction"));
                        Money from = money(f.required(bm, "from"), "from"), d = money(f.required(bm, "deduction"), "deduction");
                        if (from == null || d == null) continue;
                        if (last == null && from.isPositive()) f.error(bm, "the first band must start from 0 (it is also the deduction for someone not in remunerative work)");
                        if (last != null && !from.isGreaterThan(last)) f.error(bm, "bands must rise: from " + from.format() + " is not above " + last.format());
                        last = from;
                        steps.add(new NonDependantRule.Step(from, d));
                    }
                    return new NonDependantRule(age, hours, steps, Optional.empty());
                }, r -> r.unknown().map(u -> "not known: " + u).orElseGet(() -> r.bands().isEmpty() ? "no deductions"
                        : String.join("; ", r.bands().stream().map(s -> "from " + s.from().format() + ": " + s.deduction().format()).toList())
                        + " a week (under " + r.remunerativeHours().stripTrailingZeros().toPlainString() + " hours: the first)"));
    }

    SchemeFigure<BandTable> bands(YMap figures, Period per) {
        List<String> kinds = new ArrayList<>();
        for (HouseholdType t : HouseholdType.values()) kinds.add(t.yamlName());
        return dated(figures, "bands", "income bands", "bands", per, kinds, im -> {
            Map<HouseholdType, List<Band>> tables = new EnumMap<>(HouseholdType.class);
            for (HouseholdType t : HouseholdType.values()) {
                YNode n = im.entries().get(t.yamlName());
                if (n == null) continue;
                YList rows = f.list(n);
                if (rows == null) continue;
                if (rows.items().isEmpty()) f.error(rows, "a band table needs at least one band");
                List<Band> out = new ArrayList<>();
                Money last = null;
                for (YNode row : rows.items()) {
                    YMap rm = f.map(row);
                    if (rm == null) continue;
                    f.allowOnly(rm, List.of("up_to", "reduction"));
                    Money upTo = money(f.required(rm, "up_to"), "up_to");
                    YNode rn = f.required(rm, "reduction");
                    BigDecimal r = rn == null ? null : f.number(rn, "reduction", BigDecimal.ZERO, BigDecimal.ONE);
                    if (upTo == null || r == null) continue;
                    if (last != null && !upTo.isGreaterThan(last)) f.error(rm, "bands must rise: up_to " + upTo.format() + " is not above " + last.format());
                    last = upTo;
                    out.add(new Band(upTo, new Rate(r)));
                }
                tables.put(t, out);
            }
            boolean all = tables.containsKey(HouseholdType.ALL);
            if (all && tables.size() > 1) {
                f.error(im, "give one table \"all\", or one for each household type, not both");
                return null;
            }
            if (!all) {
                List<String> missing = new ArrayList<>();
                for (HouseholdType t : HouseholdType.values())
                    if (t != HouseholdType.ALL && !tables.containsKey(t)) missing.add(t.yamlName());
                if (!missing.isEmpty()) {
                    f.error(im, "missing band table" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                            + " (give \"all\", or single, couple, family_1_child and family_2_or_more_children)");
                    return null;
                }
            }
            return f.ok() ? new BandTable(tables) : null;
        }, b -> b.tables().entrySet().stream().map(e -> e.getKey().words() + ": " + String.join(", ",
                e.getValue().stream().map(x -> "up to " + x.upTo().format() + " " + x.reduction().percent()).toList())).reduce((x, y) -> x + "; " + y)
                .orElse("") + " (" + per.perWords() + "; above the last band nil)");
    }
}
