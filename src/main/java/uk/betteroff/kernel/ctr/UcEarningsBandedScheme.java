package uk.betteroff.kernel.ctr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * A UC-earnings-banded scheme (Brighton & Hove): for a UC claimant only the monthly earnings on the UC
 * statement ("earnings reported by your employer", claimant and partner) count; the UC award and other
 * income are ignored. The band gives the share of the council tax reduced, less non-dependant
 * deductions. Someone not on UC falls under the council's other scheme, as the file says.
 */
public final class UcEarningsBandedScheme implements CtrScheme {
    private final SchemeBasics basics;
    private final SchemeFigure<BandTable> bands;
    private final NotOnUc notOnUc;

    public UcEarningsBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, NotOnUc notOnUc) {
        this.basics = basics;
        this.bands = bands;
        this.notOnUc = notOnUc;
    }

    @Override public String id() { return basics.id(); }

    @Override public String name() { return basics.name(); }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        if (!in.onUniversalCredit()) notOnUc.check(basics);
        LocalDate date = in.circumstances().date();
        Household household = in.circumstances().household();
        var capital = CtrSteps.overCapital(basics, household, date);
        if (capital.isPresent()) return capital.get();
        Money earnings = in.uc().earnedIncome();
        BandTable.Placement place = bands.at(date).place(household, earnings);
        Rate share = place.band().map(Band::reduction).orElse(new Rate(java.math.BigDecimal.ZERO));
        java.math.BigDecimal applied = CtrSteps.share(share, basics.maximumReduction().at(date));
        String bandWords = place.band().map(b -> "band " + place.number() + " (earnings up to " + b.upTo().format() + " a month): " + share.percent())
                .orElse("above the top band (" + place.table().get(place.table().size() - 1).upTo().format() + " a month): no reduction");
        TraceNode band = TraceNode.of("ctr.band", "Earnings band").amount(earnings, Period.MONTH).rate(bands.use(date))
                .working("UC earned income (earnings reported by the employer, claimant and partner) " + earnings.format() + " a month: " + bandWords
                        + "; the UC award and other income are not counted")
                .law(basics.name() + ": earnings bands for UC claimants").build();
        TraceNode nonDeps = CtrSteps.nonDependants(basics, household, date);
        TraceNode max = CtrSteps.maximum(basics, applied, in, nonDeps,
                basics.maximumReduction().use(date));
        List<String> words = new ArrayList<>();
        words.add(bandWords + " of the council tax, less non-dependant deductions = " + max.amount().format());
        TraceNode.Builder b = CtrSteps.root(basics).rate(basics.capitalLimit().use(date));
        Money award = CtrSteps.award(basics, max.amount(), date, words, b);
        return b.amount(award, Period.WEEK).working(String.join("; ", words)).child(band).child(max).build();
    }

    /** The reduction is a band's percentage: it falls in steps. */
    @Override
    public boolean stepped() { return true; }
}
