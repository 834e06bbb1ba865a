package uk.betteroff.kernel.ctr;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.hb.ApplicableAmount;
import uk.betteroff.kernel.hb.EarningsDisregards;
import uk.betteroff.kernel.hb.HousingBenefit;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The steps every working-age scheme shares, worded as the English Default Scheme (SI 2012/2886 Sch)
 * words them, which the Welsh Prescribed Requirements (WSI 2013/3029 Sch 6) and the local schemes copy:
 * the maximum reduction (para 29), non-dependant deductions (para 30), the capital limit (para 11), a
 * UC claimant's applicable amount (para 28) and income (para 37), and for anyone not on UC the
 * Housing Benefit style means test the schedules mirror.
 */
final class CtrSteps {
    private CtrSteps() {}

    static final BigDecimal TWELVE_FIFTY_SECONDS = Periods.factor(Period.MONTH, Period.WEEK);

    /** A weekly means measure (applicable amount and income) with its trace. */
    record Means(Money applicableAmount, Money income, TraceNode trace) {
        Money excess() { return income.minus(applicableAmount).atLeastZero(); }
    }

    static TraceNode.Builder root(SchemeBasics s) {
        return TraceNode.of("council_tax_reduction", "Council Tax Reduction").law(s.name() + " (Local Government Finance Act 1992 s.13A)");
    }

    /** Non-dependant deductions a week (Default Scheme para 30; the scheme's own amounts). */
    static TraceNode nonDependants(SchemeBasics s, Household h, LocalDate date) {
        TraceNode.Builder t = TraceNode.of("ctr.non_dep_deductions", "Non-dependant deductions").law(s.name() + (s.nation() == Nation.SCOTLAND ? ": non-dependant deductions (reg 90)" : ": non-dependant deductions (Default Scheme para 30)"));
        if (h.nonDependants().isEmpty()) return t.amount(Money.ZERO, Period.WEEK).working("No non-dependants").build();
        NonDependantRule rule = s.nonDependants().at(date);
        t.rate(s.nonDependants().use(date));
        if (rule.unknown().isPresent())
            throw new Unsupported(s.name() + ": the deduction for another adult living in the home is not known (" + rule.unknown().get()
                    + "), so a household with a non-dependant cannot be calculated for this council yet.");
        if (rule.bands().isEmpty()) return t.amount(Money.ZERO, Period.WEEK).working("This scheme makes no deduction for other adults in the home").build();
        for (Adult a : h.adults())
            if (a.disabilityBenefit().any())
                return t.amount(Money.ZERO, Period.WEEK).working("None: the applicant or partner gets Attendance Allowance, the DLA care component or PIP daily living (para 30(6))").build();
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (NonDependant n : h.nonDependants()) {
            if (n.age() < rule.minAge() || n.exempt()) {
                parts.add("aged " + n.age() + ": none (" + (n.exempt() ? "exempt" : "under " + rule.minAge()) + ")");
                continue;
            }
            boolean working = n.hours().compareTo(rule.remunerativeHours()) >= 0;
            Money gross = n.grossIncome().in(Period.WEEK);
            NonDependantRule.Step step = rule.bands().get(0);
            if (working) for (NonDependantRule.Step b : rule.bands()) if (!gross.isLessThan(b.from())) step = b;
            total = total.plus(step.deduction());
            parts.add("aged " + n.age() + (working ? ", gross income " + gross.roundHalfUpToPenny().format() + " a week"
                    : ", not in remunerative work (under " + rule.remunerativeHours().stripTrailingZeros().toPlainString() + " hours)") + ": " + step.deduction().format());
        }
        return t.amount(total, Period.WEEK).working(String.join("; ", parts) + " = " + total.format()).build();
    }

    /** Maximum reduction a week: the scheme's share of the weekly council tax, less non-dependant deductions (para 29). */
    static TraceNode maximum(SchemeBasics s, BigDecimal share, CtrInput in, TraceNode nonDeps, TraceNode.RateUse... rates) {
        String shareWords = new Rate(share).percent();
        Money councilTax = CouncilTax.weeklyUnrounded(in.circumstances().housing().councilTax(), in.circumstances().date());
        Money gross = councilTax.times(share);
        Money max = gross.minus(nonDeps.amount()).atLeastZero();
        String ctWords = councilTax.equals(councilTax.roundHalfUpToPenny()) ? councilTax.format()
                : councilTax.amount().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString().replaceFirst("^", "£") + " (A × 7 ÷ B, unrounded)";
        TraceNode.Builder t = TraceNode.of("ctr.maximum", "Maximum Council Tax Reduction").amount(max, Period.WEEK)
                .working(shareWords + " × council tax " + ctWords + " a week = " + gross.format()
                        + (nonDeps.amount().isPositive() ? " − non-dependant deductions " + nonDeps.amount().format() + " = " + max.format() : ""))
                .law(s.name() + (s.nation() == Nation.SCOTLAND ? ": maximum reduction (reg 79: A/B a day, B the days in the financial year)"
                        : ": maximum reduction (Default Scheme para 29: the share of A/B a day, B the days in the financial year)"))
                .child(nonDeps);
        for (TraceNode.RateUse r : rates) t.rate(r);
        return t.build();
    }

    /** Capital over the scheme's limit ends entitlement (Default Scheme para 11; the scheme's own limit). */
    static Optional<TraceNode> overCapital(SchemeBasics s, Household h, LocalDate date) {
        Money limit = s.capitalLimit().at(date);
        if (!h.capital().isGreaterThan(limit)) return Optional.empty();
        return Optional.of(root(s).amount(Money.ZERO, Period.WEEK).rate(s.capitalLimit().use(date))
                .working("Capital of " + h.capital().format() + " is over the scheme's " + limit.format() + " limit: no reduction").build());
    }

    /** The reduction rounded to the penny once, at the end; nil when below the scheme's minimum award. */
    static Money award(SchemeBasics s, Money unrounded, LocalDate date, List<String> words, TraceNode.Builder t) {
        Money award = unrounded.atLeastZero().roundHalfUpToPenny();
        words.add("rounded half up to the penny once, at the weekly result = " + award.format());
        Money minimum = s.minimumAward().at(date);
        t.rate(s.minimumAward().use(date));
        if (award.isPositive() && award.isLessThan(minimum)) {
            words.add("below the scheme's minimum award of " + minimum.format() + ", so nil");
            return Money.ZERO;
        }
        return award;
    }

    /** A banded scheme's share of the council tax, never above the scheme's maximum. */
    static BigDecimal share(Rate band, Rate maximum) {
        return band.fraction().min(maximum.fraction());
    }

    // ---- a UC claimant's means, as the Default Scheme paras 28 and 37 count them ----

    /** Applicable amount = the UC maximum amount × 12/52 (Default Scheme para 28; WSI 2013/3029 Sch 6 para 3). */
    static TraceNode ucApplicableAmount(CtrInput in, String law) {
        Money m = in.uc().maximum();
        Money weekly = m.times(TWELVE_FIFTY_SECONDS);
        return TraceNode.of("ctr.applicable_amount", "Applicable amount (UC claimant)").amount(weekly, Period.WEEK)
                .working("UC maximum amount " + m.format() + " a month × 12/52 = " + weekly.format() + " a week").law(law).build();
    }

    /** Income = (UC earned income + unearned income + the UC award) × 12/52 (Default Scheme para 37; WSI 2013/3029 Sch 6 para 9). */
    static TraceNode ucIncome(CtrInput in, String law) {
        Money e = in.uc().earnedIncome(), u = in.uc().unearnedIncome(), award = in.ucAward();
        Money month = e.plus(u).plus(award);
        Money weekly = month.times(TWELVE_FIFTY_SECONDS);
        return TraceNode.of("ctr.income", "Income (UC claimant)").amount(weekly, Period.WEEK)
                .working("(UC earned income " + e.format() + " + unearned income " + u.format() + " + UC award " + award.format() + ") a month = "
                        + month.format() + " × 12/52 = " + weekly.format() + " a week")
                .law(law).build();
    }

    static Means ucMeans(CtrInput in, String lawAa, String lawIncome) {
        TraceNode aa = ucApplicableAmount(in, lawAa), income = ucIncome(in, lawIncome);
        Money excess = income.amount().minus(aa.amount()).atLeastZero();
        TraceNode t = TraceNode.of("ctr.excess_income", "Income above the applicable amount").amount(excess, Period.WEEK)
                .working("Income " + income.amount().format() + " − applicable amount " + aa.amount().format() + " = " + excess.format()
                        + " (income at or below the applicable amount counts as nil: the maximum-reduction class)")
                .child(aa).child(income).build();
        return new Means(aa.amount(), income.amount(), t);
    }

    // ---- anyone not on UC: the Housing Benefit style means test the Default Scheme Schedules mirror ----

    static Means hbStyleMeans(CtrInput in, RatesAt r, String schemeName, NotOnUc rule) {
        List<Assumption> ignored = new ArrayList<>();
        Household h = in.circumstances().household();
        ApplicableAmount.Result aa = rule.ownAllowances().isPresent()
                ? ownApplicableAmount(in, rule.ownAllowances().get(), schemeName)
                : ApplicableAmount.calculate(h, in.earnings(), r, ignored);
        EarningsDisregards.Result disregards = EarningsDisregards.calculate(in.circumstances(), in.earnings(), aa, r, false);
        Money earnings = in.earnings().totalEarnings();
        TraceNode other = otherIncome(in, r);
        Money income = earnings.minus(disregards.total()).atLeastZero().plus(other.amount());
        TraceNode incomeT = TraceNode.of("ctr.income", "Income counted").amount(income, Period.WEEK)
                .working("Net earnings " + earnings.format() + " − disregards " + disregards.total().format()
                        + (other.amount().isPositive() ? " + other income " + other.amount().format() : "") + " = " + income.format()
                        + " (no UC this month: income and earnings disregards as the Housing Benefit working-age rules count them, which the scheme's schedules mirror; the HB specified-accommodation disregard (HB Sch 4 para 18) is HB's alone)")
                .law(schemeName + ": income of applicants not on UC (Default Scheme Schs 2-8)").child(disregards.trace()).child(other).build();
        Money excess = income.minus(aa.amount()).atLeastZero();
        TraceNode t = TraceNode.of("ctr.excess_income", "Income above the applicable amount").amount(excess, Period.WEEK)
                .working("Income " + income.format() + " − applicable amount " + aa.amount().format() + " = " + excess.format())
                .child(aa.trace()).child(incomeT).build();
        return new Means(aa.amount(), income, t);
    }

    /**
     * A scheme with its own personal allowances (Wales, Sch 7 para 1). Its child allowances and premiums are
     * not in the rates, so a household that would need them is refused rather than given HB's.
     */
    private static ApplicableAmount.Result ownApplicableAmount(CtrInput in, PersonalAllowances own, String schemeName) {
        Household h = in.circumstances().household();
        boolean needsMore = h.hasChildren() || h.adults().stream().anyMatch(a -> a.disabilityBenefit().any() || a.carer() || a.workCapability().limited());
        if (needsMore)
            throw new Unsupported(schemeName + ": for someone with no UC award, the scheme's child allowances and disability, carer and other premiums are not in the rates yet; only a single person or couple without children or those premiums can be calculated.");
        LocalDate date = in.circumstances().date();
        PersonalAllowances.Pick pick = own.pick(h);
        Money amount = pick.figure().at(date);
        TraceNode t = TraceNode.of("ctr.applicable_amount", "Applicable amount").amount(amount, Period.WEEK).rate(pick.figure().use(date))
                .working("Personal allowance (" + pick.who() + ") " + amount.format() + ", the scheme's own amount")
                .law(schemeName + ": applicable amount of an applicant not on UC").build();
        return new ApplicableAmount.Result(amount, false, false, t);
    }

    /** Carer's Allowance and other unearned income a week (child maintenance disregarded), plus tariff income from capital, as HB counts them. */
    static TraceNode otherIncome(CtrInput in, RatesAt r) {
        return HousingBenefit.otherIncome(in.earnings(), r, TraceNode.of("ctr.other_income", "Other income counted"), "");
    }

    /** UC earned income (claimant and partner, net as UC counts it) × 12/52. */
    static Money ucEarningsWeekly(CtrInput in) { return in.uc().earnedIncome().times(TWELVE_FIFTY_SECONDS); }
}
