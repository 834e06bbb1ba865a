package uk.betteroff.kernel.ctr;

import java.math.BigDecimal;
import java.util.List;

import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.uc.UcResult;

/**
 * What a Council Tax Reduction scheme needs for one week: the council tax for the week (annual × 7 ÷
 * days in the financial year), the UC assessment (after the benefit cap: {@code ucAward}), each adult's
 * monthly UC earnings and weekly net earnings, hours, other benefits a week, and the HB result.
 */
public record CtrInput(Circumstances circumstances, Money weeklyCouncilTax, UcResult uc, Money ucAward,
                       List<Money> monthlyUcEarnings, List<Money> weeklyNetEarnings, List<BigDecimal> hours,
                       Money weeklyCarersAllowance, Money weeklyChildBenefit, HbResult hb) {
    public CtrInput {
        monthlyUcEarnings = List.copyOf(monthlyUcEarnings);
        weeklyNetEarnings = List.copyOf(weeklyNetEarnings);
        hours = List.copyOf(hours);
    }
}
