package uk.betteroff.kernel.sweep;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * Where working more stops paying, for one in-work option: the hours at which Universal Credit ends, and
 * each "cliff" — a point where a little more work leaves the household with less money left — with what
 * is lost, which figures fell, and the hours needed to be as well off again. Found by scanning the hours
 * in steps of a quarter hour and narrowing each change down to a hundredth of an hour.
 */
public final class WorkIncentives {
    private static final BigDecimal SCAN_STEP = new BigDecimal("0.25");
    private static final BigDecimal RESOLUTION = new BigDecimal("0.01");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Figures that explain a cliff when they fall (money a household gets). */
    private static final List<String> CAUSES = List.of(UNIVERSAL_CREDIT, HOUSING_BENEFIT, COUNCIL_TAX_REDUCTION, CARERS_ALLOWANCE,
            SCOTTISH_CHILD_PAYMENT, CHILD_BENEFIT);

    private WorkIncentives() {}

    /** A fall in money left between two hours a hundredth apart. */
    public record Cliff(BigDecimal fromHours, BigDecimal toHours, Money weeklyLoss, List<String> fellFigures,
                        Optional<BigDecimal> asWellOffAgainAt) {
        public Cliff { fellFigures = List.copyOf(fellFigures); }
    }

    /**
     * @param ucEndsAt the fewest hours (to a hundredth) at which UC is nil, when it is payable at fewer hours
     * @param upTo the hours scanned, from 0
     */
    public record Result(String scenario, Optional<BigDecimal> ucEndsAt, List<Cliff> cliffs, BigDecimal upTo) {
        public Result { cliffs = List.copyOf(cliffs); }
    }

    /** Scans the first job's hours from 0 to {@code upTo}. A scenario without a job has no result. */
    public static Optional<Result> find(BetterOffCalculator calculator, Circumstances c, Scenario s, BigDecimal upTo) {
        if (s.jobs().isEmpty()) return Optional.empty();
        RatesAt r = calculator.rates().at(c.date());
        ScenarioResult baseline = calculator.calculate(c, Scenario.outOfWork(), r, null);
        return Optional.of(find(new Probe(calculator, c, s, 0, r, baseline), upTo));
    }

    /** The same scan with any job's hours varied (the chart's chosen job), reusing the caller's probe and its results. */
    static Result find(Probe p, BigDecimal upTo) {
        Scenario s = p.s();

        Optional<BigDecimal> ucEnds = Optional.empty();
        List<Cliff> cliffs = new ArrayList<>();
        BigDecimal prevH = BigDecimal.ZERO;
        ScenarioResult prev = p.at(prevH);
        for (BigDecimal h = SCAN_STEP; h.compareTo(upTo) <= 0; h = h.add(SCAN_STEP)) {
            ScenarioResult cur = p.at(h);
            if (ucEnds.isEmpty() && uc(prev).isPositive() && uc(cur).isZero()) {
                ucEnds = Optional.of(narrow(p, prevH, h, x -> uc(x).isZero()));
            }
            if (left(cur).isLessThan(left(prev))) {
                Money before = left(prev);
                BigDecimal to = narrow(p, prevH, h, x -> left(x).isLessThan(before));
                BigDecimal from = to.subtract(RESOLUTION);
                ScenarioResult a = p.at(from), b = p.at(to);
                List<String> fell = new ArrayList<>();
                for (String id : CAUSES)
                    if (b.figure(id).week().isLessThan(a.figure(id).week())) fell.add(id);
                cliffs.add(new Cliff(from, to, left(a).minus(left(b)), fell, recovery(p, to, upTo, left(a))));
            }
            prevH = h;
            prev = cur;
        }
        return new Result(s.name(), ucEnds, cliffs, upTo);
    }

    private static Money uc(ScenarioResult x) { return x.figure(UNIVERSAL_CREDIT).week(); }

    private static Money left(ScenarioResult x) { return x.figure(MONEY_LEFT).week(); }

    /** The fewest hours, after a cliff, at which money left is back to {@code target}, if within the scan. */
    private static Optional<BigDecimal> recovery(Probe p, BigDecimal after, BigDecimal upTo, Money target) {
        BigDecimal prevH = after;
        for (BigDecimal h = after.setScale(0, RoundingMode.FLOOR).add(SCAN_STEP); h.compareTo(upTo) <= 0; h = h.add(SCAN_STEP)) {
            if (h.compareTo(after) <= 0) continue;
            if (!left(p.at(h)).isLessThan(target))
                return Optional.of(narrow(p, prevH, h, x -> !left(x).isLessThan(target)));
            prevH = h;
        }
        return Optional.empty();
    }

    /** Given test false at {@code lo} and true at {@code hi}, the fewest hours (to a hundredth) where it is true. */
    static BigDecimal narrow(Probe p, BigDecimal lo, BigDecimal hi, java.util.function.Predicate<ScenarioResult> test) {
        lo = lo.setScale(2, RoundingMode.UNNECESSARY);
        hi = hi.setScale(2, RoundingMode.UNNECESSARY);
        while (hi.subtract(lo).compareTo(RESOLUTION) > 0) {
            BigDecimal mid = lo.add(hi).divide(TWO, 2, RoundingMode.FLOOR);
            if (test.test(p.at(mid))) hi = mid; else lo = mid;
        }
        return hi;
    }

    /**
     * The scenario with one job's hours changed. Results are kept by hours (to a hundredth), so the scan,
     * the narrowing, {@link ChangePoints} and {@link FewerHours} never calculate the same hours twice.
     */
    record Probe(BetterOffCalculator calc, Circumstances c, Scenario s, int jobIndex, RatesAt r, ScenarioResult baseline,
                 java.util.Map<BigDecimal, ScenarioResult> seen) {
        Probe(BetterOffCalculator calc, Circumstances c, Scenario s, int jobIndex, RatesAt r, ScenarioResult baseline) {
            this(calc, c, s, jobIndex, r, baseline, new java.util.HashMap<>());
        }

        ScenarioResult at(BigDecimal hours) {
            return seen.computeIfAbsent(hours.setScale(2, RoundingMode.UNNECESSARY), h -> {
                List<Job> jobs = new ArrayList<>(s.jobs());
                jobs.set(jobIndex, jobs.get(jobIndex).withHours(h));
                return calc.calculate(c, new Scenario(s.name(), jobs, s.travel(), s.childcare()), r, baseline);
            });
        }

        void remember(BigDecimal hours, ScenarioResult result) { seen.putIfAbsent(hours.setScale(2, RoundingMode.UNNECESSARY), result); }
    }
}
