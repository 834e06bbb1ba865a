package uk.betteroff.kernel.uc;

import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Every intermediate figure of one UC assessment period (monthly). {@code award} is before the benefit cap.
 * {@code trace} explains the award; {@code steps} are the parts of it that are shown as figures of their own.
 */
public record UcResult(Money standardAllowance, Money childElements, Money disabledChildAdditions, Money lcwra,
                       Money carer, Money childcare, Money housing, Money maximum, Money earnedIncome,
                       Money unearnedIncome, Money workAllowance, Money earningsDeduction, Money award,
                       boolean includesHousingCosts, boolean lcwraIncluded, boolean carerIncluded,
                       TraceNode trace, Steps steps, List<Assumption> assumptions) {
    /** The explanation of each figure of the award that is shown on its own (nodes of {@code trace}). */
    public record Steps(TraceNode standardAllowance, TraceNode childElements, TraceNode housing, TraceNode workAllowance,
                        TraceNode earningsDeduction) {}

    public UcResult {
        assumptions = List.copyOf(assumptions);
    }

    /** Entitled to some UC in the period: the Housing Benefit "passport" (HB Regs 2006 Sch 4 para 12). */
    public boolean entitled() { return award.isPositive(); }
}
