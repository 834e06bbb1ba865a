package uk.betteroff.kernel.sweep;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * The points along an hours sweep where something changes for the household — Universal Credit ends,
 * Housing Benefit starts to taper or ends, income tax or NI starts, Carer's Allowance is lost, the
 * benefit cap stops applying, an HB hours rule (the £17.10 at 16 or 30 hours, childcare charges at 16)
 * starts to count, money left falls — each narrowed to a hundredth of an hour, and between them the
 * effective marginal rate: the share of each extra £1 of gross pay that does not reach money left.
 * <p>
 * Changes are found between neighbouring points of the sweep and narrowed by recalculating; the cliffs
 * (money left falling) and the hours at which the household is as well off again come from
 * {@link WorkIncentives}, which shares the recalculations.
 */
public final class ChangePoints {
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    /**
     * The shortest stretch given a marginal rate. Figures are in whole pence, so over a few hundredths of an
     * hour (e.g. between tax starting at 19.03 hours and NI at 19.05) the rate would be mostly rounding.
     */
    private static final BigDecimal SHORTEST_SEGMENT = new BigDecimal("0.25");

    private ChangePoints() {}

    /** What changes at a point. The figure each one carries is described with the constant. */
    public enum Kind {
        /** Earnings pass the UC work allowance, so UC starts to fall (55% taper). Figure: the work allowance. */
        UC_TAPER_STARTS,
        /** UC reaches nil. Figure: the UC paid just before. */
        UC_ENDS,
        /** UC is payable again after being nil (e.g. Carer's Allowance lost: it counted as income for UC). Figure: the UC paid at the point. */
        UC_PAID_AGAIN,
        /** HB falls below its maximum (the eligible rent less non-dependant deductions). Figure: that maximum. */
        HB_TAPER_STARTS,
        /** HB reaches nil. Figure: the HB paid just before. */
        HB_ENDS,
        /** Council Tax Reduction reaches nil. Figure: the reduction just before. */
        COUNCIL_TAX_REDUCTION_ENDS,
        /** Income tax becomes payable. Figure: gross pay at the point. */
        INCOME_TAX_STARTS,
        /** Employee NI becomes payable. Figure: gross pay at the point. */
        NI_STARTS,
        /** Carer's Allowance is lost to its earnings limit. Figure: the Carer's Allowance lost. */
        CARERS_ALLOWANCE_LOST,
        /** The benefit cap stops applying (the earnings exemption). Figure: the cap reduction just before. */
        BENEFIT_CAP_LIFTED,
        /** The HB additional earnings disregard (£17.10: 30 hours at 25+, 16 hours for families and disabled workers) starts. Figure: the extra disregarded. */
        HB_ADDITIONAL_DISREGARD,
        /** HB starts to deduct childcare charges from earnings (the 16-hour work condition). Figure: the extra disregarded. */
        HB_CHILDCARE_DISREGARD,
        /** Money left falls. Figure: the fall. */
        MONEY_LEFT_FALLS
    }

    /**
     * One change.
     *
     * @param hours the fewest hours (to a hundredth) at which it has happened
     * @param before the column a hundredth of an hour earlier
     * @param at the column at {@code hours}
     * @param figureWeek the figure the change is about (see {@link Kind}), a week
     * @param figureMonth the same a month
     * @param asWellOffAgainAt for a fall in money left: the fewest hours at which money left is back to where it was, if within the sweep
     * @param fellFigures for a fall in money left: the figure ids that fell
     */
    public record ChangePoint(Kind kind, BigDecimal hours, ScenarioResult before, ScenarioResult at, Money figureWeek, Money figureMonth,
                              Optional<BigDecimal> asWellOffAgainAt, List<String> fellFigures) {
        public ChangePoint { fellFigures = List.copyOf(fellFigures); }

        public Money figure(Period p) { return p == Period.MONTH ? figureMonth : figureWeek; }

        /** Money left at the point (after the change). */
        public Money moneyLeft(Period p) { return at.figure(MONEY_LEFT).in(p); }

        /** How much money left moves across the point (negative: a fall). */
        public Money moneyLeftChange(Period p) { return at.figure(MONEY_LEFT).in(p).minus(before.figure(MONEY_LEFT).in(p)); }

        public Money gross(Period p) { return at.figure(GROSS_EARNINGS).in(p); }

        /** The change in plain English, weekly (the app uses its resource bundle instead). */
        public String words() {
            String h = hoursWords(hours);
            return switch (kind) {
                case UC_TAPER_STARTS -> "Universal Credit starts to fall at " + h + ": take-home pay is over the work allowance of " + figureMonth.format() + " a month";
                case UC_ENDS -> "Universal Credit ends at " + h + " (it was " + figureWeek.format() + " a week just before)";
                case UC_PAID_AGAIN -> "Universal Credit is paid again from " + h + " (" + figureWeek.format() + " a week)";
                case HB_TAPER_STARTS -> "Housing Benefit starts to fall below the full " + figureWeek.format() + " a week at " + h;
                case HB_ENDS -> "Housing Benefit ends at " + h;
                case COUNCIL_TAX_REDUCTION_ENDS -> "Council Tax Reduction ends at " + h + " (it was " + figureWeek.format() + " a week just before)";
                case INCOME_TAX_STARTS -> "Income tax starts at " + h + " (pay " + figureWeek.format() + " a week)";
                case NI_STARTS -> "National Insurance starts at " + h + " (pay " + figureWeek.format() + " a week)";
                case CARERS_ALLOWANCE_LOST -> "Carer's Allowance of " + figureWeek.format() + " a week stops at " + h + ": earnings are over its limit";
                case BENEFIT_CAP_LIFTED -> "The benefit cap stops at " + h + " (it took " + figureMonth.format() + " a month off Universal Credit)";
                case HB_ADDITIONAL_DISREGARD -> "From " + h + ", " + figureWeek.format() + " more of earnings is ignored for Housing Benefit";
                case HB_CHILDCARE_DISREGARD -> "From " + h + ", childcare costs (" + figureWeek.format() + " a week) are taken off earnings for Housing Benefit";
                case MONEY_LEFT_FALLS -> "Money left falls by " + figureWeek.format() + " a week at " + h
                        + asWellOffAgainAt.map(a -> "; as well off again at " + hoursWords(a)).orElse("; not as well off again by the end of the chart");
            };
        }
    }

    /** A stretch of hours between change points and the marginal rate on it (a fraction: 0.55 = 55p of each extra £1 lost). */
    public record Segment(BigDecimal fromHours, BigDecimal toHours, BigDecimal marginalRate) {
        public String words() {
            BigDecimal kept = BigDecimal.ONE.subtract(marginalRate).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
            return "From " + hoursWords(fromHours) + " to " + hoursWords(toHours) + ": " + percent(marginalRate)
                    + " of each extra £1 earned is lost (you keep " + kept.toPlainString() + "p)";
        }
    }

    public record Result(List<ChangePoint> points, List<Segment> segments) {
        public Result {
            points = List.copyOf(points);
            segments = List.copyOf(segments);
        }
    }

    /** Finds the change points of a sweep, recalculating with the same calculator and circumstances to narrow them. */
    public static Result find(BetterOffCalculator calculator, Circumstances c, HoursSweep.Sweep sweep) {
        List<HoursSweep.Point> pts = sweep.points();
        if (pts.isEmpty()) return new Result(List.of(), List.of());
        WorkIncentives.Probe probe = new WorkIncentives.Probe(calculator, c, sweep.scenario(), sweep.jobIndex(),
                calculator.rates().at(c.date()), sweep.baseline());
        for (HoursSweep.Point p : pts) if (p.hours().scale() <= 2) probe.remember(p.hours(), p.result());

        List<ChangePoint> found = new ArrayList<>();
        boolean ucPaidEarlier = false;
        for (int i = 1; i < pts.size(); i++) {
            HoursSweep.Point a = pts.get(i - 1), b = pts.get(i);
            ucPaidEarlier |= week(a.result(), UNIVERSAL_CREDIT).isPositive();
            for (Kind k : Kind.values()) {
                if (k == Kind.MONEY_LEFT_FALLS) continue;
                Predicate<ScenarioResult> after = afterChange(k);
                if (!after.test(a.result()) && after.test(b.result()) && startsFrom(k, a.result(), ucPaidEarlier)) {
                    BigDecimal h = WorkIncentives.narrow(probe, a.hours(), b.hours(), after);
                    ScenarioResult before = probe.at(h.subtract(HUNDREDTH)), at = probe.at(h);
                    point(k, h, before, at).ifPresent(found::add);
                }
            }
        }
        BigDecimal from = pts.get(0).hours(), to = pts.get(pts.size() - 1).hours();
        for (WorkIncentives.Cliff k : WorkIncentives.find(probe, to).cliffs()) {
            if (k.toHours().compareTo(from) <= 0) continue;
            Money loss = k.weeklyLoss();
            ScenarioResult before = probe.at(k.fromHours()), at = probe.at(k.toHours());
            Money lossMonth = before.figure(MONEY_LEFT).month().minus(at.figure(MONEY_LEFT).month());
            found.add(new ChangePoint(Kind.MONEY_LEFT_FALLS, k.toHours(), before, at, loss, lossMonth, k.asWellOffAgainAt(), k.fellFigures()));
        }
        found.sort(Comparator.comparing(ChangePoint::hours).thenComparing(ChangePoint::kind));
        return new Result(found, segments(probe, found, from, to));
    }

    /** True once the change has happened. */
    private static Predicate<ScenarioResult> afterChange(Kind k) {
        return switch (k) {
            case UC_TAPER_STARTS -> x -> week(x, UC_EARNINGS_DEDUCTION).isPositive();
            case UC_ENDS -> x -> week(x, UNIVERSAL_CREDIT).isZero();
            case UC_PAID_AGAIN -> x -> week(x, UNIVERSAL_CREDIT).isPositive();
            case HB_TAPER_STARTS -> x -> hbMaximum(x).isPositive() && week(x, HOUSING_BENEFIT).isLessThan(hbMaximum(x));
            case HB_ENDS -> x -> hbMaximum(x).isPositive() && week(x, HOUSING_BENEFIT).isZero();
            case COUNCIL_TAX_REDUCTION_ENDS -> x -> week(x, COUNCIL_TAX_REDUCTION).isZero();
            case INCOME_TAX_STARTS -> x -> week(x, INCOME_TAX).isPositive();
            case NI_STARTS -> x -> week(x, NATIONAL_INSURANCE).isPositive();
            case CARERS_ALLOWANCE_LOST -> x -> week(x, CARERS_ALLOWANCE).isZero();
            case BENEFIT_CAP_LIFTED -> x -> week(x, BENEFIT_CAP_REDUCTION).isZero();
            case HB_ADDITIONAL_DISREGARD -> x -> x.hb().additionalDisregard().isPositive();
            case HB_CHILDCARE_DISREGARD -> x -> x.hb().childcareDisregard().isPositive();
            case MONEY_LEFT_FALLS -> x -> false;
        };
    }

    /** The state before the change was really there (something was paid; UC nil after being paid), so "nil all along" is no change. */
    private static boolean startsFrom(Kind k, ScenarioResult a, boolean ucPaidEarlier) {
        return switch (k) {
            case UC_TAPER_STARTS -> week(a, UC_WORK_ALLOWANCE).isPositive() && week(a, UNIVERSAL_CREDIT).isPositive();
            case UC_ENDS -> week(a, UNIVERSAL_CREDIT).isPositive();
            case UC_PAID_AGAIN -> week(a, UNIVERSAL_CREDIT).isZero() && ucPaidEarlier;
            case HB_ENDS -> week(a, HOUSING_BENEFIT).isPositive();
            case COUNCIL_TAX_REDUCTION_ENDS -> week(a, COUNCIL_TAX_REDUCTION).isPositive();
            case CARERS_ALLOWANCE_LOST -> week(a, CARERS_ALLOWANCE).isPositive();
            case BENEFIT_CAP_LIFTED -> week(a, BENEFIT_CAP_REDUCTION).isPositive();
            default -> true;
        };
    }

    private static Optional<ChangePoint> point(Kind k, BigDecimal h, ScenarioResult before, ScenarioResult at) {
        Money w, m;
        switch (k) {
            case UC_TAPER_STARTS -> { w = week(at, UC_WORK_ALLOWANCE); m = at.figure(UC_WORK_ALLOWANCE).month(); }
            case UC_ENDS -> { w = week(before, UNIVERSAL_CREDIT); m = before.figure(UNIVERSAL_CREDIT).month(); }
            case UC_PAID_AGAIN -> { w = week(at, UNIVERSAL_CREDIT); m = at.figure(UNIVERSAL_CREDIT).month(); }
            case HB_TAPER_STARTS -> { w = hbMaximum(at); m = monthOf(w); }
            case HB_ENDS -> { w = week(before, HOUSING_BENEFIT); m = before.figure(HOUSING_BENEFIT).month(); }
            case COUNCIL_TAX_REDUCTION_ENDS -> { w = week(before, COUNCIL_TAX_REDUCTION); m = before.figure(COUNCIL_TAX_REDUCTION).month(); }
            case INCOME_TAX_STARTS, NI_STARTS -> { w = week(at, GROSS_EARNINGS); m = at.figure(GROSS_EARNINGS).month(); }
            case CARERS_ALLOWANCE_LOST -> { w = week(before, CARERS_ALLOWANCE); m = before.figure(CARERS_ALLOWANCE).month(); }
            case BENEFIT_CAP_LIFTED -> { w = week(before, BENEFIT_CAP_REDUCTION); m = before.figure(BENEFIT_CAP_REDUCTION).month(); }
            case HB_ADDITIONAL_DISREGARD, HB_CHILDCARE_DISREGARD -> {
                // an hours rule only matters where it moves HB within its own means test (not while UC passports HB
                // to its maximum, where the rule first shows as UC ends, nor once HB is nil)
                if (!before.hb().meansTested() || week(at, HOUSING_BENEFIT).equals(week(before, HOUSING_BENEFIT))) return Optional.empty();
                w = at.hb().earningsDisregarded().minus(before.hb().earningsDisregarded());
                m = monthOf(w);
            }
            default -> throw new IllegalArgumentException(k.name());
        }
        return Optional.of(new ChangePoint(k, h, before, at, w, m, Optional.empty(), List.of()));
    }

    /** Marginal rate = 1 − Δmoney left / Δgross over each stretch between changes (weekly figures, to a tenth of a percent). */
    private static List<Segment> segments(WorkIncentives.Probe probe, List<ChangePoint> points, BigDecimal from, BigDecimal to) {
        TreeSet<BigDecimal> edges = new TreeSet<>();
        for (ChangePoint p : points) if (p.hours().compareTo(from) > 0 && p.hours().compareTo(to) <= 0) edges.add(p.hours().setScale(2));
        List<Segment> out = new ArrayList<>();
        BigDecimal start = from.setScale(2, RoundingMode.UNNECESSARY);
        List<BigDecimal> ends = new ArrayList<>(edges);
        ends.add(null);
        for (BigDecimal edge : ends) {
            BigDecimal end = edge == null ? to.setScale(2, RoundingMode.UNNECESSARY) : edge.subtract(HUNDREDTH);
            if (end.subtract(start).compareTo(SHORTEST_SEGMENT) >= 0) {
                ScenarioResult s = probe.at(start), e = probe.at(end);
                Money dGross = week(e, GROSS_EARNINGS).minus(week(s, GROSS_EARNINGS));
                if (dGross.isPositive()) {
                    Money dLeft = week(e, MONEY_LEFT).minus(week(s, MONEY_LEFT));
                    BigDecimal rate = BigDecimal.ONE.subtract(dLeft.amount().divide(dGross.amount(), 3, RoundingMode.HALF_UP));
                    out.add(new Segment(start, end, rate));
                }
            }
            if (edge != null) start = edge;
        }
        return out;
    }

    private static Money week(ScenarioResult x, String id) { return x.figure(id).week(); }

    private static Money monthOf(Money week) { return Periods.toPenny(week, Period.WEEK, Period.MONTH); }

    /** Maximum HB (eligible rent less non-dependant deductions); nil where HB does not meet the rent. */
    private static Money hbMaximum(ScenarioResult x) { return x.hb().maximum(); }

    static String hoursWords(BigDecimal h) {
        return h.stripTrailingZeros().toPlainString() + " hours";
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
