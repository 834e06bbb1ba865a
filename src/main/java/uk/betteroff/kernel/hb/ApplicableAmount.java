package uk.betteroff.kernel.hb;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The HB applicable amount (HB Regs 2006 reg 22, Sch 3): personal allowances for the claimant (and
 * partner) and each child, and the premiums and component the household qualifies for. The family
 * premium is not included (only claims in payment since before 1 May 2016 keep it).
 */
public final class ApplicableAmount {
    private ApplicableAmount() {}

    public record Result(Money amount, boolean disabilityOrCarerPremium, boolean supportComponent, TraceNode trace) {}

    public static Result calculate(Household h, HbInput in, RatesAt r, List<Assumption> assumptions) {
        TraceNode.Builder t = r.trace("hb.applicable_amount", "Applicable amount").law("HB Regs 2006 reg 22, Sch 3");
        List<String> parts = new ArrayList<>();
        Money total = Money.ZERO;

        RateKey personal = personalAllowance(h);
        total = total.plus(add(t, parts, r, personal, 1, "personal allowance"));
        if (h.hasChildren()) total = total.plus(add(t, parts, r, HB_CHILD_ALLOWANCE, h.children().size(), "child allowance"));

        boolean support = h.adults().stream().anyMatch(a -> a.workCapability().lcwra());
        boolean disability = !support && h.adults().stream().anyMatch(a -> a.disabilityBenefit().any());
        boolean enhanced = support || h.adults().stream().anyMatch(a -> a.disabilityBenefit().highest());
        if (support) {
            total = total.plus(add(t, parts, r, HB_COMPONENT_SUPPORT, 1, "support component (LCWRA)"));
            assumptions.add(new Assumption("hb.component.support",
                    "Limited capability for work and work-related activity is taken to bring the HB support component (HB Regs 2006 Sch 3 Part 6)."));
        }
        if (disability)
            total = total.plus(add(t, parts, r, h.couple() ? HB_PREMIUM_DISABILITY_COUPLE : HB_PREMIUM_DISABILITY_SINGLE, 1, "disability premium"));
        if (enhanced)
            total = total.plus(add(t, parts, r, h.couple() ? HB_PREMIUM_ENHANCED_DISABILITY_COUPLE : HB_PREMIUM_ENHANCED_DISABILITY_SINGLE, 1,
                    "enhanced disability premium"));
        int carers = 0;
        for (int i = 0; i < h.adults().size(); i++) {
            Adult a = h.adults().get(i);
            if (a.carer() && in.weeklyCarersAllowance().get(i).isPositive()) carers++;
        }
        if (carers > 0) total = total.plus(add(t, parts, r, HB_PREMIUM_CARER, carers, "carer premium"));
        long disabledChildren = h.children().stream().filter(c -> c.disability() != Child.Disability.NONE).count();
        long higherChildren = h.children().stream().filter(c -> c.disability() == Child.Disability.HIGHER).count();
        if (disabledChildren > 0) total = total.plus(add(t, parts, r, HB_PREMIUM_DISABLED_CHILD, disabledChildren, "disabled child premium"));
        if (higherChildren > 0)
            total = total.plus(add(t, parts, r, HB_PREMIUM_ENHANCED_DISABILITY_CHILD, higherChildren, "enhanced disability premium (child)"));
        if (h.adults().stream().anyMatch(a -> a.disabilityBenefit().qualifiesForCarer()))
            assumptions.add(new Assumption("hb.premium.severe_disability",
                    "The HB severe disability premium is not included: it depends on who lives with the claimant and whether anyone gets Carer's Allowance for them."));
        t.amount(total, Period.WEEK).working(String.join(" + ", parts) + " = " + total.format()).sumOfChildren();
        return new Result(total, disability || carers > 0, support, t.build());
    }

    private static Money add(TraceNode.Builder t, List<String> parts, RatesAt r, RateKey key, long count, String what) {
        Money each = r.money(key);
        Money amount = each.times(count);
        t.rate(r.use(key));
        String words = what + " " + (count > 1 ? count + " × " + each.format() : each.format());
        parts.add(words);
        t.child(r.trace(key.id(), Character.toUpperCase(what.charAt(0)) + what.substring(1)).amount(amount, Period.WEEK)
                .working(() -> words).rate(r.use(key)).build());
        return amount;
    }

    private static RateKey personalAllowance(Household h) {
        if (h.couple())
            return h.eldestAdultAge() >= 18 ? HB_PERSONAL_ALLOWANCE_COUPLE_ONE_18_PLUS : HB_PERSONAL_ALLOWANCE_COUPLE_BOTH_UNDER_18;
        int age = h.adults().get(0).age();
        if (h.hasChildren()) return age >= 18 ? HB_PERSONAL_ALLOWANCE_LONE_PARENT_18_PLUS : HB_PERSONAL_ALLOWANCE_LONE_PARENT_UNDER_18;
        return age >= 25 ? HB_PERSONAL_ALLOWANCE_SINGLE_25_PLUS : HB_PERSONAL_ALLOWANCE_SINGLE_UNDER_25;
    }
}
