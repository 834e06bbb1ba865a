package uk.betteroff.kernel.household;

import java.util.List;

/**
 * An in-work option: who works how much, and what working costs; and, where the adviser knows it (the council's
 * award letter or its own calculator), the Council Tax Reduction for this option ({@code ctrEntered}, or null),
 * which is then shown as entered instead of being worked out.
 */
public record Scenario(String name, List<Job> jobs, Amount travel, Amount childcare, Amount ctrEntered) {
    public Scenario {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a scenario needs a name");
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        if (travel == null) travel = Amount.NONE_WEEKLY;
        if (childcare == null) childcare = Amount.of("0", uk.betteroff.kernel.money.Period.MONTH);
    }

    /** An option with no Council Tax Reduction entered: it is worked out. */
    public Scenario(String name, List<Job> jobs, Amount travel, Amount childcare) { this(name, jobs, travel, childcare, null); }

    /** The same option with the Council Tax Reduction the adviser knows for it (null: worked out). */
    public Scenario withCtrEntered(Amount ctr) { return new Scenario(name, jobs, travel, childcare, ctr); }

    public static Scenario outOfWork() { return new Scenario("Out of work", List.of(), null, null); }
}
