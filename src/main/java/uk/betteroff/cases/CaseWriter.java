package uk.betteroff.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;

/**
 * Writes a case in the docs/design.md case format ({@code format: betteroff-case/1}): the keys in the
 * documented order, every documented key written out (so an adviser reading the file sees each default
 * that applied), amounts as {@code {amount: 250.00, per: week}}. What {@link CaseReader} reads back is
 * equal to what was written. Expected figures ({@code expect}, {@code tolerance}) belong to acceptance
 * cases and are not written; a case's {@code source} note is kept.
 */
public final class CaseWriter {
    private final StringBuilder out = new StringBuilder();

    private CaseWriter() {}

    /** The case as YAML text (UTF-8 when saved), ending with a newline. */
    public static String toYaml(CaseFile c) {
        CaseWriter w = new CaseWriter();
        w.caseFile(c);
        return w.out.toString();
    }

    private void caseFile(CaseFile c) {
        Circumstances ci = c.circumstances();
        line(0, "format: " + CaseReader.FORMAT);
        line(0, "name: " + quoted(c.name()));
        line(0, "date: " + ci.date());
        line(0, "nation: " + word(ci.nation()));
        if (ci.council() != null) line(0, "council: " + quoted(ci.council()));
        line(0, "london: " + ci.london());
        household(ci.household());
        housing(ci.housing());
        scenarios(c.scenarios());
        if (c.isDraft()) {
            line(0, "draft:                                  # fields typed but not valid yet (path: text as typed); the app opens them marked");
            c.draft().forEach((path, text) -> line(1, quoted(path) + ": " + quoted(text)));
        }
        c.source().ifPresent(s -> line(0, "source: " + quoted(s)));
    }

    private void household(Household h) {
        line(0, "household:");
        line(1, "adults:");
        for (Adult a : h.adults()) {
            line(2, "- age: " + a.age());
            line(3, "work_capability: " + word(a.workCapability()));
            line(3, "disability_benefit: " + word(a.disabilityBenefit()));
            line(3, "carer: " + a.carer());
            List<String> income = new ArrayList<>();
            for (UnearnedIncome u : a.unearnedIncome())
                income.add("{type: " + word(u.type()) + ", amount: " + money(u.amount().money()) + ", per: " + u.amount().per().yamlName() + "}");
            list(3, "unearned_income", income);
        }
        List<String> children = new ArrayList<>();
        for (Child ch : h.children())
            children.add("{age: " + ch.age() + ", disability: " + word(ch.disability()) + ", born_before_2017_04_06: " + ch.bornBefore2017()
                    + ch.sex().map(s -> ", sex: " + word(s)).orElse("") + "}");
        list(1, "children", children);
        List<String> nonDeps = new ArrayList<>();
        for (NonDependant n : h.nonDependants())
            nonDeps.add("{age: " + n.age() + ", gross_income: " + amount(n.grossIncome()) + ", hours: " + number(n.hours()) + ", exempt: " + n.exempt() + "}");
        list(1, "non_dependants", nonDeps);
        line(1, "capital: " + money(h.capital()));
    }

    private void housing(Housing h) {
        line(0, "housing:");
        line(1, "tenure: " + word(h.tenure()));
        line(1, "rent: " + amount(h.rent()));
        line(1, "ineligible_charges: " + amount(h.ineligibleCharges()));
        if (h.rentIncludes().any()) line(1, "rent_includes: " + rentIncludes(h.rentIncludes()));
        line(1, "bedrooms: " + h.bedrooms());
        line(1, "lha_rate: " + amount(h.lhaRate()));
        if (h.brma() != null) line(1, "brma: " + h.brma());
        if (h.sharedAccommodationException() != SharedAccommodationException.NONE)
            line(1, "shared_accommodation_exception: " + h.sharedAccommodationException().yamlName());
        Housing.CouncilTax ct = h.councilTax();
        String estimate = ct.estimate().isDefaultScheme() ? "" : ", reduction_estimate: {maximum_percent: " + number(ct.estimate().maximumPercent())
                + ", taper_percent: " + number(ct.estimate().taperPercent()) + "}";
        line(1, "council_tax: {amount: " + money(ct.charge().money()) + ", per: " + ct.charge().per().yamlName() + ", liable: " + ct.liable() + estimate + "}");
    }

    private static String rentIncludes(RentIncludes r) {
        List<String> fuel = r.fuel().stream().sorted(Comparator.naturalOrder()).map(CaseWriter::word).toList();
        return "{meals: " + word(r.meals()) + ", fuel: [" + String.join(", ", fuel) + "]}";
    }

    private void scenarios(List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            line(0, "scenarios: []");
            return;
        }
        line(0, "scenarios:");
        for (Scenario s : scenarios) {
            line(1, "- name: " + quoted(s.name()));
            if (s.jobs().isEmpty()) line(2, "jobs: []");
            else {
                line(2, "jobs:");
                for (Job j : s.jobs()) {
                    line(3, "- adult: " + j.adult());
                    line(4, "hours: " + number(j.hours()));
                    j.hourlyWage().ifPresent(w -> line(4, "hourly_wage: " + money(w)));
                    j.annualSalary().ifPresent(w -> line(4, "annual_salary: " + money(w)));
                    line(4, "pay: " + word(j.pay()));
                    line(4, "pension: " + pension(j.pension()));
                }
            }
            line(2, "costs:");
            line(3, "travel: " + amount(s.travel()));
            line(3, "childcare: " + amount(s.childcare()));
            if (s.ctrEntered() != null) line(2, "council_tax_reduction_entered: " + amount(s.ctrEntered()));
        }
    }

    private static String pension(Job.Pension p) {
        return switch (p) {
            case Job.Pension.None n -> "none";
            case Job.Pension.AutoEnrolment a -> "auto";
            case Job.Pension.EmployeePercent e -> "{employee_percent: " + number(e.share().fraction().movePointRight(2)) + "}";
        };
    }

    private void list(int depth, String key, List<String> flowItems) {
        if (flowItems.isEmpty()) {
            line(depth, key + ": []");
            return;
        }
        line(depth, key + ":");
        for (String item : flowItems) line(depth + 1, "- " + item);
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String amount(Amount a) {
        return "{amount: " + money(a.money()) + ", per: " + a.per().yamlName() + "}";
    }

    /** Pounds to at least the penny ("250.00"); any finer digits entered are kept exactly. */
    private static String money(Money m) {
        BigDecimal v = m.amount();
        return (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
    }

    /** A number exactly as held (hours 16, 37.5), so it reads back to the same value and scale. */
    private static String number(BigDecimal v) {
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    private static String word(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    /**
     * A YAML double-quoted scalar. Free text is always quoted so that a name such as "16", "no", "true"
     * or "Flat 2: top floor # back" reads back as the same text.
     */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029 || cp == 0xfeff)
                        b.append(String.format(Locale.ROOT, "\\u%04x", cp));
                    else b.appendCodePoint(cp);
                }
            }
        });
        return b.append('"').toString();
    }
}
