package uk.betteroff.kernel.result;

import java.util.List;

import uk.betteroff.kernel.benefits.BenefitCap;
import uk.betteroff.kernel.benefits.CarersAllowance;
import uk.betteroff.kernel.benefits.ChildBenefit;
import uk.betteroff.kernel.benefits.ScottishChildPayment;
import uk.betteroff.kernel.ctr.CouncilTax;
import uk.betteroff.kernel.ctr.CtrResult;
import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.tax.Pay;
import uk.betteroff.kernel.uc.UcResult;

/**
 * Each scheme's own result for one column, in the order they are worked (pay → Carer's Allowance → UC →
 * Child Benefit → benefit cap → HB → council tax and its reduction → Scottish Child Payment), with every
 * intermediate figure. This, not the trace, is what logic reads (change points, the batch, the totals).
 *
 * @param carersAllowance one per adult, in the household's order
 */
public record SchemeResults(Pay pay, List<CarersAllowance.Result> carersAllowance, UcResult uc, ChildBenefit.Result childBenefit,
                            BenefitCap.Result benefitCap, HbResult hb, CouncilTax.Result councilTax, CtrResult ctr,
                            ScottishChildPayment.Result scottishChildPayment) {
    public SchemeResults {
        carersAllowance = List.copyOf(carersAllowance);
    }

    /** UC payable in the month: the award less any benefit cap reduction. */
    public Money ucPaid() { return uc.award().minus(benefitCap.reduction()); }

    /** Carer's Allowance a week, all adults together. */
    public Money carersAllowanceWeekly() {
        return carersAllowance.stream().map(CarersAllowance.Result::weekly).reduce(Money.ZERO, Money::plus);
    }
}
