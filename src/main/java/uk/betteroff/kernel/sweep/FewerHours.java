package uk.betteroff.kernel.sweep;

import static uk.betteroff.kernel.rates.RateKeys.*;
import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.ScenarioResult;

/**
 * Whether working fewer hours in the same job would leave the household more money — the caseload's
 * "at a cliff" question — found with a few calculations instead of a scan of every hour.
 *
 * <p>As hours rise, money left can only fall where something stops or moves a step: Universal Credit ends
 * (and with it Housing Benefit's maximum, Scottish Child Payment and any passported Council Tax
 * Reduction), Carer's Allowance passes its earnings limit, Housing Benefit or Council Tax Reduction reaches
 * nil, pay reaches the pension auto-enrolment trigger, the benefit cap stops applying, or a banded Council
 * Tax Reduction scheme moves band. These facts are the household's <em>regime</em> at given hours. With the
 * regime unchanged, every taper together takes less than each extra pound earned, so money left rises with
 * hours and is highest at the top of the stretch. Each fact changes at most once as hours rise, so when the
 * regime is the same at both ends of a stretch it is the same throughout. So the stretch from 0 to the
 * household's hours is halved only where its ends' regimes differ, down to a hundredth of an hour, and
 * the money left is compared just before each change (and at 0 hours).
 *
 * <p>A stretch whose regimes differ is also given up early when it cannot reach the target. Write money left
 * as pay after tax and NI (which never falls as hours rise) plus everything else — benefits less pension
 * contributions — which never rises as hours rise, except where the benefit cap stops applying or at the
 * Housing Benefit hours rules (16 and 30 hours, HB Regs 2006 Sch 4 para 17, reg 28). So in a stretch without
 * those, money left anywhere is at most the money left at its start plus the rise in pay after tax and NI
 * to its end (plus, where the cap stops applying, the cap's reduction at the start, all it can give back); a
 * stretch with one of those hours inside is split there.
 */
public final class FewerHours {
    private static final BigDecimal RESOLUTION = new BigDecimal("0.01");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Pennies of rounding in the weekly figures, allowed for when a stretch is given up. */
    private static final Money ROUNDING = Money.of("0.05");
    /** The rates whose hours make Housing Benefit rise (its additional and childcare disregards, HB Regs 2006 Sch 4 para 17, reg 28). */
    private static final List<RateKey> HOURS_RULES = List.of(HB_DISREGARD_ADDITIONAL_HOURS_25_PLUS, HB_DISREGARD_ADDITIONAL_HOURS_FAMILY, HB_CHILDCARE_HOURS);

    private FewerHours() {}

    /** Fewer hours that would leave {@code moneyLeft} a week, at least the margin more than at the scenario's own hours. */
    public record Better(BigDecimal hours, Money moneyLeft) {}

    /**
     * @param atHours the scenario calculated at its own hours (its first job's)
     * @param baseline the out-of-work baseline, for the better-off figure of each probe
     * @param margin how much more a week counts as more (so that a penny of rounding does not)
     */
    public static Optional<Better> find(BetterOffCalculator calculator, Circumstances c, Scenario s, ScenarioResult atHours,
                                        ScenarioResult baseline, Money margin) {
        if (s.jobs().isEmpty() || s.jobs().get(0).hours().signum() <= 0) return Optional.empty();
        RatesAt r = calculator.rates().at(c.date());
        boolean steppedCtr = calculator.ctrScheme(c).map(CtrScheme::stepped).orElse(false);
        List<BigDecimal> hoursRules = HOURS_RULES.stream().map(r::number).distinct().sorted().toList();
        Search search = new Search(new WorkIncentives.Probe(calculator, c, s, 0, r, baseline), steppedCtr, hoursRules, left(atHours).plus(margin));
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return search.stretch(zero, atZeroHours(search, s, baseline), s.jobs().get(0).hours(), atHours);
    }

    /**
     * The job at 0 hours: with no travel or childcare costs it earns nothing and costs nothing, so it is the
     * out-of-work baseline (FewerHoursTest checks this), which is already calculated.
     */
    private static ScenarioResult atZeroHours(Search search, Scenario s, ScenarioResult baseline) {
        return s.jobs().size() == 1 && s.travel().isZero() && s.childcare().isZero() ? baseline : search.probe().at(BigDecimal.ZERO);
    }

    private static Money left(ScenarioResult x) { return x.figure(MONEY_LEFT).week(); }

    /** Pay after income tax and NI, a week: it rises (or stays) with hours, pension contributions aside. */
    private static Money payAfterTax(ScenarioResult x) {
        return x.figure(GROSS_EARNINGS).week().minus(x.figure(INCOME_TAX).week()).minus(x.figure(NATIONAL_INSURANCE).week());
    }

    private static final int CAPPED = 1 << 2;

    /** The facts whose change can make money left fall; {@code ctr} is the reduction itself under a banded scheme. */
    record Regime(int flags, Money ctr) {
        static Regime of(ScenarioResult x, boolean steppedCtr) {
            int f = 0;
            if (x.figure(UNIVERSAL_CREDIT).month().isPositive()) f |= 1;
            if (x.figure(UNIVERSAL_CREDIT).month().plus(x.figure(BENEFIT_CAP_REDUCTION).month()).isPositive()) f |= 1 << 1;
            if (x.figure(BENEFIT_CAP_REDUCTION).month().isPositive()) f |= CAPPED;
            if (x.figure(HOUSING_BENEFIT).week().isPositive()) f |= 1 << 3;
            if (x.figure(COUNCIL_TAX_REDUCTION).week().isPositive()) f |= 1 << 4;
            if (x.figure(COUNCIL_TAX_TO_PAY).week().isZero()) f |= 1 << 5;
            if (x.figure(CARERS_ALLOWANCE).week().isPositive()) f |= 1 << 6;
            if (x.figure(SCOTTISH_CHILD_PAYMENT).week().isPositive()) f |= 1 << 7;
            if (x.figure(PENSION_CONTRIBUTION).week().isPositive()) f |= 1 << 8;
            return new Regime(f, steppedCtr ? x.figure(COUNCIL_TAX_REDUCTION).week() : Money.ZERO);
        }
    }

    /** {@code probe} calculates the scenario with its first job at other hours. */
    private record Search(WorkIncentives.Probe probe, boolean steppedCtr, List<BigDecimal> hoursRules, Money target) {

        /** The stretch from {@code lo} (checked here) up to {@code hi} (already known to leave less than the target). */
        Optional<Better> stretch(BigDecimal lo, ScenarioResult atLo, BigDecimal hi, ScenarioResult atHi) {
            if (!left(atLo).isLessThan(target)) return Optional.of(new Better(lo, left(atLo)));
            Regime a = Regime.of(atLo, steppedCtr), b = Regime.of(atHi, steppedCtr);
            if (a.equals(b)) return Optional.empty();
            if (hi.subtract(lo).compareTo(RESOLUTION) <= 0) return Optional.empty();
            BigDecimal mid = null;
            for (BigDecimal h : hoursRules)
                if (h.compareTo(lo) > 0 && h.compareTo(hi) < 0) { mid = h.setScale(2, RoundingMode.CEILING); break; }
            if (mid == null) {
                Money capLifted = (a.flags() & CAPPED) == (b.flags() & CAPPED) ? Money.ZERO : atLo.figure(BENEFIT_CAP_REDUCTION).week();
                Money highest = left(atLo).plus(payAfterTax(atHi)).minus(payAfterTax(atLo)).plus(capLifted).plus(ROUNDING);
                if (highest.isLessThan(target)) return Optional.empty();
                mid = lo.add(hi).divide(TWO, 2, RoundingMode.FLOOR);
            }
            if (mid.compareTo(lo) <= 0 || mid.compareTo(hi) >= 0) return Optional.empty();
            ScenarioResult atMid = probe.at(mid);
            Optional<Better> below = stretch(lo, atLo, mid, atMid);
            return below.isPresent() ? below : stretch(mid, atMid, hi, atHi);
        }
    }
}
