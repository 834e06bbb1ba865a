package uk.betteroff.kernel.household;

import java.util.List;

/** An adult claimant (one of one or two). */
public record Adult(int age, WorkCapability workCapability, DisabilityBenefit disabilityBenefit, boolean carer,
                    List<UnearnedIncome> unearnedIncome) {
    public Adult {
        if (age < 16 || age > 120) throw new IllegalArgumentException("age must be between 16 and 120, got " + age);
        if (workCapability == null) workCapability = WorkCapability.FIT;
        if (disabilityBenefit == null) disabilityBenefit = DisabilityBenefit.NONE;
        unearnedIncome = unearnedIncome == null ? List.of() : List.copyOf(unearnedIncome);
    }

    public static Adult aged(int age) { return new Adult(age, WorkCapability.FIT, DisabilityBenefit.NONE, false, List.of()); }
}
