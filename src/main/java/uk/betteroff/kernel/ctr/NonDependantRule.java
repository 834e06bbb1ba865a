package uk.betteroff.kernel.ctr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import uk.betteroff.kernel.money.Money;

/**
 * A scheme's non-dependant deductions for one period: no deduction under {@code minAge}; a non-dependant
 * in remunerative work ({@code remunerativeHours} or more) pays by gross weekly income band, anyone else
 * the first band's amount. No bands = the scheme makes no deductions. {@code unknown} holds a reason when
 * the scheme's amounts could not be found: a household with a non-dependant is then refused.
 */
public record NonDependantRule(int minAge, BigDecimal remunerativeHours, List<Step> bands, Optional<String> unknown) {
    /** Gross weekly income from {@code from} (inclusive): deduct {@code deduction} a week. */
    public record Step(Money from, Money deduction) {}

    public NonDependantRule {
        bands = List.copyOf(bands);
    }
}
