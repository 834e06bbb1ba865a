package uk.betteroff.kernel.ctr;

import java.time.LocalDate;
import java.util.Optional;

import uk.betteroff.kernel.Unsupported;

import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * An income-banded scheme (Oxford, North Lincolnshire): the household's weekly net income, less the
 * scheme's earnings disregard, falls in a band that gives a share of the council tax; non-dependant
 * deductions come off that. A UC claimant's income is UC earned income, unearned income and the UC
 * award less its housing element, all × 12/52; anyone else's is weekly net earnings and other income.
 * Child Benefit and child maintenance are disregarded.
 */
public final class IncomeBandedScheme extends BandedScheme {
    private final SchemeFigure<Money> earningsDisregard;
    private final Optional<String> protectedGroupUnsupported;

    /** {@code protectedGroupUnsupported}: the scheme has a protected group (disability) whose own bands are not in the file; such households are refused with this reason. */
    public IncomeBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, SchemeFigure<Money> earningsDisregard,
                              Optional<String> protectedGroupUnsupported) {
        super(basics, bands);
        this.earningsDisregard = earningsDisregard;
        this.protectedGroupUnsupported = protectedGroupUnsupported;
    }

    @Override
    protected void refuseFirst(CtrInput in) {
        if (protectedGroupUnsupported.isPresent() && disabled(in.circumstances().household()))
            throw new Unsupported(basics.name() + ": a household with a disability may be in the scheme's protected group, whose bands are not modelled ("
                    + protectedGroupUnsupported.get() + ").");
    }

    @Override
    protected Measure measure(CtrInput in, RatesAt r, LocalDate date) {
        TraceNode income = income(in, r, date);
        return new Measure(income.amount(), Period.WEEK, "Income band", "income", "",
                (place, bandWords) -> "Weekly income " + income.amount().format() + " in the " + place.type().words() + " table: " + bandWords,
                basics.name() + ": income bands", income);
    }

    private static boolean disabled(Household h) {
        return h.adults().stream().anyMatch(a -> a.disabilityBenefit().any() || a.workCapability().limited())
                || h.children().stream().anyMatch(c -> c.disability() != uk.betteroff.kernel.household.Child.Disability.NONE);
    }

    private TraceNode income(CtrInput in, RatesAt r, LocalDate date) {
        Money disregard = earningsDisregard.at(date);
        TraceNode.Builder t = TraceNode.of("ctr.income", "Weekly income for the bands").rate(earningsDisregard.use(date))
                .law(basics.name() + ": income");
        Money earnings, other;
        String words;
        if (in.onUniversalCredit()) {
            earnings = CtrSteps.ucEarningsWeekly(in);
            Money housing = in.uc().housing().min(in.ucAward());
            Money ucLessHousing = in.ucAward().minus(housing);
            Money month = in.uc().unearnedIncome().plus(ucLessHousing);
            other = month.times(CtrSteps.TWELVE_FIFTY_SECONDS);
            words = "UC earned income " + in.uc().earnedIncome().format() + " a month × 12/52 = " + earnings.format() + "; (UC award " + in.ucAward().format()
                    + " − housing element " + housing.format() + " + unearned income " + in.uc().unearnedIncome().format() + ") × 12/52 = " + other.format();
        } else {
            earnings = in.earnings().totalEarnings();
            TraceNode o = CtrSteps.otherIncome(in, r);
            t.child(o);
            other = o.amount();
            words = "No UC: net earnings " + earnings.format() + " a week; other income " + other.format();
        }
        Money disregarded = disregard.min(earnings);
        Money total = earnings.minus(disregarded).plus(other);
        return t.amount(total, Period.WEEK).working(words + "; earnings disregard " + disregarded.format() + " (up to " + disregard.format()
                + "); Child Benefit and child maintenance disregarded; total " + total.format() + " a week").build();
    }
}
