package uk.betteroff.kernel.hb;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * HB earnings disregards (HB Regs 2006 Sch 4, reg 27): the highest one of £5 single, £10 couple, £25
 * lone parent or £20 where a disability or carer premium or the support component applies (paras 3-10);
 * the additional £17.10 (para 17); from 5 October 2026 the specified/temporary accommodation disregard
 * (para 18); and relevant childcare charges (regs 27-28). Together they never exceed the earnings.
 */
public final class EarningsDisregards {
    private EarningsDisregards() {}

    /**
     * The earnings disregarded ({@code total}, never more than the earnings) and, of it before that limit, the
     * additional disregard of para 17 and the childcare charges of regs 27-28 (each nil where it does not apply).
     */
    public record Result(Money total, Money additional, Money childcare, TraceNode trace) {}

    public static Result calculate(Circumstances c, HbInput in, ApplicableAmount.Result aa, RatesAt r) {
        return calculate(c, in, aa, r, true);
    }

    /**
     * As {@link #calculate(Circumstances, HbInput, ApplicableAmount.Result, RatesAt)}; {@code para18} false leaves out the
     * specified/temporary accommodation disregard, which is HB's alone (Council Tax Reduction schemes that mirror
     * these disregards have no such paragraph).
     */
    public static Result calculate(Circumstances c, HbInput in, ApplicableAmount.Result aa, RatesAt r, boolean para18) {
        Household h = c.household();
        TraceNode.Builder t = r.trace("hb.earnings_disregard", "Earnings disregarded").law("HB Regs 2006 Sch 4");
        Money earnings = in.totalEarnings();
        if (!earnings.isPositive()) return new Result(Money.ZERO, Money.ZERO, Money.ZERO, t.amount(Money.ZERO, Period.WEEK).working(() -> "No earnings").build());
        List<String> parts = new ArrayList<>();

        RateKey standardKey = aa.disabilityOrCarerPremium() || aa.supportComponent() ? HB_DISREGARD_HIGHER
                : h.loneParent() ? HB_DISREGARD_LONE_PARENT : h.couple() ? HB_DISREGARD_COUPLE : HB_DISREGARD_SINGLE;
        Money standard = r.money(standardKey);
        t.rate(r.use(standardKey));
        parts.add(switch (standardKey.id()) {
            case "hb.disregard.higher" -> "£20 rate (disability or carer premium, or support component)";
            case "hb.disregard.lone_parent" -> "lone parent";
            case "hb.disregard.couple" -> "couple";
            default -> "single person";
        } + " " + standard.format());
        Money total = standard;

        Money childcare = childcare(h, in, r, parts, t);
        total = total.plus(childcare);

        Money additional = Money.ZERO;
        if (additionalApplies(h, in, aa, r)) {
            additional = r.money(HB_DISREGARD_ADDITIONAL);
            total = total.plus(additional);
            t.rate(r.use(HB_DISREGARD_ADDITIONAL)).rate(r.use(HB_DISREGARD_ADDITIONAL_HOURS_25_PLUS)).rate(r.use(HB_DISREGARD_ADDITIONAL_HOURS_FAMILY))
                    .law("HB Regs 2006 Sch 4 para 17");
            parts.add("additional " + additional.format() + " (para 17)");
        }

        RateKey para18Key = specifiedAccommodationKey(h);
        Money accommodation = para18 ? r.money(para18Key) : Money.ZERO;
        if (para18) t.rate(r.use(para18Key));
        if (accommodation.isPositive() && c.housing().tenure().housingBenefitAlongsideUc()) {
            total = total.plus(accommodation);
            t.law("HB Regs 2006 Sch 4 para 18 (from 5 October 2026)");
            parts.add("specified or temporary accommodation " + accommodation.format() + " (para 18)");
        }

        Money applied = total.min(earnings);
        t.amount(applied, Period.WEEK).working(String.join(" + ", parts) + " = " + total.format()
                + (applied.isLessThan(total) ? ", limited to the earnings of " + earnings.format() : ""));
        return new Result(applied, additional, childcare, t.build());
    }

    /** Para 17(2)-(3): 25+ working 30 hours; a couple with a child, or a lone parent, working 16; disabled and working 16. */
    private static boolean additionalApplies(Household h, HbInput in, ApplicableAmount.Result aa, RatesAt r) {
        BigDecimal thirty = r.number(HB_DISREGARD_ADDITIONAL_HOURS_25_PLUS);
        BigDecimal sixteen = r.number(HB_DISREGARD_ADDITIONAL_HOURS_FAMILY);
        int age = r.whole(HB_DISREGARD_ADDITIONAL_AGE);
        for (int i = 0; i < h.adults().size(); i++) {
            Adult a = h.adults().get(i);
            BigDecimal hours = in.hours().get(i);
            if (a.age() >= age && hours.compareTo(thirty) >= 0) return true;
            if (h.hasChildren() && hours.compareTo(sixteen) >= 0) return true;
            if ((aa.disabilityOrCarerPremium() || aa.supportComponent()) && (a.disabilityBenefit().any() || a.workCapability().limited())
                    && hours.compareTo(sixteen) >= 0) return true;
        }
        return false;
    }

    private static RateKey specifiedAccommodationKey(Household h) {
        if (h.couple()) {
            int eldest = h.eldestAdultAge();
            return eldest >= 25 ? HB_DISREGARD_SPECIFIED_ACCOMMODATION_COUPLE_25_PLUS
                    : eldest >= 18 ? HB_DISREGARD_SPECIFIED_ACCOMMODATION_COUPLE_UNDER_25 : HB_DISREGARD_SPECIFIED_ACCOMMODATION_COUPLE_BOTH_UNDER_18;
        }
        return h.adults().get(0).age() >= 25 ? HB_DISREGARD_SPECIFIED_ACCOMMODATION_SINGLE_25_PLUS : HB_DISREGARD_SPECIFIED_ACCOMMODATION_SINGLE_UNDER_25;
    }

    /** Regs 27(1)(c), 28: relevant childcare charges for a lone parent in work, or a couple both in work (or one incapacitated). */
    private static Money childcare(Household h, HbInput in, RatesAt r, List<String> parts, TraceNode.Builder t) {
        if (!in.weeklyChildcare().isPositive() || !h.hasChildren()) return Money.ZERO;
        BigDecimal hours = r.number(HB_CHILDCARE_HOURS);
        boolean ok;
        if (h.couple()) {
            boolean a = in.hours().get(0).compareTo(hours) >= 0, b = in.hours().get(1).compareTo(hours) >= 0;
            boolean aInc = h.adults().get(0).workCapability().limited(), bInc = h.adults().get(1).workCapability().limited();
            ok = (a && b) || (a && bInc) || (b && aInc);
        } else {
            ok = in.hours().get(0).compareTo(hours) >= 0;
        }
        t.rate(r.use(HB_CHILDCARE_HOURS));
        if (!ok) {
            parts.add("childcare charges not disregarded (the work condition of " + hours.toPlainString() + " hours is not met)");
            return Money.ZERO;
        }
        long under15 = h.children().stream().filter((Child c) -> c.age() < 15).count();
        RateKey capKey = under15 >= 2 ? HB_CHILDCARE_MAX_TWO_OR_MORE : HB_CHILDCARE_MAX_ONE_CHILD;
        Money amount = in.weeklyChildcare().min(r.money(capKey));
        t.rate(r.use(capKey)).law("HB Regs 2006 regs 27, 28");
        parts.add("childcare charges " + amount.format());
        return amount;
    }
}
