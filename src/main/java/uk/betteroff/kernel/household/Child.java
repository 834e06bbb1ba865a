package uk.betteroff.kernel.household;

import java.util.Optional;

/** A child or qualifying young person the household is responsible for. */
public record Child(int age, Disability disability, boolean bornBefore2017, Optional<Sex> sex) {
    public enum Disability { NONE, LOWER, HIGHER }

    public enum Sex { FEMALE, MALE }

    public Child {
        if (age < 0 || age > Limits.CHILD_AGE_MAX)
            throw new IllegalArgumentException("a child's age must be between 0 and " + Limits.CHILD_AGE_MAX + ", got " + age);
        if (disability == null) disability = Disability.NONE;
        if (sex == null) sex = Optional.empty();
    }

    public static Child aged(int age) { return new Child(age, Disability.NONE, false, Optional.empty()); }
}
