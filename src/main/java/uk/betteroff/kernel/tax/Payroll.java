package uk.betteroff.kernel.tax;

import java.math.BigDecimal;

import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Job.PayFrequency;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * One job's payslip for one pay period, by the conventions in docs/design.md: pay = hours × wage × weeks in
 * the period (or salary ÷ periods a year), in whole pence; income tax = the year's liability on that
 * pay (after net-pay pension) spread evenly over the periods; NI with that period's thresholds; net pay
 * = gross − tax − NI − pension, each to the penny.
 */
public final class Payroll {
    private Payroll() {}

    /**
     * A payslip: every figure is per pay period ({@link #period()}). {@code trace} explains the take-home pay;
     * {@code steps} its parts, each shown as a figure of its own.
     */
    public record Payslip(Job job, Money gross, Money incomeTax, Money nationalInsurance, Money pension, TraceNode trace, Steps steps) {
        public Period period() { return Payroll.period(job.pay()); }

        public Money net() { return gross.minus(incomeTax).minus(nationalInsurance).minus(pension); }

        /** Net earnings as HB and Carer's Allowance see them: half of pension contributions deducted (HB Regs 2006 reg 36(3)). */
        public Money netWithHalfPension() {
            return gross.minus(incomeTax).minus(nationalInsurance).minus(pension.dividedBy(2));
        }
    }

    /** The explanation of each part of the payslip (nodes of its trace). */
    public record Steps(TraceNode gross, TraceNode incomeTax, TraceNode nationalInsurance, TraceNode pension) {}

    public static Period period(PayFrequency pay) {
        return switch (pay) {
            case WEEKLY -> Period.WEEK;
            case FORTNIGHTLY -> Period.FORTNIGHT;
            case FOUR_WEEKLY -> Period.FOUR_WEEKS;
            case MONTHLY -> Period.MONTH;
        };
    }

    static long weeksIn(PayFrequency pay) {
        return switch (pay) {
            case WEEKLY -> 1;
            case FORTNIGHTLY -> 2;
            case FOUR_WEEKLY -> 4;
            case MONTHLY -> throw new IllegalArgumentException("a month is not a whole number of weeks");
        };
    }

    public static Payslip payslip(Job job, Nation nation, RatesAt r) {
        Period p = period(job.pay());
        TraceNode.Builder grossT = r.trace("gross_earnings", "Pay before deductions").law("docs/design.md earnings convention");
        Money gross;
        if (job.hourlyWage().isPresent()) {
            Money wage = job.hourlyWage().get();
            BigDecimal weeks = p == Period.MONTH ? Periods.factor(Period.WEEK, Period.MONTH) : BigDecimal.valueOf(weeksIn(job.pay()));
            gross = wage.times(job.hours()).times(weeks).roundHalfUpToPenny();
            grossT.working(() -> job.hours().stripTrailingZeros().toPlainString() + " hours × " + wage.format() + " an hour"
                    + (p == Period.WEEK ? "" : p == Period.MONTH ? " × 52/12 weeks" : " × " + weeks + " weeks")
                    + " = " + gross.format() + " " + p.perWords() + ", in whole pence");
        } else {
            Money salary = job.annualSalary().orElseThrow();
            gross = salary.dividedBy(p.perYear()).roundHalfUpToPenny();
            grossT.working(() -> salary.format() + " a year ÷ " + p.perYear().toPlainString() + " = " + gross.format() + " " + p.perWords());
        }
        grossT.amount(gross, p);

        TraceNode pensionT = WorkplacePension.forPeriod(gross, job, r).build();
        Money pension = pensionT.amount();

        Money annualPay = gross.minus(pension).times(p.perYear());
        IncomeTax.Result annual = IncomeTax.forYear(annualPay, nation, r);
        Money tax = annual.annualTax().dividedBy(p.perYear()).roundHalfUpToPenny();
        TraceNode taxT = r.trace("income_tax", "Income tax").amount(tax, p)
                .working(() -> "The year's tax on " + gross.minus(pension).format() + " × " + p.perYear().toPlainString() + " = "
                        + annualPay.format() + " is " + annual.annualTax().format() + "; ÷ " + p.perYear().toPlainString()
                        + " = " + tax.format() + " " + p.perWords() + ", to the penny")
                .law("docs/design.md: the year's liability spread evenly over the pay periods")
                .child(annual.trace()).build();

        TraceNode niT = NationalInsurance.forPeriod(gross, job.pay(), r).build();
        Money ni = niT.amount();

        Money net = gross.minus(tax).minus(ni).minus(pension);
        Steps steps = new Steps(grossT.build(), taxT, niT, pensionT);
        TraceNode trace = r.trace("net_earnings", "Take-home pay, adult " + job.adult()).amount(net, p)
                .working(() -> gross.format() + " − tax " + tax.format() + " − NI " + ni.format() + " − pension " + pension.format()
                        + " = " + net.format() + " " + p.perWords())
                .child(steps.gross()).child(taxT).child(niT).child(pensionT).build();
        return new Payslip(job, gross, tax, ni, pension, trace, steps);
    }

    /**
     * A per-pay-period amount as a UC monthly figure: weekly × 52/12, fortnightly × 26/12, four-weekly ×
     * 13/12, rounded to the penny (UC Regs 2013 reg 6; docs/design.md: the average assessment period).
     */
    public static Money monthly(Money perPeriod, Period period) {
        return Periods.toPenny(perPeriod, period, Period.MONTH);
    }

    /**
     * A per-pay-period amount as a weekly figure for HB, CTR and Carer's Allowance: fortnightly ÷ 2,
     * four-weekly ÷ 4, monthly × 12/52 (HB Regs 2006 reg 29(1)), rounded to the penny.
     */
    public static Money weekly(Money perPeriod, Period period) {
        return Periods.toPenny(perPeriod, period, Period.WEEK);
    }
}
