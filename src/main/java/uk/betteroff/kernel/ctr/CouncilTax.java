package uk.betteroff.kernel.ctr;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Council tax for a week. Liability is daily in law (Local Government Finance Act 1992 s.2), so the
 * weekly figure is the annual amount × 7 ÷ the days in that financial year, rounded once (docs/design.md).
 */
public final class CouncilTax {
    private CouncilTax() {}

    public static int daysInFinancialYear(LocalDate date) {
        LocalDate start = LocalDate.of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, 4, 1);
        return (int) ChronoUnit.DAYS.between(start, start.plusYears(1));
    }

    /**
     * A × 7 ÷ B unrounded (A the annual charge, B the days in the financial year): the liability the reduction
     * is worked from, so that a share of it (Newham's 70%) is rounded once, at the reduction.
     */
    public static Money weeklyUnrounded(Housing.CouncilTax ct, LocalDate date) {
        if (!ct.liable()) return Money.ZERO;
        return Periods.convert(ct.charge().money(), ct.charge().per(), Period.YEAR).times(7).dividedBy(daysInFinancialYear(date));
    }

    /** The council tax a week, rounded once (nil where not liable). */
    public record Result(Money weekly, TraceNode trace) {}

    public static Result calculate(Housing.CouncilTax ct, LocalDate date) {
        TraceNode t = weekly(ct, date);
        return new Result(t.amount(), t);
    }

    public static TraceNode weekly(Housing.CouncilTax ct, LocalDate date) {
        TraceNode.Builder t = TraceNode.of("council_tax", "Council tax").law("Local Government Finance Act 1992 ss.2, 6");
        if (!ct.liable() || ct.charge().isZero())
            return t.amount(Money.ZERO, Period.WEEK).working(ct.liable() ? "No council tax charge entered" : "Not liable for council tax (e.g. the landlord pays it)").build();
        Money annual = Periods.convert(ct.charge().money(), ct.charge().per(), Period.YEAR);
        int days = daysInFinancialYear(date);
        Money weekly = annual.times(7).dividedBy(days).roundHalfUpToPenny();
        return t.amount(weekly, Period.WEEK).working(annual.format() + " a year × 7 ÷ " + days + " days = " + weekly.format() + " a week").build();
    }
}
