package uk.betteroff.kernel.hb;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Housing Benefit for a working-age claimant in specified supported or temporary accommodation,
 * alongside UC (UC (Transitional Provisions) Regs 2014 reg 5(2)(a)). While UC is payable all income and
 * capital are disregarded, so HB is the maximum (HB Regs 2006 Sch 4 para 12, Sch 5 para 4, Sch 6 para
 * 5). When UC is nil, HB's own means test applies: maximum HB less 65% of income above the applicable
 * amount (regs 70-71), not paid below 50p a week (reg 75).
 */
public final class HousingBenefit {
    private HousingBenefit() {}

    public static HbResult calculate(HbInput in, RatesAt r) {
        Circumstances c = in.circumstances();
        Housing housing = c.housing();
        TraceNode.Builder t = r.trace("housing_benefit", "Housing Benefit").law("Social Security Contributions and Benefits Act 1992 s.130");
        if (!housing.tenure().housingBenefitAlongsideUc())
            return HbResult.none(t.amount(Money.ZERO, Period.WEEK)
                    .working(() -> "Working-age rent is met by the UC housing costs element, not Housing Benefit, except in specified supported or temporary accommodation")
                    .build());
        List<Assumption> assumptions = new ArrayList<>();
        Money weeklyRent = Periods.toPenny(housing.rent().money(), housing.rent().per(), Period.WEEK);
        TraceNode flatRate = IneligibleCharges.calculate(c.household(), housing.rentIncludes(), r);
        Money rent = weeklyRent.minus(flatRate.amount()).atLeastZero();
        TraceNode.Builder rentB = r.trace("hb.eligible_rent", "Eligible rent").amount(rent, Period.WEEK)
                .working(() -> Periods.words(housing.rent().money(), housing.rent().per(), Period.WEEK) + " = " + weeklyRent.format()
                        + (flatRate.amount().isPositive() ? " − meals and fuel in the rent " + flatRate.amount().format() + " = " + rent.format() : "")
                        + " (rent and eligible service charges; separately charged support, meals and personal fuel are ineligible charges the resident pays"
                        + (housing.tenure() == Tenure.SUPPORTED ? "; exempt accommodation is not capped at the Local Housing Allowance)" : ")"))
                .law("HB Regs 2006 reg 12B, Sch 1", "HB Regs 2006 reg 80(3)");
        if (housing.rentIncludes().any()) rentB.child(flatRate);
        TraceNode rentT = rentB.build();
        TraceNode nonDeps = NonDependantDeductions.calculate(c.household(), r);
        Money maximum = rent.minus(nonDeps.amount()).atLeastZero();
        TraceNode maxT = r.trace("hb.maximum", "Maximum Housing Benefit").amount(maximum, Period.WEEK)
                .working(() -> rent.format() + (nonDeps.amount().isPositive() ? " − non-dependant deductions " + nonDeps.amount().format() : "") + " = " + maximum.format())
                .law("HB Regs 2006 reg 70").child(rentT).child(nonDeps).build();
        t.child(maxT);

        if (in.onUniversalCredit()) {
            t.amount(maximum, Period.WEEK).law("HB Regs 2006 Sch 4 para 12, Sch 5 para 4, Sch 6 para 5", "HB Regs 2006 reg 2(3B)")
                    .working(() -> "UC is payable, so all earnings, other income and capital are disregarded (the UC \"passport\"): HB is the maximum, "
                            + maximum.format());
            return HbResult.withoutMeansTest(rent, nonDeps.amount(), maximum, true, maximum, t.build(), assumptions);
        }

        Money upper = r.money(HB_CAPITAL_UPPER_LIMIT);
        if (c.household().capital().isGreaterThan(upper)) {
            t.amount(Money.ZERO, Period.WEEK).rate(r.use(HB_CAPITAL_UPPER_LIMIT)).law("HB Regs 2006 reg 43")
                    .working(() -> "No UC, and capital of " + c.household().capital().format() + " is over the " + upper.format() + " limit: no HB");
            return HbResult.withoutMeansTest(rent, nonDeps.amount(), maximum, false, Money.ZERO, t.build(), assumptions);
        }

        ApplicableAmount.Result aa = ApplicableAmount.calculate(c.household(), in, r, assumptions);
        EarningsDisregards.Result disregards = EarningsDisregards.calculate(c, in, aa, r);
        TraceNode other = otherIncome(in, r);
        Money earnings = in.totalEarnings();
        Money income = earnings.minus(disregards.total()).atLeastZero().plus(other.amount());
        TraceNode incomeT = r.trace("hb.income", "Income counted").amount(income, Period.WEEK)
                .working(() -> "Net earnings " + earnings.format() + " − disregards " + disregards.total().format()
                        + (other.amount().isPositive() ? " + other income " + other.amount().format() : "") + " = " + income.format())
                .law("HB Regs 2006 regs 27, 36, Sch 4").child(disregards.trace()).child(other).build();
        Money excess = income.minus(aa.amount()).atLeastZero();
        Money taper = excess.times(r.rate(HB_TAPER));
        Money award = maximum.minus(taper).atLeastZero().roundHalfUpToPenny();
        String working = "No UC this month, so HB's own means test applies: maximum " + maximum.format() + " − "
                + r.rate(HB_TAPER).percent() + " × (income " + income.format() + " − applicable amount " + aa.amount().format() + ") = "
                + maximum.minus(taper).atLeastZero().format() + ", rounded to the penny = " + award.format();
        Money minimum = r.money(HB_MINIMUM_AWARD);
        if (award.isPositive() && award.isLessThan(minimum)) {
            working += "; below the " + minimum.format() + " minimum, so not paid";
            award = Money.ZERO;
        }
        t.amount(award, Period.WEEK).working(working).law("HB Regs 2006 regs 70, 71, 75, 80(9)")
                .rate(r.use(HB_TAPER)).rate(r.use(HB_MINIMUM_AWARD)).child(aa.trace()).child(incomeT);
        return new HbResult(rent, nonDeps.amount(), maximum, false, true, aa.amount(), disregards.total(), disregards.additional(),
                disregards.childcare(), income, award, t.build(), assumptions);
    }

    private static TraceNode otherIncome(HbInput in, RatesAt r) {
        return otherIncome(in, r, r.trace("hb.other_income", "Other income counted").law("HB Regs 2006 regs 31, 40, 52, Sch 5"), " (Sch 5 para 47)");
    }

    /**
     * Carer's Allowance and other unearned income a week, child maintenance disregarded, plus tariff income from
     * capital (reg 52), as HB counts them — and the CTR schemes that count income as HB does. On {@code t}, which
     * names the node and its law; {@code maintenanceLaw} follows "child maintenance disregarded" in the working.
     */
    public static TraceNode otherIncome(HbInput in, RatesAt r, TraceNode.Builder t, String maintenanceLaw) {
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        var adults = in.circumstances().household().adults();
        for (int i = 0; i < adults.size(); i++) {
            Money ca = in.weeklyCarersAllowance().get(i);
            if (ca.isPositive()) {
                total = total.plus(ca);
                parts.add("Carer's Allowance " + ca.format());
            }
            for (var u : adults.get(i).unearnedIncome()) {
                if (u.type() == uk.betteroff.kernel.household.UnearnedIncome.Type.CHILD_MAINTENANCE) {
                    parts.add("child maintenance disregarded" + maintenanceLaw);
                    continue;
                }
                Money w = u.amount().toPenny(Period.WEEK);
                total = total.plus(w);
                parts.add(u.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + w.format());
            }
        }
        Tariff tariff = tariffIncome(in.circumstances().household().capital(), r, t);
        if (tariff.steps() > 0) {
            total = total.plus(tariff.weekly());
            parts.add("tariff income from capital " + tariff.steps() + " × " + r.money(HB_CAPITAL_TARIFF_PER_STEP).format() + " = " + tariff.weekly().format());
        }
        return t.amount(total, Period.WEEK).working(() -> parts.isEmpty() ? "None" : String.join("; ", parts)).build();
    }

    /** Tariff income from capital: each step (or part) above the lower limit counts as the weekly amount (HB Regs 2006 reg 52). */
    private record Tariff(long steps, Money weekly) {}

    /** The tariff income on {@code capital}, noting the rates read on {@code t} when there is any. */
    private static Tariff tariffIncome(Money capital, RatesAt r, TraceNode.Builder t) {
        Money lower = r.money(HB_CAPITAL_LOWER_LIMIT);
        if (!capital.isGreaterThan(lower)) return new Tariff(0, Money.ZERO);
        long steps = capital.minus(lower).stepsOfOrPart(r.money(HB_CAPITAL_TARIFF_STEP));
        t.rate(r.use(HB_CAPITAL_LOWER_LIMIT)).rate(r.use(HB_CAPITAL_TARIFF_STEP)).rate(r.use(HB_CAPITAL_TARIFF_PER_STEP));
        return new Tariff(steps, r.money(HB_CAPITAL_TARIFF_PER_STEP).times(steps));
    }
}
