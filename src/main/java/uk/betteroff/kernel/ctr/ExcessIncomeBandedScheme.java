package uk.betteroff.kernel.ctr;

import java.time.LocalDate;

import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;

/**
 * A banded excess-income scheme (Manchester): income above the applicable amount, counted as the
 * Default Scheme counts it (paras 28, 37 for a UC claimant), falls in a band that gives the share of the
 * council tax reduced; non-dependant deductions come off that.
 */
public final class ExcessIncomeBandedScheme extends BandedScheme {
    private final NotOnUc notOnUc;

    public ExcessIncomeBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, NotOnUc notOnUc) {
        super(basics, bands);
        this.notOnUc = notOnUc;
    }

    @Override
    protected Measure measure(CtrInput in, RatesAt r, LocalDate date) {
        CtrSteps.Means means;
        if (in.onUniversalCredit()) {
            means = CtrSteps.ucMeans(in, basics.name() + ": applicable amount of a UC claimant (the UC maximum amount × 12/52)",
                    basics.name() + ": income of a UC claimant (UC award + DWP income figure, × 12/52)");
        } else {
            notOnUc.check(basics);
            means = CtrSteps.hbStyleMeans(in, r, basics.name(), notOnUc);
        }
        return new Measure(means.excess(), Period.WEEK, "Excess income band", "excess", "",
                (place, bandWords) -> "Income above the applicable amount " + means.excess().format() + " a week: " + bandWords,
                basics.name() + ": excess income bands", means.trace());
    }
}
