package uk.betteroff.kernel.tax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.tax.Payroll.Payslip;

/**
 * A scenario's pay: each job's payslip, and per adult (index 0 the first adult) the earnings as each scheme
 * counts them — UC's take-home pay in the month (UC Regs 2013 reg 55(5)), the weekly net pay less half of pension
 * contributions that HB, CTR and Carer's Allowance count (HB Regs 2006 reg 36(3)), the hours — and the higher
 * earner's adjusted net income for the year (the High Income Child Benefit Charge).
 */
public record Pay(List<Payslip> payslips, List<Money> ucMonthlyEarnings, List<Money> weeklyNetEarnings, List<BigDecimal> hours,
                  Money highestAnnualIncome) {
    public Pay {
        payslips = List.copyOf(payslips);
        ucMonthlyEarnings = List.copyOf(ucMonthlyEarnings);
        weeklyNetEarnings = List.copyOf(weeklyNetEarnings);
        hours = List.copyOf(hours);
    }

    /** Every job of {@code s} for a household of {@code adults} adults; a job for an adult who is not there is refused. */
    public static Pay of(Scenario s, int adults, Nation nation, RatesAt r) {
        List<Payslip> payslips = new ArrayList<>(s.jobs().size());
        for (Job job : s.jobs()) {
            if (job.adult() > adults)
                throw new Unsupported("Scenario \"" + s.name() + "\" has a job for adult " + job.adult() + " but the household has " + adults
                        + " adult" + (adults == 1 ? "" : "s") + ".");
            payslips.add(Payroll.payslip(job, nation, r));
        }
        List<Money> month = new ArrayList<>(adults), week = new ArrayList<>(adults);
        List<BigDecimal> hours = new ArrayList<>(adults);
        Money highest = Money.ZERO;
        for (int adult = 1; adult <= adults; adult++) {
            Money m = Money.ZERO, w = Money.ZERO, year = Money.ZERO;
            BigDecimal h = BigDecimal.ZERO;
            for (Payslip p : payslips) {
                if (p.job().adult() != adult) continue;
                m = m.plus(Payroll.monthly(p.net(), p.period()));
                w = w.plus(Payroll.weekly(p.netWithHalfPension(), p.period()));
                year = year.plus(p.gross().minus(p.pension()).times(p.period().perYear()));
                h = h.add(p.job().hours());
            }
            month.add(m);
            week.add(w);
            hours.add(h);
            highest = highest.max(year);
        }
        return new Pay(payslips, month, week, hours, highest);
    }

    /** The hours of all the jobs together. */
    public BigDecimal totalHours() { return hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add); }
}
