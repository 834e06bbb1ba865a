package uk.betteroff.kernel.ctr;

import java.time.LocalDate;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;

/**
 * A UC-earnings-banded scheme (Brighton & Hove, Brent): for a UC claimant only the monthly earnings on the
 * UC statement ("earnings reported by your employer", claimant and partner) count, read against monthly
 * bands or, where the council publishes weekly bands, × 12/52; the UC award and other income are ignored.
 * The band gives the share of the council tax reduced, less non-dependant deductions. Someone not on UC
 * falls under the council's other scheme, or is refused, as the file says.
 */
public final class UcEarningsBandedScheme extends BandedScheme {
    private final Period per;
    private final NotOnUc notOnUc;

    /** {@code per}: the bands' period, a month (the UC statement's figure) or a week (that figure × 12/52). */
    public UcEarningsBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, Period per, NotOnUc notOnUc) {
        super(basics, bands);
        if (per != Period.MONTH && per != Period.WEEK) throw new IllegalArgumentException("UC earnings bands are per month or per week, not " + per);
        this.per = per;
        this.notOnUc = notOnUc;
    }

    @Override
    protected void refuseFirst(CtrInput in) {
        if (!in.onUniversalCredit()) notOnUc.check(basics);
    }

    @Override
    protected Measure measure(CtrInput in, RatesAt r, LocalDate date) {
        Money month = in.uc().earnedIncome();
        if (per == Period.MONTH)
            return new Measure(month, Period.MONTH, "Earnings band", "earnings", " a month",
                    (place, bandWords) -> "UC earned income (earnings reported by the employer, claimant and partner) " + month.format() + " a month: " + bandWords
                            + "; the UC award and other income are not counted",
                    basics.name() + ": earnings bands for UC claimants", null);
        // Weekly bands: the monthly figure × 12/52, unrounded (the council's own instruction for its weekly table)
        Money week = month.times(CtrSteps.TWELVE_FIFTY_SECONDS);
        return new Measure(week, Period.WEEK, "Earnings band", "earnings", " a week",
                (place, bandWords) -> "UC earned income (earnings reported by the employer, claimant and partner) " + month.format() + " a month × 12/52 = "
                        + week.format() + " a week: " + bandWords + "; the UC award and other income are not counted",
                basics.name() + ": earnings bands for UC claimants", null);
    }
}
