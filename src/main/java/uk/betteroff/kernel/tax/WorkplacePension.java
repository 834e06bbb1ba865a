package uk.betteroff.kernel.tax;

import static uk.betteroff.kernel.rates.RateKeys.*;

import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Job.PayFrequency;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The employee's pension contribution for one pay period, taken under a net-pay arrangement (before
 * income tax, not before NI). {@code auto}: the auto-enrolment minimum on qualifying earnings for the pay
 * reference period, once pay reaches the earnings trigger (Pensions Act 2008 ss.3, 13, 20; the
 * Occupational and Personal Pension Schemes (Automatic Enrolment) Regulations 2010).
 */
public final class WorkplacePension {
    private WorkplacePension() {}

    public static TraceNode.Builder forPeriod(Money gross, Job job, RatesAt r) {
        TraceNode.Builder t = r.trace("pension_contribution", "Pension contribution");
        Money due;
        switch (job.pension()) {
            case Job.Pension.None n -> {
                due = Money.ZERO;
                t.working(() -> "No pension contribution entered");
            }
            case Job.Pension.EmployeePercent p -> {
                due = gross.times(p.share()).roundHalfUpToPenny();
                t.working(() -> p.share().percent() + " × " + gross.format() + " = " + due.format() + " (net-pay arrangement)");
            }
            case Job.Pension.AutoEnrolment a -> {
                RateKey trigger = trigger(job.pay());
                RateKey lowerKey = lower(job.pay());
                RateKey upperKey = upper(job.pay());
                Money lower = r.money(lowerKey);
                Money upper = r.money(upperKey);
                t.rate(r.use(trigger)).rate(r.use(lowerKey)).rate(r.use(upperKey)).rate(r.use(PENSION_AE_EMPLOYEE_RATE))
                        .law("Pensions Act 2008 ss.3, 13, 20");
                if (gross.isLessThan(r.money(trigger))) {
                    due = Money.ZERO;
                    t.working(() -> "Pay " + gross.format() + " is below the auto-enrolment trigger " + r.money(trigger).format()
                            + ": not automatically enrolled");
                } else {
                    Money qualifying = gross.min(upper).minus(lower).atLeastZero();
                    due = qualifying.times(r.rate(PENSION_AE_EMPLOYEE_RATE)).roundHalfUpToPenny();
                    t.working(() -> r.rate(PENSION_AE_EMPLOYEE_RATE).percent() + " × qualifying earnings (" + gross.min(upper).format()
                            + " − " + lower.format() + ") = " + due.format() + " (net-pay arrangement)");
                }
            }
        }
        return t.amount(due, Payroll.period(job.pay()));
    }

    private static RateKey trigger(PayFrequency p) {
        return switch (p) {
            case WEEKLY -> PENSION_AE_TRIGGER_WEEK;
            case FORTNIGHTLY -> PENSION_AE_TRIGGER_FORTNIGHT;
            case FOUR_WEEKLY -> PENSION_AE_TRIGGER_FOUR_WEEKS;
            case MONTHLY -> PENSION_AE_TRIGGER_MONTH;
        };
    }

    private static RateKey lower(PayFrequency p) {
        return switch (p) {
            case WEEKLY -> PENSION_AE_LOWER_WEEK;
            case FORTNIGHTLY -> PENSION_AE_LOWER_FORTNIGHT;
            case FOUR_WEEKLY -> PENSION_AE_LOWER_FOUR_WEEKS;
            case MONTHLY -> PENSION_AE_LOWER_MONTH;
        };
    }

    private static RateKey upper(PayFrequency p) {
        return switch (p) {
            case WEEKLY -> PENSION_AE_UPPER_WEEK;
            case FORTNIGHTLY -> PENSION_AE_UPPER_FORTNIGHT;
            case FOUR_WEEKLY -> PENSION_AE_UPPER_FOUR_WEEKS;
            case MONTHLY -> PENSION_AE_UPPER_MONTH;
        };
    }
}
