package uk.betteroff.kernel.hb;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Flat-rate deductions from the rent for meals and fuel that it includes without a separate charge
 * (HB Regs 2006 Sch 1 para 2 meals, para 6 fuel). Meals are deducted for the claimant and each member of
 * the household (the adults and children entered), by age; fuel once for the home.
 */
public final class IneligibleCharges {
    private IneligibleCharges() {}

    /** Age from which the adult meals rate applies (Sch 1 para 2(1)(a)(i): "aged 16 or over"). */
    private static final int MEALS_ADULT_AGE = 16;

    public static TraceNode calculate(Household h, RentIncludes includes, RatesAt r) {
        TraceNode.Builder t = r.trace("hb.ineligible_charges", "Meals and fuel in the rent").law("HB Regs 2006 Sch 1 paras 2 and 6");
        if (!includes.any())
            return t.amount(Money.ZERO, Period.WEEK).working(() -> "The rent includes no meals or fuel without a separate charge: no flat-rate deduction").build();
        List<String> parts = new ArrayList<>();
        Money total = Money.ZERO;
        if (includes.meals() != RentIncludes.Meals.NONE) {
            int adults = h.adults().size();
            int olderChildren = (int) h.children().stream().filter(c -> c.age() >= MEALS_ADULT_AGE).count();
            int younger = h.children().size() - olderChildren;
            int older = adults + olderChildren;
            RateKey olderKey, youngerKey;
            String what;
            switch (includes.meals()) {
                case FULL -> { olderKey = HB_INELIGIBLE_MEALS_FULL_ADULT; youngerKey = HB_INELIGIBLE_MEALS_FULL_CHILD; what = "three or more meals a day"; }
                case PART -> { olderKey = HB_INELIGIBLE_MEALS_PART_ADULT; youngerKey = HB_INELIGIBLE_MEALS_PART_CHILD; what = "fewer than three meals a day"; }
                default -> { olderKey = HB_INELIGIBLE_MEALS_BREAKFAST; youngerKey = HB_INELIGIBLE_MEALS_BREAKFAST; what = "breakfast only"; }
            }
            Money o = r.money(olderKey).times(older);
            total = total.plus(o);
            t.rate(r.use(olderKey));
            String meals = "meals (" + what + "): " + older + " × " + r.money(olderKey).format()
                    + (includes.meals() == RentIncludes.Meals.BREAKFAST ? "" : " aged 16 or over");
            if (younger > 0) {
                Money y = r.money(youngerKey).times(younger);
                total = total.plus(y);
                if (youngerKey != olderKey) t.rate(r.use(youngerKey));
                meals += " + " + younger + " × " + r.money(youngerKey).format() + (includes.meals() == RentIncludes.Meals.BREAKFAST ? "" : " under 16");
            }
            parts.add(meals);
        }
        for (RentIncludes.Fuel f : RentIncludes.Fuel.values()) {
            if (!includes.fuel().contains(f)) continue;
            RateKey k = switch (f) {
                case HEATING -> HB_INELIGIBLE_FUEL_HEATING;
                case HOT_WATER -> HB_INELIGIBLE_FUEL_HOT_WATER;
                case LIGHTING -> HB_INELIGIBLE_FUEL_LIGHTING;
                case COOKING -> HB_INELIGIBLE_FUEL_COOKING;
            };
            total = total.plus(r.money(k));
            t.rate(r.use(k));
            parts.add(f.name().toLowerCase().replace('_', ' ') + " " + r.money(k).format());
        }
        return t.amount(total, Period.WEEK).working(String.join("; ", parts) + " = " + total.format() + " a week").build();
    }

    static boolean isChild(Child c) { return c.age() < MEALS_ADULT_AGE; }
}
