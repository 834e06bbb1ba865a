package uk.betteroff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.UnearnedIncome;

/**
 * The household and the in-work options as entered, in lines for the adviser's report: choices in words people read
 * ("limited capability for work and work-related activity, protected rate"), and only the facts that apply (no
 * bedrooms or LHA rate for a hostel).
 */
final class HouseholdText {
    /** A line of the section, {@code indent} steps in. */
    record Line(int indent, String text) {}

    record Section(String heading, List<Line> lines) {}

    private HouseholdText() {}

    static List<Section> lines(PrintedCase pc, ReportText t) {
        Circumstances c = pc.circumstances();
        List<Line> h = new ArrayList<>();
        add(h, 0, t.format("adviser.where", t.word("nation", c.nation()), c.council() == null ? t.get("adviser.no_council") : councilName(c.council()), t.yesNo(c.london())));
        int i = 1;
        for (Adult a : c.household().adults()) {
            add(h, 0, t.format("adviser.adult", i++, a.age(), t.word("work_capability", a.workCapability()), t.word("disability_benefit", a.disabilityBenefit()), t.yesNo(a.carer())));
            for (UnearnedIncome u : a.unearnedIncome())
                add(h, 1, t.format("adviser.unearned", t.word("unearned_income", u.type()), t.money(u.amount().money()), t.per(u.amount().per())));
        }
        if (c.household().children().isEmpty()) add(h, 0, t.get("adviser.no_children"));
        i = 1;
        for (Child ch : c.household().children())
            add(h, 0, t.format("adviser.child", i++, ch.age(), t.word("child_disability", ch.disability()), t.yesNo(ch.bornBefore2017()),
                    ch.sex().map(s -> t.format("adviser.child_sex", t.word("child_sex", s))).orElse("")));
        if (c.household().nonDependants().isEmpty()) add(h, 0, t.get("adviser.no_non_dependants"));
        i = 1;
        for (NonDependant n : c.household().nonDependants())
            add(h, 0, t.format("adviser.non_dependant", i++, n.age(), t.money(n.grossIncome().money()), t.per(n.grossIncome().per()),
                    n.hours().stripTrailingZeros().toPlainString(), t.yesNo(n.exempt())));
        add(h, 0, t.format("adviser.capital", t.money(c.household().capital())));
        Housing ho = c.housing();
        add(h, 0, housing(ho, t));
        if (ho.rentIncludes().any())
            add(h, 0, t.format("adviser.rent_includes", t.word("meals", ho.rentIncludes().meals()),
                    String.join(", ", ho.rentIncludes().fuel().stream().sorted().map(f -> t.word("fuel", f)).toList())));
        add(h, 0, ho.councilTax().liable() && ho.councilTax().charge().money().isPositive()
                ? t.format("adviser.council_tax", money(ho.councilTax().charge(), t), t.per(ho.councilTax().charge().per()))
                : t.get("adviser.no_council_tax"));

        List<Line> o = new ArrayList<>();
        i = 1;
        for (Scenario s : pc.scenarios()) {
            add(o, 0, t.format("adviser.option", i++, s.name()));
            if (s.jobs().isEmpty()) add(o, 1, t.get("adviser.no_jobs"));
            for (Job j : s.jobs())
                add(o, 1, t.format("adviser.job", j.adult(), j.hours().stripTrailingZeros().toPlainString(),
                        j.hourlyWage().map(w -> t.format("adviser.job_wage", t.money(w)))
                                .orElseGet(() -> t.format("adviser.job_salary", t.money(j.annualSalary().orElseThrow()))),
                        t.word("pay_frequency", j.pay()), pension(j.pension(), t)));
            add(o, 1, t.format("adviser.costs", money(s.travel(), t), t.per(s.travel().per()), money(s.childcare(), t), t.per(s.childcare().per())));
        }
        List<Section> out = new ArrayList<>();
        out.add(new Section(t.get("adviser.section.household"), h));
        if (!o.isEmpty()) out.add(new Section(t.get("adviser.section.options"), o));
        return out;
    }

    private static void add(List<Line> to, int indent, String text) { to.add(new Line(indent, text)); }

    /**
     * The home, with only the facts that apply to its tenure: the rent for a tenant, ineligible charges when there
     * are any, bedrooms for a social tenant (the bedroom standard) and the LHA rate for a private one.
     */
    private static String housing(Housing ho, ReportText t) {
        List<String> parts = new ArrayList<>();
        parts.add(t.word("tenure", ho.tenure()));
        if (ho.tenure().renting()) parts.add(t.format("adviser.housing.rent", money(ho.rent(), t), t.per(ho.rent().per())));
        if (ho.ineligibleCharges().money().isPositive())
            parts.add(t.format("adviser.housing.ineligible", money(ho.ineligibleCharges(), t), t.per(ho.ineligibleCharges().per())));
        if (ho.tenure() == uk.betteroff.kernel.household.Tenure.SOCIAL) parts.add(t.format("adviser.housing.bedrooms", ho.bedrooms()));
        if (ho.tenure() == uk.betteroff.kernel.household.Tenure.PRIVATE) {
            if (ho.lhaRate().money().isPositive()) parts.add(t.format("adviser.housing.lha", money(ho.lhaRate(), t), t.per(ho.lhaRate().per())));
            if (ho.brma() != null) parts.add(t.format("adviser.housing.brma", ho.brma()));
            if (ho.sharedAccommodationException() != uk.betteroff.kernel.household.SharedAccommodationException.NONE)
                parts.add(t.format("adviser.housing.sar_exception", ho.sharedAccommodationException().words()));
        }
        return t.format("adviser.housing", String.join("; ", parts));
    }

    private static String pension(Job.Pension p, ReportText t) {
        return switch (p) {
            case Job.Pension.None n -> t.get("adviser.pension.none");
            case Job.Pension.AutoEnrolment a -> t.get("adviser.pension.auto");
            case Job.Pension.EmployeePercent e -> t.format("adviser.pension.percent", e.share().fraction().movePointRight(2).stripTrailingZeros().toPlainString());
        };
    }

    /** "brighton-and-hove" → "Brighton and Hove": the council's name from its scheme id (docs/design.md: the name, lower case, hyphens). */
    static String councilName(String id) {
        List<String> words = new ArrayList<>();
        for (String w : id.split("-"))
            words.add(words.isEmpty() || !List.of("and", "upon", "on", "of", "the").contains(w) ? w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        return String.join(" ", words);
    }

    private static String money(Amount a, ReportText t) { return t.money(a.money()); }

}
