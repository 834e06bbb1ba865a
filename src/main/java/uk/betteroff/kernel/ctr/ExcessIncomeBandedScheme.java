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
 * A banded excess-income scheme (Manchester): income above the applicable amount, counted as the
 * Default Scheme counts it (paras 28, 37 for a UC claimant), falls in a band that gives the share of the
 * council tax reduced; non-dependant deductions come off that.
 */
public final class ExcessIncomeBandedScheme implements CtrScheme {
    private final SchemeBasics basics;
    private final SchemeFigure<BandTable> bands;
    private final NotOnUc notOnUc;

    public ExcessIncomeBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, NotOnUc notOnUc) {
        this.basics = basics;
        this.bands = bands;
        this.notOnUc = notOnUc;
    }

    @Override public String id() { return basics.id(); }

    @Override public String name() { return basics.name(); }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        LocalDate date = in.circumstances().date();
        Household household = in.circumstances().household();
        var capital = CtrSteps.overCapital(basics, household, date);
        if (capital.isPresent()) return capital.get();
        CtrSteps.Means means;
        if (in.onUniversalCredit()) {
            means = CtrSteps.ucMeans(in, basics.name() + ": applicable amount of a UC claimant (the UC maximum amount × 12/52)",
                    basics.name() + ": income of a UC claimant (UC award + DWP income figure, × 12/52)");
        } else {
            notOnUc.check(basics);
            means = CtrSteps.hbStyleMeans(in, r, basics.name(), notOnUc);
        }
        BandTable.Placement place = bands.at(date).place(household, means.excess());
        Rate share = place.band().map(Band::reduction).orElse(new Rate(java.math.BigDecimal.ZERO));
        java.math.BigDecimal applied = CtrSteps.share(share, basics.maximumReduction().at(date));
        String bandWords = place.band().map(b -> "band " + place.number() + " (excess up to " + b.upTo().format() + "): " + share.percent())
                .orElse("above the top band (" + place.table().get(place.table().size() - 1).upTo().format() + "): no reduction");
        TraceNode band = TraceNode.of("ctr.band", "Excess income band").amount(means.excess(), Period.WEEK).rate(bands.use(date))
                .working("Income above the applicable amount " + means.excess().format() + " a week: " + bandWords)
                .law(basics.name() + ": excess income bands").child(means.trace()).build();
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
