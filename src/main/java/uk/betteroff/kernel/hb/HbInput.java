package uk.betteroff.kernel.hb;

import java.math.BigDecimal;
import java.util.List;

import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.money.Money;

/**
 * What HB needs from earlier schemes for one benefit week: whether UC is payable (the passport), each
 * adult's weekly net earnings as HB counts them (reg 36: less tax, NI and half of pension
 * contributions), hours, Carer's Allowance, and relevant childcare charges a week.
 */
public record HbInput(Circumstances circumstances, boolean onUniversalCredit, List<Money> weeklyNetEarnings,
                      List<BigDecimal> hours, List<Money> weeklyCarersAllowance, Money weeklyChildcare) {
    public HbInput {
        weeklyNetEarnings = List.copyOf(weeklyNetEarnings);
        hours = List.copyOf(hours);
        weeklyCarersAllowance = List.copyOf(weeklyCarersAllowance);
    }

    public Money totalEarnings() { return weeklyNetEarnings.stream().reduce(Money.ZERO, Money::plus); }
}
