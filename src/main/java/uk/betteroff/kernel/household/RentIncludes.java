package uk.betteroff.kernel.household;

import java.util.EnumSet;
import java.util.Set;

/**
 * Meals and fuel included in the rent without a separate charge for them, so Housing Benefit takes the
 * flat-rate deductions of HB Regs 2006 Sch 1 paras 2 and 6 off the rent. A charge that is separately
 * identified is entered as an ineligible charge instead.
 */
public record RentIncludes(Meals meals, Set<Fuel> fuel) {
    /** Sch 1 para 2(1): three or more meals a day, fewer, or breakfast only. */
    public enum Meals { NONE, BREAKFAST, PART, FULL }

    /** Sch 1 para 6(2)(a): fuel for heating, hot water, lighting and cooking. */
    public enum Fuel { HEATING, HOT_WATER, LIGHTING, COOKING }

    public static final RentIncludes NOTHING = new RentIncludes(Meals.NONE, Set.of());

    public RentIncludes {
        if (meals == null) meals = Meals.NONE;
        fuel = fuel == null || fuel.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fuel));
    }

    public boolean any() { return meals != Meals.NONE || !fuel.isEmpty(); }
}
