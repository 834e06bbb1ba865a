package uk.betteroff.kernel.hb;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * HB non-dependant deductions (HB Regs 2006 reg 74): a weekly amount for each non-dependant by their
 * gross income when in remunerative work (16+ hours), the lowest amount otherwise; none where the
 * claimant or partner gets Attendance Allowance, the DLA care component or PIP daily living (reg 74(6)),
 * or for a non-dependant under 18 or otherwise exempt (reg 74(7)-(8)).
 */
public final class NonDependantDeductions {
    private NonDependantDeductions() {}

    private static final RateKey[] DEDUCTIONS = {HB_NON_DEP_DEDUCTION_BAND_1, HB_NON_DEP_DEDUCTION_BAND_2, HB_NON_DEP_DEDUCTION_BAND_3,
            HB_NON_DEP_DEDUCTION_BAND_4, HB_NON_DEP_DEDUCTION_BAND_5, HB_NON_DEP_DEDUCTION_BAND_6};
    private static final RateKey[] THRESHOLDS = {null, HB_NON_DEP_THRESHOLD_BAND_2, HB_NON_DEP_THRESHOLD_BAND_3,
            HB_NON_DEP_THRESHOLD_BAND_4, HB_NON_DEP_THRESHOLD_BAND_5, HB_NON_DEP_THRESHOLD_BAND_6};

    public static TraceNode calculate(Household h, RatesAt r) {
        TraceNode.Builder t = r.trace("hb.non_dep_deductions", "Non-dependant deductions").law("HB Regs 2006 reg 74");
        if (h.nonDependants().isEmpty()) return t.amount(Money.ZERO, Period.WEEK).working(() -> "No non-dependants").build();
        for (Adult a : h.adults())
            if (a.disabilityBenefit().any())
                return t.amount(Money.ZERO, Period.WEEK).working(() -> "None: a claimant gets a disability benefit (reg 74(6))").build();
        int minAge = r.whole(HB_NON_DEP_MIN_AGE);
        Money total = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (NonDependant n : h.nonDependants()) {
            if (n.age() < minAge || n.exempt()) {
                parts.add("aged " + n.age() + ": none (" + (n.exempt() ? "exempt" : "under " + minAge) + ")");
                continue;
            }
            int band = 0;
            boolean working = n.hours().compareTo(r.number(HB_NON_DEP_REMUNERATIVE_HOURS)) >= 0;
            Money gross = n.grossIncome().in(Period.WEEK);
            if (working)
                for (int b = 1; b < THRESHOLDS.length; b++)
                    if (!gross.isLessThan(r.money(THRESHOLDS[b]))) band = b;
            Money d = r.money(DEDUCTIONS[band]);
            t.rate(r.use(DEDUCTIONS[band]));
            if (band > 0) t.rate(r.use(THRESHOLDS[band]));
            total = total.plus(d);
            parts.add("aged " + n.age() + (working ? ", gross income " + gross.roundHalfUpToPenny().format() + " a week" : ", not in remunerative work")
                    + ": " + d.format());
        }
        t.rate(r.use(HB_NON_DEP_REMUNERATIVE_HOURS)).rate(r.use(HB_NON_DEP_MIN_AGE));
        return t.amount(total, Period.WEEK).working(String.join("; ", parts) + " = " + total.format()).build();
    }
}
