package uk.betteroff.rates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.ctr.ExcessIncomeBandedScheme;
import uk.betteroff.kernel.ctr.IncomeBandedScheme;
import uk.betteroff.kernel.ctr.MeansTestedScheme;
import uk.betteroff.kernel.ctr.NotOnUc;
import uk.betteroff.kernel.ctr.PersonalAllowances;
import uk.betteroff.kernel.ctr.SchemeBasics;
import uk.betteroff.kernel.ctr.ScottishScheme;
import uk.betteroff.kernel.ctr.UcEarningsBandedScheme;
import uk.betteroff.kernel.ctr.Unconfirmed;
import uk.betteroff.kernel.ctr.WorkingAgeOnly;
import uk.betteroff.kernel.household.CouncilId;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.Reference;
import uk.betteroff.yaml.Fields;
import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YNode.YMap;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/**
 * Reads one {@code rates/ctr/<council>.yaml} Council Tax Reduction scheme (format {@code betteroff-ctr/1},
 * described in rates/README.md) as strictly as the tax-year files: unknown and duplicate keys, missing
 * values, wrong units or periods, undated or out-of-order values, bands out of order and references
 * defined nowhere are refused with file, YAML path and line. Each design names the figures it needs.
 */
final class CtrSchemeReader {
    private CtrSchemeReader() {}

    /** A reference used by the file that its own {@code references:} block does not define (checked against references.yaml). */
    record RefUse(String id, int line, String path) {}

    /** {@code unusedReferences}: reported by the loader only when everything else is sound (a broken figure leaves its references unused). */
    record Read(CtrScheme scheme, List<RefUse> refs, Map<String, Reference> localReferences, List<YamlError> unusedReferences) {}

    /** The designs a file may declare, with the figures each needs beyond the common ones. */
    enum Design {
        MEANS_TESTED(List.of("taper"), true),
        INCOME_BANDED(List.of("bands", "earnings_disregard"), false),
        UC_EARNINGS_BANDED(List.of("bands"), true),
        EXCESS_INCOME_BANDED(List.of("bands"), true),
        SCOTLAND_NATIONAL(List.of("taper", "personal_allowance_single_under_25", "personal_allowance_single_25_plus",
                "personal_allowance_lone_parent", "personal_allowance_couple", "child_premium", "carer_premium", "earnings_disregard_lone_parent",
                "earnings_disregard_limited_capability", "earnings_disregard_carer", "earnings_disregard_couple", "earnings_disregard_single",
                "water_sewerage_reduction", "nil_uc_award_counts"), false);

        final List<String> figures;
        final boolean notOnUc;

        Design(List<String> figures, boolean notOnUc) {
            this.figures = figures;
            this.notOnUc = notOnUc;
        }

        String yamlName() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** Placeholder while reading: the scheme's own personal allowances, read from its figures once they are. */
    private static final NotOnUc SCHEME_ALLOWANCES = new NotOnUc(Optional.of("scheme_allowances"), Optional.empty());
    private static final List<String> PERSONAL_ALLOWANCES = List.of("personal_allowance_single_under_25", "personal_allowance_single_25_plus",
            "personal_allowance_lone_parent", "personal_allowance_couple");

    private static final List<String> COMMON = List.of("maximum_reduction", "capital_limit", "minimum_award", "non_dependant_deductions");
    private static final List<String> TOP = List.of("format", "council", "name", "nation", "design", "source", "notes", "unconfirmed", "not_on_uc", "protected_group", "references", "figures");

    static Read read(String file, String id, YNode tree) { return read(file, id, tree, DateWindow.ANY); }

    /** Reads the scheme, refusing any value dated outside {@code window} (the folder's years, {@link DateWindow}). */
    static Read read(String file, String id, YNode tree, DateWindow window) {
        Fields f = new Fields(file);
        YMap root = f.map(tree);
        if (root == null) throw new YamlException(f.errors());
        f.allowOnly(root, TOP);
        String format = f.text(f.required(root, "format"));
        if (format != null && !format.equals("betteroff-ctr/1"))
            f.error(root.entries().get("format"), "format must be betteroff-ctr/1, got " + format);
        String council = f.text(f.required(root, "council"));
        if (council != null && !council.equals(id))
            f.error(root.entries().get("council"), "council must match the file name (" + id + "), got " + Fields.shown(council));
        if (!CouncilId.isValid(id))
            f.error(1, "", "a scheme file is named by its council id (" + CouncilId.RULE + ", at most " + CouncilId.MAX_LENGTH
                    + " characters), got \"" + Fields.shown(id) + "\"");
        String name = f.text(f.required(root, "name"));
        String source = f.text(f.required(root, "source"));
        f.optional(root, "notes").ifPresent(f::text);
        // what the user is told was not confirmed from the scheme's own text (shown with the reduction; notes are not)
        Optional<String> unconfirmed = f.optional(root, "unconfirmed").map(f::text);
        if (unconfirmed.isPresent() && unconfirmed.get().isBlank())
            f.error(root.entries().get("unconfirmed"), "unconfirmed needs the words the user is shown about what was not confirmed (or leave it out)");
        YNode nationNode = f.required(root, "nation");
        Nation nation = nationNode == null ? null : f.choice(nationNode, Nation.class, "nation");
        YNode designNode = f.required(root, "design");
        Design design = designNode == null ? null : f.choice(designNode, Design.class, "design");

        Map<String, Reference> local = new LinkedHashMap<>();
        Map<String, Integer> localLines = new LinkedHashMap<>();
        f.optional(root, "references").map(f::map).ifPresent(refs -> readReferences(f, refs, local, localLines));

        NotOnUc notOnUc = null;
        Optional<YNode> notOnUcNode = f.optional(root, "not_on_uc");
        if (design != null) {
            if (design.notOnUc && notOnUcNode.isEmpty())
                f.error(root.line(), "not_on_uc", "missing \"not_on_uc\": say how someone with no UC award is treated (hb_means_test, or {unsupported: \"reason\"})");
            else if (!design.notOnUc && notOnUcNode.isPresent())
                f.error(notOnUcNode.get(), "the " + design.yamlName() + " design has no \"not_on_uc\" setting");
            else if (notOnUcNode.isPresent()) {
                notOnUc = notOnUc(f, notOnUcNode.get());
                if (notOnUc != null && notOnUc.unsupportedReason().isEmpty() && design == Design.UC_EARNINGS_BANDED)
                    f.error(notOnUcNode.get(), "a uc_earnings_banded scheme bands UC earnings only: someone not on UC needs the council's other scheme, so give {unsupported: \"reason\"}");
                if (notOnUc == SCHEME_ALLOWANCES && design != Design.MEANS_TESTED)
                    f.error(notOnUcNode.get(), "scheme_allowances is for the means_tested design");
            }
        }

        Optional<String> protectedGroup = Optional.empty();
        Optional<YNode> protectedNode = f.optional(root, "protected_group");
        if (protectedNode.isPresent()) {
            if (design != Design.INCOME_BANDED) f.error(protectedNode.get(), "only the income_banded design has a \"protected_group\" setting");
            YMap pm = f.map(protectedNode.get());
            if (pm != null) {
                f.allowOnly(pm, List.of("unsupported"));
                protectedGroup = Optional.ofNullable(f.text(f.required(pm, "unsupported")));
            }
        }

        List<RefUse> refs = new ArrayList<>();
        Set<String> usedLocal = new LinkedHashSet<>();
        CtrFigures figs = new CtrFigures(f, id, local.keySet(), refs, usedLocal, window);
        YMap figures = f.map(f.required(root, "figures"));
        if (figures != null && design != null) {
            List<String> allowed = new ArrayList<>(COMMON);
            allowed.addAll(design.figures);
            if (notOnUc == SCHEME_ALLOWANCES) allowed.addAll(PERSONAL_ALLOWANCES);
            for (var e : figures.entries().entrySet())
                if (!allowed.contains(e.getKey()))
                    f.error(figures.keyLines().get(e.getKey()), e.getValue().path(), "unknown figure \"" + e.getKey() + "\" for the "
                            + design.yamlName() + " design (allowed: " + String.join(", ", allowed) + ")");
            for (String k : allowed)
                if (!figures.entries().containsKey(k)) f.error(figures.line(), "figures." + k, "missing figure " + k + " (the " + design.yamlName() + " design needs it)");
        }
        if (figures == null || design == null) throw new YamlException(f.errors());
        var maximum = figs.rate(figures, "maximum_reduction", "maximum reduction");
        var capital = figs.money(figures, "capital_limit", "capital limit", Period.NONE);
        var minimum = figs.money(figures, "minimum_award", "minimum weekly award", Period.WEEK);
        var nonDeps = figs.nonDependants(figures);
        if (notOnUc == SCHEME_ALLOWANCES)
            notOnUc = NotOnUc.ownAllowances(new PersonalAllowances(
                    figs.money(figures, "personal_allowance_single_under_25", "personal allowance, single under 25 (not on UC)", Period.WEEK),
                    figs.money(figures, "personal_allowance_single_25_plus", "personal allowance, single 25 or over (not on UC)", Period.WEEK),
                    figs.money(figures, "personal_allowance_lone_parent", "personal allowance, lone parent (not on UC)", Period.WEEK),
                    figs.money(figures, "personal_allowance_couple", "personal allowance, couple (not on UC)", Period.WEEK)));
        Function<SchemeBasics, CtrScheme> make = design(figs, figures, design, notOnUc, protectedGroup);
        if (!f.ok() || nation == null) throw new YamlException(f.errors());
        List<YamlError> unused = new ArrayList<>();
        for (var e : local.entrySet())
            if (!usedLocal.contains(e.getKey()))
                unused.add(new YamlError(file, localLines.get(e.getKey()), "references." + e.getKey(), "reference \"" + e.getKey() + "\" is defined but never used"));
        CtrScheme made = make.apply(new SchemeBasics(id, name, nation, source, maximum, capital, minimum, nonDeps));
        CtrScheme scheme = new WorkingAgeOnly(unconfirmed.isPresent() ? new Unconfirmed(made, unconfirmed.get()) : made);
        return new Read(scheme, refs, local, unused);
    }

    /** Reads the design's own figures now (so every error is reported at once) and returns how to build the scheme. */
    private static Function<SchemeBasics, CtrScheme> design(CtrFigures figs, YMap figures, Design design, NotOnUc notOnUc,
                                                            Optional<String> protectedGroup) {
        return switch (design) {
            case MEANS_TESTED -> {
                var taper = figs.rate(figures, "taper", "taper");
                yield b -> new MeansTestedScheme(b, taper, notOnUc);
            }
            case INCOME_BANDED -> {
                var bands = figs.bands(figures, Period.WEEK);
                var disregard = figs.money(figures, "earnings_disregard", "earnings disregard", Period.WEEK);
                yield b -> new IncomeBandedScheme(b, bands, disregard, protectedGroup);
            }
            case UC_EARNINGS_BANDED -> {
                Period per = ucEarningsBandsPer(figures);
                var bands = figs.bands(figures, per);
                yield b -> new UcEarningsBandedScheme(b, bands, per, notOnUc);
            }
            case EXCESS_INCOME_BANDED -> {
                var bands = figs.bands(figures, Period.WEEK);
                yield b -> new ExcessIncomeBandedScheme(b, bands, notOnUc);
            }
            case SCOTLAND_NATIONAL -> {
                var taper = figs.rate(figures, "taper", "taper");
                var under25 = figs.money(figures, "personal_allowance_single_under_25", "personal allowance, single under 25", Period.WEEK);
                var over25 = figs.money(figures, "personal_allowance_single_25_plus", "personal allowance, single 25 or over", Period.WEEK);
                var lone = figs.money(figures, "personal_allowance_lone_parent", "personal allowance, lone parent", Period.WEEK);
                var couple = figs.money(figures, "personal_allowance_couple", "personal allowance, couple", Period.WEEK);
                var child = figs.money(figures, "child_premium", "child premium", Period.WEEK);
                var carer = figs.money(figures, "carer_premium", "carer premium", Period.WEEK);
                var disregards = new ScottishScheme.EarningsDisregards(
                        figs.money(figures, "earnings_disregard_lone_parent", "earnings disregard, lone parent", Period.WEEK),
                        figs.money(figures, "earnings_disregard_limited_capability", "earnings disregard, limited capability for work", Period.WEEK),
                        figs.money(figures, "earnings_disregard_carer", "earnings disregard, carer", Period.WEEK),
                        figs.money(figures, "earnings_disregard_couple", "earnings disregard, couple", Period.WEEK),
                        figs.money(figures, "earnings_disregard_single", "earnings disregard, single", Period.WEEK));
                var water = figs.rate(figures, "water_sewerage_reduction", "water and sewerage charges reduction");
                var nilAwardCounts = figs.flag(figures, "nil_uc_award_counts", "a UC award reduced to nil by earnings still counts as an award");
                yield b -> new ScottishScheme(b, taper, new ScottishScheme.Allowances(under25, over25, lone, couple, child, carer), disregards, water, nilAwardCounts);
            }
        };
    }

    /**
     * UC-earnings bands are per month (the UC statement's figure) unless the file says {@code per: week}, for a
     * council that publishes weekly bands read on the monthly earnings × 12/52 (Brighton & Hove from 2025/26).
     * Any other period is then refused by the figure reader as "wrong period".
     */
    private static Period ucEarningsBandsPer(YMap figures) {
        if (figures.entries().get("bands") instanceof YNode.YMap m && m.entries().get("per") instanceof YNode.YScalar s && "week".equals(s.text()))
            return Period.WEEK;
        return Period.MONTH;
    }

    private static NotOnUc notOnUc(Fields f, YNode n) {
        if (n instanceof YNode.YScalar) {
            String t = f.text(n);
            if ("hb_means_test".equals(t)) return NotOnUc.HB_MEANS_TEST;
            if ("scheme_allowances".equals(t)) return SCHEME_ALLOWANCES;
            f.error(n, "not_on_uc must be hb_means_test, scheme_allowances or {unsupported: \"reason\"}, got \"" + t + "\"");
            return null;
        }
        YMap m = f.map(n);
        if (m == null) return null;
        f.allowOnly(m, List.of("unsupported"));
        String reason = f.text(f.required(m, "unsupported"));
        return reason == null ? null : NotOnUc.unsupported(reason);
    }

    /** A {@code references:} map (rates/references.yaml, or a scheme file's own): each id with its title and web address. */
    static void readReferences(Fields f, YMap refs, Map<String, Reference> out, Map<String, Integer> lines) {
        for (var e : refs.entries().entrySet()) {
            YMap r = f.map(e.getValue());
            if (r == null) continue;
            f.allowOnly(r, List.of("title", "url"));
            String title = f.text(f.required(r, "title"));
            String url = f.text(f.required(r, "url"));
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) f.error(r.entries().get("url"), "url must be a web address");
            if (title != null && url != null) {
                out.put(e.getKey(), new Reference(e.getKey(), title, url));
                lines.put(e.getKey(), refs.keyLines().get(e.getKey()));
            }
        }
    }
}
