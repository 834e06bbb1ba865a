package uk.betteroff.kernel.household;

import java.math.BigDecimal;

/**
 * The bounds every way in (case file, caseload row, the window's fields, the household records here) puts on what
 * a person enters, in one place so they cannot drift apart. They are sanity bounds on input, not rules of law: a
 * figure past them is a typing mistake (an extra nought, hours a week over a month), so it is refused in words
 * rather than calculated.
 */
public final class Limits {
    private Limits() {}

    /** An adult in the household or a non-dependant: 16 (UC and HB are claimed from 16 or 18) to 120. */
    public static final int ADULT_AGE_MIN = 16;
    public static final int ADULT_AGE_MAX = 120;
    /** A child or qualifying young person: under 20 (Child Benefit Regs 2006 reg 3; UC Regs 2013 reg 5). */
    public static final int CHILD_AGE_MAX = 19;
    /** Children in one household: more than the largest families on record. */
    public static final int CHILDREN_MAX = 30;
    /** Non-dependants living with the household. */
    public static final int NON_DEPENDANTS_MAX = 20;
    /** Hours a week in one job, or a non-dependant's: a week has 168, and more than 100 is a typing mistake. */
    public static final BigDecimal HOURS_MAX = BigDecimal.valueOf(100);
    /** Any amount of money entered (rent, charges, capital, salary, council tax): £10 million. */
    public static final BigDecimal MONEY_MAX = new BigDecimal("10000000");
    /** An hourly wage: £10,000 an hour. */
    public static final BigDecimal HOURLY_WAGE_MAX = BigDecimal.valueOf(10000);
    /** Bedrooms in a social tenancy. */
    public static final int BEDROOMS_MAX = 20;
    /** A percentage (an employee pension contribution). */
    public static final BigDecimal PERCENT_MAX = BigDecimal.valueOf(100);

    /** Characters in an id the user types (a council, a Broad Rental Market Area): longer than any real one's name in words. */
    public static final int ID_MAX_LENGTH = 64;

    /**
     * Whether {@code text} is an id as the rates files name councils and Broad Rental Market Areas: lower-case letters
     * and digits in words joined by single hyphens ([a-z0-9]+(-[a-z0-9]+)*), at most {@link #ID_MAX_LENGTH} characters.
     * Checked character by character, length first, never with a backtracking pattern: an id of thousands of
     * hyphenated parts once overflowed the regular-expression stack.
     */
    public static boolean isHyphenatedId(String text) {
        if (text == null || text.isEmpty() || text.length() > ID_MAX_LENGTH) return false;
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) return false;
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) afterHyphen = false;
            else return false;
        }
        return !afterHyphen;
    }

    /** Whether {@code age} is an adult's age within the bounds. */
    public static boolean isAdultAge(int age) { return age >= ADULT_AGE_MIN && age <= ADULT_AGE_MAX; }

    /** Whether {@code hours} is from 0 to {@link #HOURS_MAX}. */
    public static boolean isHours(BigDecimal hours) { return hours != null && hours.signum() >= 0 && hours.compareTo(HOURS_MAX) <= 0; }
}
