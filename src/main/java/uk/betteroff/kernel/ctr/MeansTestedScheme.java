package uk.betteroff.kernel.ctr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The traditional means-tested scheme of the English Default Scheme (SI 2012/2886 Sch) and the Welsh
 * national scheme (WSI 2013/3029): the maximum reduction (a share of the weekly council tax less
 * non-dependant deductions), less the taper on income above the applicable amount. For a UC claimant
 * the applicable amount is the UC maximum amount and the income is the UC award plus the DWP's income
 * figure, both × 12/52 (paras 28, 37), so out of work the excess is nil. Westminster, Newham, Wales.
 */
public final class MeansTestedScheme implements CtrScheme {
    private final SchemeBasics basics;
    private final SchemeFigure<Rate> taper;
    private final NotOnUc notOnUc;

    public MeansTestedScheme(SchemeBasics basics, SchemeFigure<Rate> taper, NotOnUc notOnUc) {
        this.basics = basics;
        this.taper = taper;
        this.notOnUc = notOnUc;
    }

    @Override public String id() { return basics.id(); }

    @Override public String name() { return basics.name(); }

    public SchemeBasics basics() { return basics; }

    /**
     * The same scheme with another maximum reduction and taper in force throughout (from the first date of its own
     * values): an estimate's settings, read from {@code source} instead of the file.
     */
    @Override
    public java.util.Optional<CtrScheme> withSettings(Rate maximum, Rate taper, String source) {
        SchemeBasics b = new SchemeBasics(basics.id(), basics.name(), basics.nation(), basics.source(), setting(basics.maximumReduction(), maximum, source),
                basics.capitalLimit(), basics.minimumAward(), basics.nonDependants());
        return java.util.Optional.of(new MeansTestedScheme(b, setting(this.taper, taper, source), notOnUc));
    }

    private static SchemeFigure<Rate> setting(SchemeFigure<Rate> f, Rate value, String source) {
        SchemeFigure.Dated<Rate> first = f.values().get(0);
        return new SchemeFigure<>(f.id(), f.description(), List.of(new SchemeFigure.Dated<>(first.from(), value, source, first.refs(), value.percent())));
    }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        LocalDate date = in.circumstances().date();
        var household = in.circumstances().household();
        var capital = CtrSteps.overCapital(basics, household, date);
        if (capital.isPresent()) return capital.get();
        Rate share = basics.maximumReduction().at(date);
        TraceNode nonDeps = CtrSteps.nonDependants(basics, household, date);
        TraceNode max = CtrSteps.maximum(basics, share.fraction(), in, nonDeps,
                basics.maximumReduction().use(date));
        CtrSteps.Means means;
        if (in.onUniversalCredit()) {
            means = CtrSteps.ucMeans(in, basics.name() + ": applicable amount of a UC claimant (Default Scheme para 28)",
                    basics.name() + ": income of a UC claimant (Default Scheme para 37)");
        } else {
            notOnUc.check(basics);
            means = CtrSteps.hbStyleMeans(in, r, basics.name(), notOnUc);
        }
        Rate t = taper.at(date);
        Money tapered = means.excess().times(t);
        Money unrounded = max.amount().minus(tapered);
        List<String> words = new ArrayList<>();
        words.add("maximum " + max.amount().format() + " − " + t.percent() + " × income above the applicable amount " + means.excess().format()
                + " (" + tapered.format() + ") = " + unrounded.atLeastZero().format());
        TraceNode.Builder b = CtrSteps.root(basics).rate(taper.use(date)).rate(basics.capitalLimit().use(date))
                .law("Amount of reduction: maximum less the taper on excess income (Default Scheme paras 16-17; the taper \"a day\" is the weekly taper ÷ 7)");
        Money award = CtrSteps.award(basics, unrounded, date, words, b);
        return b.amount(award, Period.WEEK).working(String.join("; ", words)).child(max).child(means.trace()).build();
    }
}
