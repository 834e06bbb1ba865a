package uk.betteroff.kernel.household;

import java.math.BigDecimal;

/** Another adult in the home who is not part of the claim (an adult son or daughter, a relative). */
public record NonDependant(int age, Amount grossIncome, BigDecimal hours, boolean exempt) {
    public NonDependant {
        if (age < 16 || age > 120) throw new IllegalArgumentException("a non-dependant's age must be between 16 and 120, got " + age);
        if (grossIncome == null) grossIncome = Amount.NONE_WEEKLY;
        if (hours == null) hours = BigDecimal.ZERO;
        if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new IllegalArgumentException("a non-dependant's hours must be between 0 and 100, got " + hours);
    }
}
