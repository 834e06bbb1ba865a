package uk.betteroff.kernel.uc;

import java.util.List;

import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.money.Money;

/**
 * What UC needs from earlier schemes for one assessment period: each adult's monthly net earnings (UC
 * Regs 2013 reg 55(5)) and hours, each adult's Carer's Allowance a week (0 if none), and the childcare
 * costs paid in the month.
 */
public record UcInput(Circumstances circumstances, List<Money> monthlyEarnings, List<java.math.BigDecimal> hours,
                      List<Money> weeklyCarersAllowance, Money monthlyChildcare) {
    public UcInput {
        monthlyEarnings = List.copyOf(monthlyEarnings);
        hours = List.copyOf(hours);
        weeklyCarersAllowance = List.copyOf(weeklyCarersAllowance);
        int n = circumstances.household().adults().size();
        if (monthlyEarnings.size() != n || hours.size() != n || weeklyCarersAllowance.size() != n)
            throw new IllegalArgumentException("one earnings, hours and CA figure per adult");
    }

    public Money totalEarnings() { return monthlyEarnings.stream().reduce(Money.ZERO, Money::plus); }

    public boolean inWork(int adultIndex) { return monthlyEarnings.get(adultIndex).isPositive() || hours.get(adultIndex).signum() > 0; }
}
