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
 * The household and the in-work options as entered, in lines for the adviser's report. Choices are shown
 * with the case-file words (lcwra_protected, pip_daily_living_standard) so the adviser can match them to
 * the case file.
 */
final class HouseholdText {
    /** A line of the section, {@code indent} steps in. */
    record Line(int indent, String text) {}

    record Section(String heading, List<Line> lines) {}

    private HouseholdText() {}

    static List<Section> lines(PrintedCase pc, ReportText t) {
        Circumstances c = pc.circumstances();
        List<Line> h = new ArrayList<>();
        add(h, 0, t.format("adviser.where", word(c.nation()), c.council() == null ? t.get("adviser.no_council") : c.council(), t.yesNo(c.london())));
        int i = 1;
        for (Adult a : c.household().adults()) {
            add(h, 0, t.format("adviser.adult", i++, a.age(), word(a.workCapability()), word(a.disabilityBenefit()), t.yesNo(a.carer())));
            for (UnearnedIncome u : a.unearnedIncome())
                add(h, 1, t.format("adviser.unearned", word(u.type()), t.money(u.amount().money()), t.per(u.amount().per())));
        }
        if (c.household().children().isEmpty()) add(h, 0, t.get("adviser.no_children"));
        i = 1;
        for (Child ch : c.household().children())
            add(h, 0, t.format("adviser.child", i++, ch.age(), word(ch.disability()), t.yesNo(ch.bornBefore2017()),
                    ch.sex().map(s -> t.format("adviser.child_sex", word(s))).orElse("")));
        if (c.household().nonDependants().isEmpty()) add(h, 0, t.get("adviser.no_non_dependants"));
        i = 1;
        for (NonDependant n : c.household().nonDependants())
            add(h, 0, t.format("adviser.non_dependant", i++, n.age(), t.money(n.grossIncome().money()), t.per(n.grossIncome().per()),
                    n.hours().stripTrailingZeros().toPlainString(), t.yesNo(n.exempt())));
        add(h, 0, t.format("adviser.capital", t.money(c.household().capital())));
        Housing ho = c.housing();
        add(h, 0, t.format("adviser.housing", word(ho.tenure()), money(ho.rent(), t), t.per(ho.rent().per()), money(ho.ineligibleCharges(), t),
                t.per(ho.ineligibleCharges().per()), ho.bedrooms(), money(ho.lhaRate(), t), t.per(ho.lhaRate().per())));
        if (ho.rentIncludes().any())
            add(h, 0, t.format("adviser.rent_includes", word(ho.rentIncludes().meals()),
                    String.join(", ", ho.rentIncludes().fuel().stream().sorted().map(HouseholdText::word).toList())));
        add(h, 0, t.format("adviser.council_tax", money(ho.councilTax().charge(), t), t.per(ho.councilTax().charge().per()), t.yesNo(ho.councilTax().liable())));

        List<Line> o = new ArrayList<>();
        i = 1;
        for (Scenario s : pc.scenarios()) {
            add(o, 0, t.format("adviser.option", i++, s.name()));
            if (s.jobs().isEmpty()) add(o, 1, t.get("adviser.no_jobs"));
            for (Job j : s.jobs())
                add(o, 1, t.format("adviser.job", j.adult(), j.hours().stripTrailingZeros().toPlainString(),
                        j.hourlyWage().map(w -> t.format("adviser.job_wage", t.money(w)))
                                .orElseGet(() -> t.format("adviser.job_salary", t.money(j.annualSalary().orElseThrow()))),
                        word(j.pay()), pension(j.pension(), t)));
            add(o, 1, t.format("adviser.costs", money(s.travel(), t), t.per(s.travel().per()), money(s.childcare(), t), t.per(s.childcare().per())));
        }
        List<Section> out = new ArrayList<>();
        out.add(new Section(t.get("adviser.section.household"), h));
        if (!o.isEmpty()) out.add(new Section(t.get("adviser.section.options"), o));
        return out;
    }

    private static void add(List<Line> to, int indent, String text) { to.add(new Line(indent, text)); }

    private static String pension(Job.Pension p, ReportText t) {
        return switch (p) {
            case Job.Pension.None n -> t.get("adviser.pension.none");
            case Job.Pension.AutoEnrolment a -> t.get("adviser.pension.auto");
            case Job.Pension.EmployeePercent e -> t.format("adviser.pension.percent", e.share().fraction().movePointRight(2).stripTrailingZeros().toPlainString());
        };
    }

    private static String money(Amount a, ReportText t) { return t.money(a.money()); }

    private static String word(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }
}
