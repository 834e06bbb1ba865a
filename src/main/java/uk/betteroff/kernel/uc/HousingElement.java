package uk.betteroff.kernel.uc;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The UC housing costs element for renters (UC Regs 2013 reg 25-26, Sch 4): social renters' eligible rent
 * less the under-occupancy reduction (Sch 4 paras 34-36), private renters' rent capped at the Local
 * Housing Allowance rate (paras 31-33), less housing cost contributions for non-dependants (paras
 * 13-16). None in specified supported or temporary accommodation, where Housing Benefit meets the rent.
 */
public final class HousingElement {
    private HousingElement() {}

    public static TraceNode calculate(Circumstances c, RatesAt r, List<Assumption> assumptions) {
        Housing housing = c.housing();
        TraceNode.Builder t = TraceNode.of("uc_housing_element", "Housing costs element");
        switch (housing.tenure()) {
            case SUPPORTED, TEMPORARY -> {
                return t.law("UC Regs 2013 Sch 1 paras 3A-3B, Sch 4 para 3(h)", "UC (Transitional Provisions) Regs 2014 reg 5(2)(a)")
                        .working("No housing costs element: rent in " + (housing.tenure() == uk.betteroff.kernel.household.Tenure.SUPPORTED
                                ? "specified supported" : "temporary") + " accommodation is met by Housing Benefit").build();
            }
            case OWNER -> {
                assumptions.add(new Assumption("uc.housing.owner",
                        "Owner-occupier: no help with mortgage interest (Support for Mortgage Interest is a loan, outside UC) is included."));
                return t.working("Owner-occupier: no UC housing costs element (Support for Mortgage Interest is a separate loan)").build();
            }
            case NONE -> {
                return t.working("No rent to pay: no housing costs element").build();
            }
            default -> { }
        }
        if (housing.rent().isZero()) return t.working("No rent entered: no housing costs element").build();
        Money rent = Periods.toPenny(housing.rent().money(), housing.rent().per(), Period.MONTH);
        TraceNode rentT = TraceNode.of("uc.housing.rent", "Monthly rent (with eligible service charges)").amount(rent, Period.MONTH)
                .working(Periods.words(housing.rent().money(), housing.rent().per(), Period.MONTH) + " = " + rent.format())
                .law("UC Regs 2013 Sch 4 para 7").build();
        t.child(rentT);
        Money allowed;
        if (housing.tenure() == uk.betteroff.kernel.household.Tenure.SOCIAL) {
            allowed = underOccupancy(c.household(), housing, rent, r, t, assumptions);
        } else {
            // Private renters: the LHA rate typed, or the Broad Rental Market Area's for the household's category.
            LocalHousingAllowance.Rate lha = LocalHousingAllowance.of(c, r, assumptions);
            allowed = rent.min(lha.monthly());
            t.law("UC Regs 2013 Sch 4 paras 31-33");
            t.child(lha.trace());
            t.child(TraceNode.of("uc.housing.lha_cap", "Rent allowed (Local Housing Allowance)").amount(allowed, Period.MONTH)
                    .working("The lower of rent " + rent.format() + " and " + lha.words() + " " + lha.monthly().format() + " = " + allowed.format())
                    .build());
        }
        TraceNode contributions = nonDependantContributions(c.household(), r);
        Money element = allowed.minus(contributions.amount()).atLeastZero();
        return t.child(contributions).amount(element, Period.MONTH)
                .working(allowed.format() + (contributions.amount().isPositive() ? " − housing cost contributions " + contributions.amount().format() : "")
                        + " = " + element.format())
                .law("UC Regs 2013 regs 25-26, Sch 4").build();
    }

    private static Money underOccupancy(Household h, Housing housing, Money rent, RatesAt r, TraceNode.Builder t,
                                        List<Assumption> assumptions) {
        BedroomStandard.Result need = BedroomStandard.of(h);
        assumptions.addAll(need.assumptions());
        int extra = housing.bedrooms() - need.bedrooms();
        TraceNode.Builder u = TraceNode.of("uc.housing.under_occupancy", "Under-occupancy reduction")
                .law("UC Regs 2013 Sch 4 paras 10, 36");
        if (housing.bedrooms() == 0)
            assumptions.add(new Assumption("uc.housing.bedrooms", "No number of bedrooms entered for a social rent: no under-occupancy reduction is made."));
        if (extra <= 0 || housing.bedrooms() == 0) {
            t.child(u.working("Bedrooms allowed: " + need.working() + "; the home has " + housing.bedrooms() + ": no reduction").build());
            return rent;
        }
        var key = extra == 1 ? UC_HOUSING_UNDER_OCCUPANCY_ONE_BEDROOM : UC_HOUSING_UNDER_OCCUPANCY_TWO_OR_MORE;
        Money cut = rent.times(r.rate(key)).roundHalfUpToPenny();
        t.child(u.amount(cut, Period.MONTH).rate(r.use(key))
                .working("Bedrooms allowed: " + need.working() + "; the home has " + housing.bedrooms() + " (" + extra + " extra): "
                        + r.rate(key).percent() + " × " + rent.format() + " = " + cut.format()).build());
        return rent.minus(cut);
    }

    private static TraceNode nonDependantContributions(Household h, RatesAt r) {
        TraceNode.Builder t = TraceNode.of("uc.housing.non_dep_contributions", "Housing cost contributions (non-dependants)")
                .law("UC Regs 2013 Sch 4 paras 13-16");
        if (h.nonDependants().isEmpty()) return t.working("No non-dependants").build();
        for (Adult a : h.adults()) {
            if (a.disabilityBenefit().qualifiesForCarer())
                return t.working("No contributions: a claimant gets a disability benefit that exempts the household (Sch 4 para 15)").build();
        }
        int minAge = r.whole(UC_HOUSING_NON_DEP_MIN_AGE);
        Money each = r.money(UC_HOUSING_NON_DEP_CONTRIBUTION);
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (NonDependant n : h.nonDependants()) {
            if (n.age() < minAge) parts.add("aged " + n.age() + ": none (under " + minAge + ")");
            else if (n.exempt()) parts.add("aged " + n.age() + ": none (exempt)");
            else {
                total = total.plus(each);
                parts.add("aged " + n.age() + ": " + each.format());
            }
        }
        return t.amount(total, Period.MONTH).rate(r.use(UC_HOUSING_NON_DEP_CONTRIBUTION)).rate(r.use(UC_HOUSING_NON_DEP_MIN_AGE))
                .working(String.join("; ", parts)).build();
    }
}
