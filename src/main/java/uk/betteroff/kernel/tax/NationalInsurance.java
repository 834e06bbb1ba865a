package uk.betteroff.kernel.tax;

import static uk.betteroff.kernel.rates.RateKeys.*;

import uk.betteroff.kernel.household.Job.PayFrequency;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Employee Class 1 NI for one earnings period (SSCBA 1992 s.8; SS (Contributions) Regs 2001 regs 10-11):
 * the main rate between the primary threshold and the upper earnings limit, the upper rate above it.
 * Weekly-based periods use the weekly thresholds times the number of weeks (reg 11).
 */
public final class NationalInsurance {
    private NationalInsurance() {}

    public static TraceNode.Builder forPeriod(Money gross, PayFrequency pay, RatesAt r) {
        Money pt;
        Money uel;
        switch (pay) {
            case MONTHLY -> { pt = r.money(NI_PRIMARY_THRESHOLD_MONTH); uel = r.money(NI_UPPER_EARNINGS_LIMIT_MONTH); }
            default -> {
                long weeks = Payroll.weeksIn(pay);
                pt = r.money(NI_PRIMARY_THRESHOLD_WEEK).times(weeks);
                uel = r.money(NI_UPPER_EARNINGS_LIMIT_WEEK).times(weeks);
            }
        }
        Money main = gross.min(uel).minus(pt).atLeastZero().times(r.rate(NI_MAIN_RATE));
        Money upper = gross.minus(uel).atLeastZero().times(r.rate(NI_UPPER_RATE));
        Money ni = main.plus(upper).roundHalfUpToPenny();
        boolean monthly = pay == PayFrequency.MONTHLY;
        return r.trace("national_insurance", "National Insurance")
                .amount(ni, Payroll.period(pay))
                .working(() -> r.rate(NI_MAIN_RATE).percent() + " × (" + gross.min(uel).format() + " − " + pt.format() + ")"
                        + (upper.isPositive() ? " + " + r.rate(NI_UPPER_RATE).percent() + " × (" + gross.format() + " − " + uel.format() + ")" : "")
                        + " = " + ni.format() + ", rounded to the penny")
                .law("Social Security Contributions and Benefits Act 1992 s.8", "Social Security (Contributions) Regulations 2001 regs 10-11")
                .rate(r.use(monthly ? NI_PRIMARY_THRESHOLD_MONTH : NI_PRIMARY_THRESHOLD_WEEK))
                .rate(r.use(monthly ? NI_UPPER_EARNINGS_LIMIT_MONTH : NI_UPPER_EARNINGS_LIMIT_WEEK))
                .rate(r.use(NI_MAIN_RATE)).rate(r.use(NI_UPPER_RATE));
    }
}
