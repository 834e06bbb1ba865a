package uk.betteroff.kernel.ctr;

import java.time.LocalDate;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;

/**
 * A UC-earnings-banded scheme (Brighton & Hove): for a UC claimant only the monthly earnings on the UC
 * statement ("earnings reported by your employer", claimant and partner) count; the UC award and other
 * income are ignored. The band gives the share of the council tax reduced, less non-dependant
 * deductions. Someone not on UC falls under the council's other scheme, as the file says.
 */
public final class UcEarningsBandedScheme extends BandedScheme {
    private final NotOnUc notOnUc;

    public UcEarningsBandedScheme(SchemeBasics basics, SchemeFigure<BandTable> bands, NotOnUc notOnUc) {
        super(basics, bands);
        this.notOnUc = notOnUc;
    }

    @Override
    protected void refuseFirst(CtrInput in) {
        if (!in.onUniversalCredit()) notOnUc.check(basics);
    }

    @Override
    protected Measure measure(CtrInput in, RatesAt r, LocalDate date) {
        Money earnings = in.uc().earnedIncome();
        return new Measure(earnings, Period.MONTH, "Earnings band", "earnings", " a month",
                (place, bandWords) -> "UC earned income (earnings reported by the employer, claimant and partner) " + earnings.format() + " a month: " + bandWords
                        + "; the UC award and other income are not counted",
                basics.name() + ": earnings bands for UC claimants", null);
    }
}
