package uk.betteroff.kernel.household;

import java.math.BigDecimal;

/** Another adult in the home who is not part of the claim (an adult son or daughter, a relative). */
public record NonDependant(int age, Amount grossIncome, BigDecimal hours, boolean exempt) {
    public NonDependant {
        if (!Limits.isAdultAge(age))
            throw new IllegalArgumentException("a non-dependant's age must be between " + Limits.ADULT_AGE_MIN + " and " + Limits.ADULT_AGE_MAX + ", got " + age);
        if (grossIncome == null) grossIncome = Amount.NONE_WEEKLY;
        if (hours == null) hours = BigDecimal.ZERO;
        if (!Limits.isHours(hours))
            throw new IllegalArgumentException("a non-dependant's hours must be between 0 and " + Limits.HOURS_MAX + ", got " + hours);
    }
}
