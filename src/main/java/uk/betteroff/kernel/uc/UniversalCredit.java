package uk.betteroff.kernel.uc;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Universal Credit for one (average) monthly assessment period: the maximum amount (WRA 2012 s.8(2);
 * UC Regs 2013 regs 23-36) less unearned income in full and 55% of earned income above any work
 * allowance (reg 22). Every amount is rounded to the penny as it is calculated (reg 6(1)).
 */
public final class UniversalCredit {
    private UniversalCredit() {}

    public static UcResult calculate(UcInput in, RatesAt r) {
        Circumstances c = in.circumstances();
        Household h = c.household();
        refuseUnsupported(h, r);
        List<Assumption> assumptions = new ArrayList<>();

        TraceNode sa = standardAllowance(h, r);
        TraceNode children = childElements(h, r, assumptions);
        TraceNode disabledChildren = disabledChildAdditions(h, r);
        TraceNode lcwra = lcwraElement(h, r, assumptions);
        TraceNode carer = carerElement(h, lcwra, r);
        TraceNode childcare = childcareElement(in, r);
        TraceNode housing = HousingElement.calculate(c, r, assumptions);

        List<TraceNode> elements = List.of(sa, children, disabledChildren, lcwra, carer, childcare, housing);
        Money maximum = sum(elements);
        TraceNode maxT = r.trace("uc.maximum_amount", "Maximum amount of UC").amount(maximum, Period.MONTH)
                .working(() -> String.join(" + ", elements.stream().filter(e -> e.amount().isPositive()).map(e -> e.amount().format()).toList())
                        + " = " + maximum.format())
                .law("Welfare Reform Act 2012 s.8(2)", "UC Regs 2013 reg 23").children(elements).sumOfChildren().build();

        TraceNode unearned = unearnedIncome(in, r);
        boolean includesHousing = housing.amount().isPositive() || c.housing().tenure() == Tenure.TEMPORARY
                || (c.housing().tenure() == Tenure.SOCIAL || c.housing().tenure() == Tenure.PRIVATE) && !c.housing().rent().isZero();
        TraceNode wa = workAllowance(h, includesHousing, c.housing().tenure(), r);
        TraceNode earned = earnedIncome(in, r);
        Money deduction = earned.amount().minus(wa.amount()).atLeastZero().times(r.rate(UC_TAPER)).roundHalfUpToPenny();
        TraceNode deductionT = r.trace("uc_earnings_deduction", "Earnings deduction (taper)").amount(deduction, Period.MONTH)
                .working(() -> r.rate(UC_TAPER).percent() + " × (" + earned.amount().format() + " − work allowance " + wa.amount().format()
                        + ") = " + deduction.format() + ", rounded to the penny")
                .law("UC Regs 2013 reg 22(1)(b)", "UC Regs 2013 reg 6(1)").rate(r.use(UC_TAPER)).child(earned).child(wa).build();

        Money tapered = maximum.minus(unearned.amount()).minus(deduction).atLeastZero().roundHalfUpToPenny();
        TraceNode.Builder awardT = r.trace("universal_credit", "Universal Credit (before any benefit cap)")
                .law("Welfare Reform Act 2012 s.8(1), (3)", "UC Regs 2013 reg 22");
        Money award = tapered;
        if (h.capital().isGreaterThan(r.money(UC_CAPITAL_UPPER_LIMIT))) {
            award = Money.ZERO;
            awardT.working(() -> "Capital of " + h.capital().format() + " is over the " + r.money(UC_CAPITAL_UPPER_LIMIT).format() + " limit: no UC")
                    .law("UC Regs 2013 reg 18").rate(r.use(UC_CAPITAL_UPPER_LIMIT));
        } else {
            awardT.working(() -> maximum.format() + " − unearned income " + unearned.amount().format() + " − earnings deduction "
                    + deduction.format() + (tapered.isZero() ? " is nil or less: no UC" : " = " + tapered.format()));
        }
        awardT.amount(award, Period.MONTH).child(maxT).child(unearned).child(deductionT);

        return new UcResult(sa.amount(), children.amount(), disabledChildren.amount(), lcwra.amount(), carer.amount(),
                childcare.amount(), housing.amount(), maximum, earned.amount(), unearned.amount(), wa.amount(), deduction, award,
                includesHousing, lcwra.amount().isPositive(), carer.amount().isPositive(), awardT.build(),
                new UcResult.Steps(sa, children, housing, wa, deductionT), assumptions);
    }

    private static void refuseUnsupported(Household h, RatesAt r) {
        int pensionAge = r.whole(STATE_PENSION_AGE);
        int minimumAge = r.whole(UC_MINIMUM_AGE);
        for (Adult a : h.adults()) {
            if (a.age() >= pensionAge)
                throw new Unsupported(h.couple()
                        ? "One of the couple has reached State Pension age (" + pensionAge + "). Mixed-age couples and pensioners are not covered yet: UC, Pension Credit and pension-age Housing Benefit rules differ."
                        : "The claimant has reached State Pension age (" + pensionAge + "). Pension Credit and pension-age Housing Benefit are not covered yet.");
            if (a.age() < minimumAge)
                throw new Unsupported("A claimant aged under " + minimumAge + " can get UC only in special cases (Welfare Reform Act 2012 s.4(1)(a) and (2); UC Regs 2013 reg 8), which are not covered.");
        }
    }

    private static TraceNode standardAllowance(Household h, RatesAt r) {
        int threshold = r.whole(UC_STANDARD_ALLOWANCE_AGE_THRESHOLD);
        boolean older = h.eldestAdultAge() >= threshold;
        var key = h.couple()
                ? (older ? UC_STANDARD_ALLOWANCE_COUPLE_25_PLUS : UC_STANDARD_ALLOWANCE_COUPLE_UNDER_25)
                : (older ? UC_STANDARD_ALLOWANCE_SINGLE_25_PLUS : UC_STANDARD_ALLOWANCE_SINGLE_UNDER_25);
        Money amount = r.money(key);
        return r.trace("uc_standard_allowance", "Standard allowance").amount(amount, Period.MONTH)
                .working(() -> (h.couple() ? "Joint claimants, " + (older ? "one or both " + threshold + " or over" : "both under " + threshold)
                        : "Single claimant " + (older ? "aged " + threshold + " or over" : "under " + threshold)) + ": " + amount.format())
                .law("UC Regs 2013 reg 36 (table)").rate(r.use(key)).rate(r.use(UC_STANDARD_ALLOWANCE_AGE_THRESHOLD)).build();
    }

    private static TraceNode childElements(Household h, RatesAt r, List<Assumption> assumptions) {
        TraceNode.Builder t = r.trace("uc_child_elements", "Child elements").law("UC Regs 2013 regs 24, 36");
        List<Child> eldestFirst = h.children().stream().sorted(Comparator.comparingInt(Child::age).reversed()).toList();
        boolean limit = r.flag(UC_TWO_CHILD_LIMIT_IN_FORCE);
        int allowed = r.whole(UC_TWO_CHILD_LIMIT_CHILDREN);
        t.rate(r.use(UC_TWO_CHILD_LIMIT_IN_FORCE));
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        int counted = 0;
        for (int i = 0; i < eldestFirst.size(); i++) {
            Child child = eldestFirst.get(i);
            if (limit && counted >= allowed && !child.bornBefore2017()) {
                parts.add("child aged " + child.age() + ": none (two-child limit)");
                continue;
            }
            var key = i == 0 && child.bornBefore2017() ? UC_CHILD_ELEMENT_FIRST_CHILD_BEFORE_2017 : UC_CHILD_ELEMENT_OTHER_CHILD;
            Money amount = r.money(key);
            t.rate(r.use(key));
            total = total.plus(amount);
            counted++;
            parts.add("child aged " + child.age() + ": " + amount.format());
        }
        if (limit && eldestFirst.size() > allowed) {
            t.law("UC Regs 2013 reg 24A (two-child limit, for assessment periods before 6 April 2026)").rate(r.use(UC_TWO_CHILD_LIMIT_CHILDREN));
            assumptions.add(new Assumption("uc.two_child_limit",
                    "The two-child limit is applied with no exception (multiple births, adoption, kinship care or non-consensual conception would each add a child element)."));
        }
        return t.amount(total, Period.MONTH).working(parts.isEmpty() ? "No children" : String.join("; ", parts) + " = " + total.format()).build();
    }

    private static TraceNode disabledChildAdditions(Household h, RatesAt r) {
        TraceNode.Builder t = r.trace("uc.disabled_child", "Disabled child additions").law("UC Regs 2013 regs 24(2), 36");
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (Child child : h.children()) {
            if (child.disability() == Child.Disability.NONE) continue;
            var key = child.disability() == Child.Disability.HIGHER ? UC_DISABLED_CHILD_HIGHER : UC_DISABLED_CHILD_LOWER;
            total = total.plus(r.money(key));
            t.rate(r.use(key));
            parts.add("child aged " + child.age() + " (" + child.disability().name().toLowerCase() + " rate): " + r.money(key).format());
        }
        return t.amount(total, Period.MONTH).working(() -> parts.isEmpty() ? "No disabled child" : String.join("; ", parts)).build();
    }

    private static TraceNode lcwraElement(Household h, RatesAt r, List<Assumption> assumptions) {
        TraceNode.Builder t = r.trace("uc.lcwra", "Limited capability for work and work-related activity (LCWRA) element")
                .law("UC Regs 2013 regs 27, 27A, 36", "Universal Credit Act 2025 ss.2-4");
        Money best = Money.ZERO;
        String who = "";
        int with = 0;
        for (int i = 0; i < h.adults().size(); i++) {
            Adult a = h.adults().get(i);
            if (!a.workCapability().lcwra()) {
                if (a.workCapability() == uk.betteroff.kernel.household.WorkCapability.LCW)
                    assumptions.add(new Assumption("uc.lcw_element",
                            "Adult " + (i + 1) + " has limited capability for work: no LCW element is included (closed to claims since 3 April 2017), but it gives a work allowance."));
                continue;
            }
            with++;
            var key = a.workCapability() == uk.betteroff.kernel.household.WorkCapability.LCWRA_PROTECTED
                    ? UC_LCWRA_ELEMENT_PROTECTED : UC_LCWRA_ELEMENT_STANDARD;
            t.rate(r.use(key));
            if (r.money(key).isGreaterThan(best)) {
                best = r.money(key);
                who = "adult " + (i + 1) + (key == UC_LCWRA_ELEMENT_PROTECTED ? " (protected rate)" : " (standard rate)");
            }
        }
        String working = with == 0 ? "No one has LCWRA"
                : "LCWRA for " + who + ": " + best.format() + (with > 1 ? " (only one LCWRA element for a couple, at the higher amount)" : "");
        return t.amount(best, Period.MONTH).working(() -> working).build();
    }

    private static TraceNode carerElement(Household h, TraceNode lcwra, RatesAt r) {
        TraceNode.Builder t = r.trace("uc.carer", "Carer element").law("UC Regs 2013 regs 29, 30, 36");
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < h.adults().size(); i++) {
            Adult a = h.adults().get(i);
            if (!a.carer()) continue;
            if (a.workCapability().lcwra() && lcwra.amount().isPositive()) {
                parts.add("adult " + (i + 1) + " cares but has the LCWRA element, which takes precedence (reg 29(4))");
                continue;
            }
            total = total.plus(r.money(UC_CARER_ELEMENT));
            t.rate(r.use(UC_CARER_ELEMENT));
            parts.add("adult " + (i + 1) + " cares for 35+ hours a week: " + r.money(UC_CARER_ELEMENT).format()
                    + " (kept in work: reg 30(1) \"or would do so but for … earnings\")");
        }
        return t.amount(total, Period.MONTH).working(() -> parts.isEmpty() ? "No carer" : String.join("; ", parts)).build();
    }

    private static TraceNode childcareElement(UcInput in, RatesAt r) {
        Household h = in.circumstances().household();
        TraceNode.Builder t = r.trace("uc.childcare", "Childcare costs element").law("UC Regs 2013 regs 31-36");
        Money paid = in.monthlyChildcare();
        if (paid.isZero() || !h.hasChildren()) return t.working(() -> "No childcare costs").build();
        boolean workCondition = true;
        for (int i = 0; i < h.adults().size(); i++) {
            Adult a = h.adults().get(i);
            boolean excused = h.couple() && (a.workCapability().limited() || a.carer());
            if (!in.inWork(i) && !excused) workCondition = false;
        }
        if (!workCondition)
            return t.working(() -> "Childcare costs of " + paid.format() + " a month, but the work condition is not met ("
                    + (h.couple() ? "both joint claimants must work unless one has limited capability for work or is a carer" : "the claimant is not in paid work") + ")").build();
        var capKey = h.children().size() >= 2 ? UC_CHILDCARE_MAX_TWO_OR_MORE : UC_CHILDCARE_MAX_ONE_CHILD;
        Money share = paid.times(r.rate(UC_CHILDCARE_SHARE)).roundHalfUpToPenny();
        Money amount = share.min(r.money(capKey));
        return t.amount(amount, Period.MONTH).rate(r.use(UC_CHILDCARE_SHARE)).rate(r.use(capKey))
                .working(() -> r.rate(UC_CHILDCARE_SHARE).percent() + " × " + paid.format() + " = " + share.format()
                        + (share.isGreaterThan(amount) ? ", capped at " + amount.format() : "")).build();
    }

    private static TraceNode unearnedIncome(UcInput in, RatesAt r) {
        Household h = in.circumstances().household();
        TraceNode.Builder t = r.trace("uc.unearned_income", "Unearned income").law("UC Regs 2013 regs 66, 72, 73");
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < h.adults().size(); i++) {
            Money ca = in.weeklyCarersAllowance().get(i);
            if (ca.isPositive()) {
                Money m = Periods.toPenny(ca, Period.WEEK, Period.MONTH);
                total = total.plus(m);
                parts.add("Carer's Allowance " + Periods.words(ca, Period.WEEK, Period.MONTH) + " = " + m.format());
            }
            for (UnearnedIncome u : h.adults().get(i).unearnedIncome()) {
                if (u.type() == UnearnedIncome.Type.CHILD_MAINTENANCE) {
                    parts.add("child maintenance ignored (not listed in reg 66)");
                    continue;
                }
                Money m = Periods.toPenny(u.amount().money(), u.amount().per(), Period.MONTH);
                total = total.plus(m);
                parts.add(label(u.type()) + " " + Periods.words(u.amount().money(), u.amount().per(), Period.MONTH) + " = " + m.format());
            }
        }
        Money capital = h.capital();
        Money lower = r.money(UC_CAPITAL_LOWER_LIMIT);
        if (capital.isGreaterThan(lower)) {
            long steps = capital.minus(lower).stepsOfOrPart(r.money(UC_CAPITAL_TARIFF_STEP));
            Money tariff = r.money(UC_CAPITAL_TARIFF_PER_STEP).times(steps);
            total = total.plus(tariff);
            t.rate(r.use(UC_CAPITAL_LOWER_LIMIT)).rate(r.use(UC_CAPITAL_TARIFF_STEP)).rate(r.use(UC_CAPITAL_TARIFF_PER_STEP));
            parts.add("tariff income from capital: " + steps + " × " + r.money(UC_CAPITAL_TARIFF_PER_STEP).format() + " = " + tariff.format());
        }
        return t.amount(total, Period.MONTH).working(parts.isEmpty() ? "None" : String.join("; ", parts) + " = " + total.format()).build();
    }

    static String label(UnearnedIncome.Type type) {
        return switch (type) {
            case NEW_STYLE_ESA -> "new-style ESA";
            case NEW_STYLE_JSA -> "new-style JSA";
            case PENSION -> "pension";
            case SPOUSAL_MAINTENANCE -> "maintenance from a spouse or former spouse";
            case CHILD_MAINTENANCE -> "child maintenance";
            case OTHER -> "other unearned income";
        };
    }

    private static TraceNode earnedIncome(UcInput in, RatesAt r) {
        Money total = in.totalEarnings();
        if (!r.explains()) return r.trace("uc.earned_income", "Earned income").amount(total, Period.MONTH).build();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < in.monthlyEarnings().size(); i++)
            if (in.monthlyEarnings().get(i).isPositive()) parts.add("adult " + (i + 1) + ": " + in.monthlyEarnings().get(i).format());
        return r.trace("uc.earned_income", "Earned income (take-home pay in the month)").amount(total, Period.MONTH)
                .working(() -> parts.isEmpty() ? "No earnings" : String.join(" + ", parts) + " = " + total.format()
                        + " (gross pay less income tax, NI and pension contributions)")
                .law("UC Regs 2013 reg 55(5)").build();
    }

    private static TraceNode workAllowance(Household h, boolean includesHousing, Tenure tenure, RatesAt r) {
        TraceNode.Builder t = r.trace("uc_work_allowance", "Work allowance").law("UC Regs 2013 reg 22(2)");
        boolean qualifies = h.hasChildren() || h.adults().stream().anyMatch(a -> a.workCapability().limited());
        if (!qualifies)
            return t.working(() -> "No work allowance: no child and no one with limited capability for work").build();
        var key = includesHousing ? UC_WORK_ALLOWANCE_WITH_HOUSING : UC_WORK_ALLOWANCE_WITHOUT_HOUSING;
        String why = tenure == Tenure.TEMPORARY
                ? "temporary accommodation: the lower work allowance (UC (Transitional Provisions) Regs 2014 reg 5A)"
                : includesHousing ? "the award includes a housing costs element: the lower work allowance"
                : "no housing costs element in the award: the higher work allowance";
        if (tenure == Tenure.TEMPORARY) t.law("UC (Transitional Provisions) Regs 2014 reg 5A");
        return t.amount(r.money(key), Period.MONTH).rate(r.use(key))
                .working(() -> (h.hasChildren() ? "Responsible for a child" : "Limited capability for work") + "; " + why + ": " + r.money(key).format())
                .build();
    }

    static Money sum(List<TraceNode> nodes) {
        return nodes.stream().map(TraceNode::amount).reduce(Money.ZERO, Money::plus);
    }
}
