package uk.betteroff.kernel.ctr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Scotland's national working-age scheme (Council Tax Reduction (Scotland) Regulations 2021, SSI
 * 2021/249), for an applicant with a UC award. Since 1 April 2025 a nil award caused by earnings still
 * counts as an award (SSI 2025 amendment), so the UC rules apply at any hours; before that date (the
 * file's {@code nil_uc_award_counts}) a week with no UC entitlement is refused. The applicable amount is
 * the Scottish personal allowance and a child premium for each child (reg 35, Sch 1 paras 1-2), not the
 * UC maximum amount; income is UC earned income and unearned income × 12/52 (regs 42, 43, 47) plus the
 * part of the UC award reg 57(2)(d) counts, its child element (limited to the award when the benefit
 * cap takes it lower); the reduction is the maximum less 20% of the excess (reg 13). The water and
 * sewerage charges billed with council tax are reduced by the scheme's share × (CTR ÷ council tax).
 */
public final class ScottishScheme implements CtrScheme {
    /** The Scottish personal allowances, child premium and carer premium a week (Sch 1 paras 1-2, 5, 17). */
    public record Allowances(SchemeFigure<Money> singleUnder25, SchemeFigure<Money> single25Plus, SchemeFigure<Money> loneParent,
                             SchemeFigure<Money> couple, SchemeFigure<Money> childPremium, SchemeFigure<Money> carerPremium) {}

    /**
     * The weekly earnings disregards of Sch 3, which apply to an applicant with UC (the schedule is made for
     * reg 49(6)(d), UC employed earnings, as well as reg 50): lone parent (para 5), limited capability for work
     * (para 4(3)), carer element (para 6(1)(b)), couple (para 8), anyone else (para 11).
     */
    public record EarningsDisregards(SchemeFigure<Money> loneParent, SchemeFigure<Money> limitedCapability, SchemeFigure<Money> carer,
                                     SchemeFigure<Money> couple, SchemeFigure<Money> single) {}

    private final SchemeBasics basics;
    private final SchemeFigure<Rate> taper;
    private final Allowances allowances;
    private final EarningsDisregards disregards;
    private final SchemeFigure<Rate> water;
    private final SchemeFigure<Boolean> nilAwardCounts;

    public ScottishScheme(SchemeBasics basics, SchemeFigure<Rate> taper, Allowances allowances, EarningsDisregards disregards,
                          SchemeFigure<Rate> water, SchemeFigure<Boolean> nilAwardCounts) {
        this.basics = basics;
        this.taper = taper;
        this.allowances = allowances;
        this.disregards = disregards;
        this.water = water;
        this.nilAwardCounts = nilAwardCounts;
    }

    @Override public String id() { return basics.id(); }

    @Override public String name() { return basics.name(); }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        LocalDate date = in.circumstances().date();
        Household h = in.circumstances().household();
        refuseWhatIsNotModelled(h, in);
        if (!in.onUniversalCredit() && !nilAwardCounts.at(date))
            throw new Unsupported(basics.name() + ": on " + date + " a UC award reduced to nil did not yet count as an award (it does from the"
                    + " Council Tax Reduction (Miscellaneous Amendment) (Scotland) Regulations 2025), and the scheme's rules for an applicant"
                    + " without UC are not modelled, so this option's Council Tax Reduction cannot be calculated.");
        var capital = CtrSteps.overCapital(basics, h, date);
        if (capital.isPresent()) return capital.get();
        Rate share = basics.maximumReduction().at(date);
        TraceNode nonDeps = CtrSteps.nonDependants(basics, h, date);
        TraceNode max = CtrSteps.maximum(basics, share.fraction(), in, nonDeps,
                basics.maximumReduction().use(date));
        TraceNode aa = applicableAmount(h, date);
        TraceNode income = income(in, h, date);
        Money excess = income.amount().minus(aa.amount()).atLeastZero();
        TraceNode excessT = TraceNode.of("ctr.excess_income", "Income above the applicable amount").amount(excess, Period.WEEK)
                .working("Income " + income.amount().format() + " − applicable amount " + aa.amount().format() + " = " + excess.format()
                        + " (nil when income is at or below the applicable amount)")
                .law("SSI 2021/249 reg 13").child(aa).child(income).build();
        Rate t = taper.at(date);
        Money tapered = excess.times(t);
        List<String> words = new ArrayList<>();
        words.add("maximum " + max.amount().format() + " − " + t.percent() + " × " + excess.format() + " (" + tapered.format() + ") = "
                + max.amount().minus(tapered).atLeastZero().format());
        TraceNode.Builder b = CtrSteps.root(basics).law("SSI 2021/249 regs 13, 79").rate(taper.use(date)).rate(basics.capitalLimit().use(date));
        Money award = CtrSteps.award(basics, max.amount().minus(tapered), date, words, b);
        return b.amount(award, Period.WEEK).working(String.join("; ", words)).child(max).child(excessT)
                .child(waterAndSewerage(award, in.weeklyCouncilTax(), date)).build();
    }

    /** The disability premiums, the carer premium for two partners who may care for the same person, and the childcare charges deduction, are not in the scheme file yet: refuse plainly. */
    private void refuseWhatIsNotModelled(Household h, CtrInput in) {
        for (Adult a : h.adults())
            if (a.disabilityBenefit().any())
                throw new Unsupported(basics.name() + ": the disability premiums of the Scottish scheme (SSI 2021/249 Sch 1 Part 4) are not modelled yet, so Council Tax Reduction for this household cannot be calculated.");
        if (h.adults().stream().filter(Adult::carer).count() > 1)
            throw new Unsupported(basics.name() + ": when both partners are carers, the carer premium is paid for each only if they do not care for the same person (SSI 2021/249 Sch 1 para 5(3)), which the case does not say, so Council Tax Reduction for this household cannot be calculated.");
        for (Child c : h.children())
            if (c.disability() != Child.Disability.NONE)
                throw new Unsupported(basics.name() + ": the disabled child premiums of the Scottish scheme (SSI 2021/249 Sch 1) are not modelled yet.");
        if (in.uc().childcare().isPositive())
            throw new Unsupported(basics.name() + ": the deduction for childcare charges (SSI 2021/249 regs 42(2)(c), 78) is not modelled yet.");
    }

    private TraceNode applicableAmount(Household h, LocalDate date) {
        SchemeFigure<Money> personal;
        String who;
        if (h.couple()) { personal = allowances.couple(); who = "couple"; }
        else if (h.hasChildren()) { personal = allowances.loneParent(); who = "lone parent"; }
        else if (h.adults().get(0).age() >= 25 || h.adults().get(0).workCapability().limited()) {
            personal = allowances.single25Plus();
            who = h.adults().get(0).age() >= 25 ? "single, 25 or over" : "single, with limited capability for work on UC";
        } else { personal = allowances.singleUnder25(); who = "single, under 25"; }
        Money pa = personal.at(date);
        Money each = allowances.childPremium().at(date);
        Money children = each.times(h.children().size());
        boolean carer = h.adults().stream().anyMatch(Adult::carer);
        Money carerPremium = carer ? allowances.carerPremium().at(date) : Money.ZERO;
        Money total = pa.plus(children).plus(carerPremium);
        String words = "Personal allowance (" + who + ") " + pa.format()
                + (h.hasChildren() ? " + child premium " + h.children().size() + " × " + each.format() : "")
                + (carer ? " + carer premium " + carerPremium.format() + " (regular and substantial caring for a severely disabled person)" : "");
        TraceNode.Builder t = TraceNode.of("ctr.applicable_amount", "Applicable amount").amount(total, Period.WEEK)
                .law("SSI 2021/249 reg 35, Sch 1 paras 1-2" + (carer ? ", 5, 17" : "")).rate(personal.use(date))
                .working(words + (h.hasChildren() || carer ? " = " + total.format() : ""));
        if (h.hasChildren()) t.rate(allowances.childPremium().use(date));
        if (carer) t.rate(allowances.carerPremium().use(date));
        return t.build();
    }

    private TraceNode income(CtrInput in, Household h, LocalDate date) {
        Money e = in.uc().earnedIncome(), u = in.uc().unearnedIncome();
        Money child = in.uc().childElements().min(in.ucAward());
        Money earnings = e.times(CtrSteps.TWELVE_FIFTY_SECONDS);
        Money other = u.plus(child).times(CtrSteps.TWELVE_FIFTY_SECONDS);
        TraceNode disregard = earningsDisregard(h, earnings, date);
        Money weekly = earnings.minus(disregard.amount()).plus(other);
        return TraceNode.of("ctr.income", "Income (UC claimant)").amount(weekly, Period.WEEK)
                .law("SSI 2021/249 regs 42, 43, 47, 49, 57(2)(d), Sch 3")
                .working("UC earned income " + e.format() + " a month × 12/52 = " + earnings.format() + " a week, less the earnings disregard "
                        + disregard.amount().format() + "; (unearned income " + u.format() + " + the UC child element counted " + child.format()
                        + ") a month × 12/52 = " + other.format() + "; total " + weekly.format()
                        + " a week; the rest of the UC award is not income for the Scottish scheme")
                .child(disregard).build();
    }

    /**
     * The one Sch 3 disregard that applies, never more than the earnings. Para 5 (lone parent) comes first: para 4
     * applies only where para 5 does not, para 6 where neither does; then the couple (para 8) or anyone else (para 11).
     * The £17.10 of para 15 is only for earnings under reg 50 (no UC award), and para 12 (exempt work while on
     * contributory ESA or the like) reaches no household a case describes.
     */
    private TraceNode earningsDisregard(Household h, Money weeklyEarnings, LocalDate date) {
        TraceNode.Builder t = TraceNode.of("ctr.earnings_disregard", "Earnings disregard");
        if (!weeklyEarnings.isPositive())
            return t.amount(Money.ZERO, Period.WEEK).working("No earnings, so no earnings disregard").law("SSI 2021/249 Sch 3").build();
        SchemeFigure<Money> figure;
        String who, law;
        if (!h.couple() && h.hasChildren()) { figure = disregards.loneParent(); who = "lone parent"; law = "para 5"; }
        else if (h.adults().stream().anyMatch(a -> a.workCapability().limited())) {
            figure = disregards.limitedCapability(); who = "UC with limited capability for work, in employment"; law = "para 4(3)";
        } else if (h.adults().stream().anyMatch(Adult::carer)) {
            if (h.couple())
                throw new Unsupported(basics.name() + ": for a couple with a carer, the earnings disregard is £20 of the carer's own earnings and part of the"
                        + " partner's (SSI 2021/249 Sch 3 paras 6-7), which needs each partner's earnings as UC counts them; not modelled yet.");
            figure = disregards.carer(); who = "carer, UC award with the carer element"; law = "para 6(1)(b)";
        } else if (h.couple()) { figure = disregards.couple(); who = "couple"; law = "para 8"; }
        else { figure = disregards.single(); who = "single"; law = "para 11"; }
        Money most = figure.at(date);
        Money amount = most.min(weeklyEarnings);
        return t.amount(amount, Period.WEEK).rate(figure.use(date)).law("SSI 2021/249 Sch 3 " + law + " (for an applicant with UC by reg 49(6)(d))")
                .working(who + ": " + most.format() + " a week" + (amount.equals(most) ? "" : ", limited to the earnings " + amount.format())).build();
    }

    private TraceNode waterAndSewerage(Money ctr, Money councilTax, LocalDate date) {
        Rate max = water.at(date);
        BigDecimal fraction = councilTax.isPositive()
                ? max.fraction().multiply(ctr.amount()).divide(councilTax.amount(), MathContext.DECIMAL64) : BigDecimal.ZERO;
        String percent = fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
        return TraceNode.of("ctr.water_sewerage_reduction", "Water and sewerage charges reduction").amount(Money.ZERO, Period.NONE)
                .rate(water.use(date)).law("Water and sewerage charges reduction (Local Government Finance Act 1992 Sch 11, Scottish Water charges schemes)")
                .working("The Scottish Water charges billed with council tax (not included in the council tax entered) are reduced by "
                        + max.percent() + " × (Council Tax Reduction " + ctr.format() + " ÷ council tax " + councilTax.format() + ") = " + percent)
                .build();
    }
}
