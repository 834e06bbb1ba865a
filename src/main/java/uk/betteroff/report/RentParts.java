package uk.betteroff.report;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * The rent of a column and who pays it, so the column adds up where it is shown (screen and paper): money left takes
 * off the whole rent and charges (docs/design.md: total income − rent − ineligible charges − council tax to pay − work
 * costs), and the benefits that pay towards the rent are already in total income — Housing Benefit (paid to the
 * landlord) and UC's housing costs element (paid to the tenant, inside the UC award). Shown alone, "rent to pay
 * yourself" leaves the column short by what those benefits pay.
 *
 * <p>None of these is a figure of its own; each follows exactly from figures the calculator gives, in either period:
 * rent and charges = total income − council tax to pay − work costs − money left (the definition of money left,
 * rearranged); UC housing costs paid = rent and charges − Housing Benefit − rent to pay (docs/design.md's rent to pay,
 * rearranged: the housing element up to the UC award after the taper and the cap).
 *
 * @param rentAndCharges rent with its service charges, and the ineligible charges
 * @param housingBenefit Housing Benefit towards it, paid to the landlord
 * @param ucHousingCosts UC's housing costs element towards it, as far as the UC award pays it, paid to the tenant
 * @param leftToPay      what the tenant pays from the rest of their money ({@code rent_to_pay})
 */
public record RentParts(Money rentAndCharges, Money housingBenefit, Money ucHousingCosts, Money leftToPay) {
    public static RentParts of(ScenarioResult s, Period p) {
        Money rent = s.figure(FigureIds.TOTAL_INCOME).in(p).minus(s.figure(FigureIds.COUNCIL_TAX_TO_PAY).in(p))
                .minus(s.figure(FigureIds.WORK_COSTS).in(p)).minus(s.figure(FigureIds.MONEY_LEFT).in(p));
        Money hb = s.figure(FigureIds.HOUSING_BENEFIT).in(p);
        Money left = s.figure(FigureIds.RENT_TO_PAY).in(p);
        return new RentParts(rent, hb, rent.minus(hb).minus(left).atLeastZero(), left);
    }
}
