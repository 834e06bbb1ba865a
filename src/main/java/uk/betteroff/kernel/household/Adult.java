package uk.betteroff.kernel.household;

import java.util.List;

/** An adult claimant (one of one or two). */
public record Adult(int age, WorkCapability workCapability, DisabilityBenefit disabilityBenefit, boolean carer,
                    List<UnearnedIncome> unearnedIncome) {
    public Adult {
        if (!Limits.isAdultAge(age))
            throw new IllegalArgumentException("age must be between " + Limits.ADULT_AGE_MIN + " and " + Limits.ADULT_AGE_MAX + ", got " + age);
        if (workCapability == null) workCapability = WorkCapability.FIT;
        if (disabilityBenefit == null) disabilityBenefit = DisabilityBenefit.NONE;
        unearnedIncome = unearnedIncome == null ? List.of() : List.copyOf(unearnedIncome);
    }

    public static Adult aged(int age) { return new Adult(age, WorkCapability.FIT, DisabilityBenefit.NONE, false, List.of()); }
}
