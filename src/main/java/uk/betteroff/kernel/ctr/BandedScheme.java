package uk.betteroff.kernel.ctr;

import java.math.BigDecimal;
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
 * A banded scheme: a measure of the household's means falls in a band of the scheme's table, the band
 * gives the share of the council tax reduced (up to the scheme's maximum), and non-dependant deductions
 * come off that. The schemes differ only in the measure ({@link #measure}); the capital limit, the
 * placing, the non-dependants and the minimum award are the same steps for all.
 */
abstract class BandedScheme implements CtrScheme {
    protected final SchemeBasics basics;
    private final SchemeFigure<BandTable> bands;

    BandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands) {
        this.basics = basics;
        this.bands = bands;
    }

    /**
     * What the bands are read on, and how its band node reads.
     *
     * @param noun the band's limit in words ("income", "earnings", "excess")
     * @param unit after each limit (" a month", or "" for weekly tables)
     * @param working the band node's working, given the placing and the band's words
     * @param child the measure's own trace node, or null
     */
    protected record Measure(Money amount, Period per, String label, String noun, String unit, Working working, String law, TraceNode child) {}

    protected interface Working {
        String words(BandTable.Placement place, String bandWords);
    }

    /** Refusals that come before the capital limit (the scheme's cases not modelled). */
    protected void refuseFirst(CtrInput in) {}

    /** The household's means as this scheme's bands read them. */
    protected abstract Measure measure(CtrInput in, RatesAt r, LocalDate date);

    @Override public String id() { return basics.id(); }

    @Override public String name() { return basics.name(); }

    /** The reduction is a band's percentage: it falls in steps. */
    @Override public boolean stepped() { return true; }

    @Override
    public final TraceNode calculate(CtrInput in, RatesAt r) {
        refuseFirst(in);
        LocalDate date = in.circumstances().date();
        Household household = in.circumstances().household();
        var capital = CtrSteps.overCapital(basics, household, date);
        if (capital.isPresent()) return capital.get();
        Measure m = measure(in, r, date);
        BandTable.Placement place = bands.at(date).place(household, m.amount());
        Rate share = place.band().map(Band::reduction).orElse(new Rate(BigDecimal.ZERO));
        BigDecimal applied = CtrSteps.share(share, basics.maximumReduction().at(date));
        String bandWords = place.band().map(b -> "band " + place.number() + " (" + m.noun() + " up to " + b.upTo().format() + m.unit() + "): " + share.percent())
                .orElse("above the top band (" + place.table().get(place.table().size() - 1).upTo().format() + m.unit() + "): no reduction");
        TraceNode.Builder bandT = TraceNode.of("ctr.band", m.label()).amount(m.amount(), m.per()).rate(bands.use(date))
                .working(m.working().words(place, bandWords)).law(m.law());
        if (m.child() != null) bandT.child(m.child());
        TraceNode band = bandT.build();
        TraceNode nonDeps = CtrSteps.nonDependants(basics, household, date);
        TraceNode max = CtrSteps.maximum(basics, applied, in, nonDeps, basics.maximumReduction().use(date));
        List<String> words = new ArrayList<>();
        words.add(bandWords + " of the council tax, less non-dependant deductions = " + max.amount().format());
        TraceNode.Builder b = CtrSteps.root(basics).rate(basics.capitalLimit().use(date));
        Money award = CtrSteps.award(basics, max.amount(), date, words, b);
        return b.amount(award, Period.WEEK).working(String.join("; ", words)).child(band).child(max).build();
    }
}
