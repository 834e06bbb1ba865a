package uk.betteroff.kernel.ctr;

import uk.betteroff.kernel.hb.HbInput;
import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.uc.UcResult;

/**
 * What a Council Tax Reduction scheme needs for one week: the council tax for the week (annual × 7 ÷
 * days in the financial year, rounded once), the UC assessment and the award payable after the benefit
 * cap ({@code ucAward}), what HB was given (each adult's weekly net earnings, hours, Carer's Allowance,
 * childcare) and its result, and Child Benefit a week.
 */
public record CtrInput(Circumstances circumstances, Money weeklyCouncilTax, UcResult uc, Money ucAward,
                       HbInput earnings, Money weeklyChildBenefit, HbResult hb) {
    /** On UC for the scheme: entitled to an award in the assessment period (before the benefit cap). */
    public boolean onUniversalCredit() { return uc.entitled(); }
}
