package uk.betteroff.kernel.household;

import java.util.List;

/** An in-work option: who works how much, and what working costs. */
public record Scenario(String name, List<Job> jobs, Amount travel, Amount childcare) {
    public Scenario {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a scenario needs a name");
        jobs = jobs == null ? List.of() : List.copyOf(jobs);
        if (travel == null) travel = Amount.NONE_WEEKLY;
        if (childcare == null) childcare = Amount.of("0", uk.betteroff.kernel.money.Period.MONTH);
    }

    public static Scenario outOfWork() { return new Scenario("Out of work", List.of(), null, null); }
}
