package uk.betteroff.kernel.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * One in-work option recalculated at each number of hours from {@code from} to {@code to} (inclusive)
 * in steps of {@code step}, varying one job's hours and keeping everything else as entered. The baseline
 * (out of work) is calculated once. This is the engine behind {@code betteroff sweep} and the app's chart.
 */
public final class HoursSweep {
    /** The most points one sweep will calculate (0 to 100 hours in steps of 0.05). */
    public static final int MAX_POINTS = 2001;

    private HoursSweep() {}

    /** One point of a sweep: the hours of the varied job and the whole column at those hours. */
    public record Point(BigDecimal hours, ScenarioResult result) {}

    /** The whole sweep: the baseline it is compared with and one point per step. */
    public record Sweep(Scenario scenario, int jobIndex, ScenarioResult baseline, List<Point> points) {
        public Sweep { points = List.copyOf(points); }
    }

    /**
     * @param jobIndex which of the scenario's jobs (0-based) has its hours varied
     * @throws IllegalArgumentException for a scenario without that job or a range that is empty, backwards or too fine
     */
    public static Sweep run(BetterOffCalculator calculator, Circumstances c, Scenario scenario, int jobIndex,
                            BigDecimal from, BigDecimal to, BigDecimal step) {
        if (jobIndex < 0 || jobIndex >= scenario.jobs().size())
            throw new IllegalArgumentException("scenario \"" + scenario.name() + "\" has no job " + (jobIndex + 1)
                    + " (it has " + scenario.jobs().size() + ")");
        if (step.signum() <= 0) throw new IllegalArgumentException("the hours step must be more than 0, got " + step.toPlainString());
        if (from.signum() < 0 || to.compareTo(BigDecimal.valueOf(100)) > 0)
            throw new IllegalArgumentException("hours must be between 0 and 100, got " + from.toPlainString() + " to " + to.toPlainString());
        if (to.compareTo(from) < 0)
            throw new IllegalArgumentException("the hours range runs backwards: " + from.toPlainString() + " to " + to.toPlainString());
        long count = to.subtract(from).divideToIntegralValue(step).longValueExact() + 1;
        if (count > MAX_POINTS)
            throw new IllegalArgumentException("that would be " + count + " points; the most is " + MAX_POINTS + " (use a larger step)");

        RatesAt r = calculator.rates().at(c.date());
        ScenarioResult baseline = calculator.calculate(c, Scenario.outOfWork(), r, null);
        List<Point> points = new ArrayList<>((int) count);
        for (BigDecimal h = from; h.compareTo(to) <= 0; h = h.add(step)) {
            List<Job> jobs = new ArrayList<>(scenario.jobs());
            jobs.set(jobIndex, jobs.get(jobIndex).withHours(h));
            Scenario at = new Scenario(scenario.name(), jobs, scenario.travel(), scenario.childcare());
            points.add(new Point(h, calculator.calculate(c, at, r, baseline)));
        }
        return new Sweep(scenario, jobIndex, baseline, points);
    }
}
