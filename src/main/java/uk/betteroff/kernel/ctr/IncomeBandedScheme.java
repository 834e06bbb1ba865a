package uk.betteroff.kernel.ctr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.betteroff.kernel.Unsupported;

import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * An income-banded scheme (Oxford, North Lincolnshire): the household's weekly net income, less the
 * scheme's earnings disregard, falls in a band that gives a share of the council tax; non-dependant
 * deductions come off that. A UC claimant's income is UC earned income, unearned income and the UC
 * award less its housing element, all × 12/52; anyone else's is weekly net earnings and other income.
 * Child Benefit and child maintenance are disregarded.
 */
public final class IncomeBandedScheme implements CtrScheme {
    private final SchemeBasics basics;
    private final SchemeFigure<BandTable> bands;
    private final SchemeFigure<Money> earningsDisregard;
    private final Optional<String> protectedGroupUnsupported;

    /** {@code protectedGroupUnsupported}: the scheme has a protected group (disability) whose own bands are not in the file; such households are refused with this reason. */
    public IncomeBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, SchemeFigure<Money> earningsDisregard,
                              Optional<String> protectedGroupUnsupported) {
        this.basics = basics;
        this.bands = bands;
        this.earningsDisregard = earningsDisregard;
        this.protectedGroupUnsupported = protectedGroupUnsupported;
    }

    @Override public String id() { return basics.id(); }

    @Override public String name() { return basics.name(); }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        LocalDate date = in.circumstances().date();
        Household household = in.circumstances().household();
        if (protectedGroupUnsupported.isPresent() && disabled(household))
            throw new Unsupported(basics.name() + ": a household with a disability may be in the scheme's protected group, whose bands are not modelled ("
                    + protectedGroupUnsupported.get() + ").");
        var capital = CtrSteps.overCapital(basics, household, date);
        if (capital.isPresent()) return capital.get();
        TraceNode income = income(in, r, date);
        BandTable.Placement place = bands.at(date).place(household, income.amount());
        Rate share = place.band().map(Band::reduction).orElse(new Rate(java.math.BigDecimal.ZERO));
        Rate maxShare = basics.maximumReduction().at(date);
        java.math.BigDecimal applied = CtrSteps.share(share, maxShare);
        String bandWords = place.band().map(b -> "band " + place.number() + " (income up to " + b.upTo().format() + "): " + share.percent())
                .orElse("above the top band (" + place.table().get(place.table().size() - 1).upTo().format() + "): no reduction");
        TraceNode band = TraceNode.of("ctr.band", "Income band").amount(income.amount(), Period.WEEK).rate(bands.use(date))
                .working("Weekly income " + income.amount().format() + " in the " + place.type().words() + " table: " + bandWords)
                .law(basics.name() + ": income bands").child(income).build();
        TraceNode nonDeps = CtrSteps.nonDependants(basics, household, date);
        TraceNode max = CtrSteps.maximum(basics, applied, in, nonDeps,
                basics.maximumReduction().use(date));
        List<String> words = new ArrayList<>();
        words.add(bandWords + " of the council tax, less non-dependant deductions = " + max.amount().format());
        TraceNode.Builder b = CtrSteps.root(basics).rate(basics.capitalLimit().use(date));
        Money award = CtrSteps.award(basics, max.amount(), date, words, b);
        return b.amount(award, Period.WEEK).working(String.join("; ", words)).child(band).child(max).build();
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

    /** The reduction is a band's percentage: it falls in steps. */
    @Override
    public boolean stepped() { return true; }
}
