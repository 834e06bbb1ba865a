package uk.betteroff.kernel.household;

import java.math.BigDecimal;
import java.util.Optional;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Rate;

/** One job held by one adult in an in-work scenario. */
public record Job(int adult, BigDecimal hours, Optional<Money> hourlyWage, Optional<Money> annualSalary,
                  PayFrequency pay, Pension pension) {

    public enum PayFrequency { WEEKLY, FORTNIGHTLY, FOUR_WEEKLY, MONTHLY }

    /** The employee pension contribution: none, the auto-enrolment minimum, or a percentage of pay. */
    public sealed interface Pension {
        record None() implements Pension {}
        record AutoEnrolment() implements Pension {}
        record EmployeePercent(Rate share) implements Pension {}
    }

    public Job {
        if (adult < 1 || adult > 2) throw new IllegalArgumentException("adult must be 1 or 2, got " + adult);
        if (!Limits.isHours(hours))
            throw new IllegalArgumentException("hours must be between 0 and " + Limits.HOURS_MAX + ", got " + hours);
        if (hourlyWage == null) hourlyWage = Optional.empty();
        if (annualSalary == null) annualSalary = Optional.empty();
        if (hourlyWage.isPresent() == annualSalary.isPresent())
            throw new IllegalArgumentException("give either an hourly wage or an annual salary");
        hourlyWage.ifPresent(w -> { if (w.isNegative()) throw new IllegalArgumentException("the hourly wage cannot be negative"); });
        annualSalary.ifPresent(w -> { if (w.isNegative()) throw new IllegalArgumentException("the annual salary cannot be negative"); });
        if (pay == null) pay = PayFrequency.WEEKLY;
        if (pension == null) pension = new Pension.None();
    }

    public Job withHours(BigDecimal newHours) {
        return new Job(adult, newHours, hourlyWage, annualSalary, pay, pension);
    }
}
