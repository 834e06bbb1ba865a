package uk.betteroff.kernel;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import uk.betteroff.kernel.benefits.CarersAllowance;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.result.SchemeResults;
import uk.betteroff.kernel.tax.Pay;
import uk.betteroff.kernel.tax.Payroll;
import uk.betteroff.kernel.tax.Payroll.Payslip;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcResult;

/**
 * A column's result figures (docs/design.md "Result figures"), each worked once from the schemes' results: the
 * scheme's figures in their own period with the other period derived, then the totals — total income, rent and
 * council tax to pay, work costs, money left, better off — whose weekly and monthly views are each the sum of
 * their parts' views. Explanations are made only when asked for, and not at all without explanations.
 */
final class ColumnFigures {
    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final boolean explain;

    private ColumnFigures(boolean explain) { this.explain = explain; }

    static ScenarioResult of(Circumstances c, Scenario s, SchemeResults x, ScenarioResult baseline, boolean explain) {
        ColumnFigures f = new ColumnFigures(explain);
        f.pay(x.pay());
        f.universalCredit(x);
        f.otherBenefits(c, x);
        f.totals(c, s, x, baseline);
        List<Figure> shown = List.copyOf(f.figures.values());
        Money left = f.figures.get(MONEY_LEFT).week();
        Supplier<TraceNode> root = explain
                ? () -> TraceNode.of("scenario", s.name()).amount(left, Period.WEEK).children(shown.stream().map(Figure::trace).toList()).build()
                : Figure.notExplained("scenario " + s.name());
        return new ScenarioResult(s.name(), x.pay().totalHours(), f.figures, assumptions(c, s, x), x, root, notWorkedOut(x),
                workedWithout(x, baseline));
    }

    /** The figures that could not be worked out → why: only the Council Tax Reduction fails soft today. */
    private static Map<String, String> notWorkedOut(SchemeResults x) {
        return x.ctr().reason().map(why -> Map.of(COUNCIL_TAX_REDUCTION, why)).orElse(Map.of());
    }

    /** Council tax to pay and money left are worked without a missing reduction; better off also without the baseline's. */
    private static Map<String, List<String>> workedWithout(SchemeResults x, ScenarioResult baseline) {
        List<String> here = List.copyOf(notWorkedOut(x).keySet());
        java.util.Set<String> both = new java.util.LinkedHashSet<>(here);
        if (baseline != null) both.addAll(baseline.notWorkedOut().keySet());
        Map<String, List<String>> m = new LinkedHashMap<>();
        if (!here.isEmpty()) {
            m.put(COUNCIL_TAX_TO_PAY, here);
            m.put(MONEY_LEFT, here);
        }
        if (!both.isEmpty()) m.put(BETTER_OFF, List.copyOf(both));
        return m;
    }

    // ---- pay ----

    private void pay(Pay pay) {
        payFigure(GROSS_EARNINGS, pay.payslips(), Payslip::gross, p -> p.steps().gross());
        payFigure(INCOME_TAX, pay.payslips(), Payslip::incomeTax, p -> p.steps().incomeTax());
        payFigure(NATIONAL_INSURANCE, pay.payslips(), Payslip::nationalInsurance, p -> p.steps().nationalInsurance());
        payFigure(PENSION_CONTRIBUTION, pay.payslips(), Payslip::pension, p -> p.steps().pension());
        payFigure(NET_EARNINGS, pay.payslips(), Payslip::net, Payslip::trace);
    }

    /** Each job's figure converted from its pay period and summed: the week and the month each from the payslips. */
    private void payFigure(String id, List<Payslip> payslips, Function<Payslip, Money> get, Function<Payslip, TraceNode> node) {
        Money w = Money.ZERO, m = Money.ZERO;
        for (Payslip p : payslips) {
            Money v = get.apply(p);
            w = w.plus(Payroll.weekly(v, p.period()));
            m = m.plus(Payroll.monthly(v, p.period()));
        }
        Period own = payslips.size() == 1 ? payslips.get(0).period() : Period.WEEK;
        Money week = w, month = m;
        put(new Figure(id, week, month, own, explained(id, () -> payslips.size() == 1 ? node.apply(payslips.get(0))
                : TraceNode.of(id, payLabel(id)).amount(week, Period.WEEK).children(payslips.stream().map(node).toList())
                .working(payslips.isEmpty() ? "Not working" : "Sum over jobs: " + week.format() + " a week, " + month.format() + " a month")
                .build())));
    }

    private static String payLabel(String id) {
        return switch (id) {
            case GROSS_EARNINGS -> "Pay before deductions";
            case INCOME_TAX -> "Income tax";
            case NATIONAL_INSURANCE -> "National Insurance";
            case PENSION_CONTRIBUTION -> "Pension contribution";
            default -> "Take-home pay";
        };
    }

    // ---- Universal Credit ----

    private void universalCredit(SchemeResults x) {
        UcResult uc = x.uc();
        Money cut = x.benefitCap().reduction(), paid = x.ucPaid();
        put(Figure.monthly(UNIVERSAL_CREDIT, paid, explained(UNIVERSAL_CREDIT, () -> TraceNode.of(UNIVERSAL_CREDIT, "Universal Credit")
                .amount(paid, Period.MONTH)
                .working(cut.isPositive() ? uc.award().format() + " − benefit cap " + cut.format() + " = " + paid.format() : uc.award().format() + " a month")
                .law("Welfare Reform Act 2012 s.8").child(uc.trace()).child(x.benefitCap().trace()).build())));
        put(Figure.monthly(UC_STANDARD_ALLOWANCE, uc.standardAllowance(), explained(UC_STANDARD_ALLOWANCE, () -> uc.steps().standardAllowance())));
        put(Figure.monthly(UC_CHILD_ELEMENTS, uc.childElements(), explained(UC_CHILD_ELEMENTS, () -> uc.steps().childElements())));
        put(Figure.monthly(UC_HOUSING_ELEMENT, uc.housing(), explained(UC_HOUSING_ELEMENT, () -> uc.steps().housing())));
        put(Figure.monthly(UC_WORK_ALLOWANCE, uc.workAllowance(), explained(UC_WORK_ALLOWANCE, () -> uc.steps().workAllowance())));
        put(Figure.monthly(UC_EARNINGS_DEDUCTION, uc.earningsDeduction(), explained(UC_EARNINGS_DEDUCTION, () -> uc.steps().earningsDeduction())));
    }

    // ---- HB, CTR and the other benefits ----

    private void otherBenefits(Circumstances c, SchemeResults x) {
        put(Figure.weekly(HOUSING_BENEFIT, x.hb().award(), explained(HOUSING_BENEFIT, () -> x.hb().trace())));
        if (x.ctr().workedOut())
            put(Figure.weekly(COUNCIL_TAX_REDUCTION, x.ctr().weekly(), explained(COUNCIL_TAX_REDUCTION, () -> x.ctr().trace())));
        put(Figure.weekly(CHILD_BENEFIT, x.childBenefit().weekly(), explained(CHILD_BENEFIT, () -> x.childBenefit().trace())));
        Money ca = x.carersAllowanceWeekly();
        put(Figure.weekly(CARERS_ALLOWANCE, ca, explained(CARERS_ALLOWANCE, () -> carersAllowance(x.carersAllowance(), ca))));
        put(Figure.weekly(SCOTTISH_CHILD_PAYMENT, x.scottishChildPayment().weekly(),
                explained(SCOTTISH_CHILD_PAYMENT, () -> x.scottishChildPayment().trace())));
        put(Figure.monthly(BENEFIT_CAP_REDUCTION, x.benefitCap().reduction(), explained(BENEFIT_CAP_REDUCTION, () -> x.benefitCap().trace())));
        otherIncome(c);
    }

    private static TraceNode carersAllowance(List<CarersAllowance.Result> each, Money total) {
        if (each.size() == 1) return each.get(0).trace();
        return TraceNode.of(CARERS_ALLOWANCE, "Carer's Allowance").amount(total, Period.WEEK).children(each.stream().map(CarersAllowance.Result::trace).toList())
                .working(String.join(" + ", each.stream().map(a -> a.weekly().format()).toList()) + " = " + total.format()).build();
    }

    /** Other income as entered, each amount a week and a month to the penny. */
    private void otherIncome(Circumstances c) {
        Money w = Money.ZERO, m = Money.ZERO;
        List<UnearnedIncome> all = new ArrayList<>();
        for (Adult a : c.household().adults()) all.addAll(a.unearnedIncome());
        for (UnearnedIncome u : all) {
            w = w.plus(u.amount().toPenny(Period.WEEK));
            m = m.plus(u.amount().toPenny(Period.MONTH));
        }
        Money week = w;
        put(new Figure(OTHER_INCOME, w, m, Period.WEEK, explained(OTHER_INCOME, () -> TraceNode.of(OTHER_INCOME, "Other income").amount(week, Period.WEEK)
                .working(all.isEmpty() ? "None" : String.join(" + ", all.stream().map(u -> u.type().name().toLowerCase().replace('_', ' ') + " "
                        + u.amount().toPenny(Period.WEEK).format()).toList()) + " = " + week.format() + " a week (as entered)")
                .build())));
    }

    // ---- totals ----

    private void totals(Circumstances c, Scenario s, SchemeResults x, ScenarioResult baseline) {
        Money charge = x.childBenefit().weeklyCharge();
        Both hicbc = Both.weekly(charge);
        Both total = both(NET_EARNINGS).plus(both(UNIVERSAL_CREDIT)).plus(both(HOUSING_BENEFIT)).plus(both(CHILD_BENEFIT)).minus(hicbc)
                .plus(both(CARERS_ALLOWANCE)).plus(both(SCOTTISH_CHILD_PAYMENT)).plus(both(OTHER_INCOME));
        put(total.figure(TOTAL_INCOME, explained(TOTAL_INCOME, () -> TraceNode.of(TOTAL_INCOME, "Total income").amount(total.week, Period.WEEK)
                .working("Take-home pay + Universal Credit + Housing Benefit + Child Benefit" + (charge.isPositive() ? " − High Income Child Benefit Charge" : "")
                        + " + Carer's Allowance + Scottish Child Payment + other income = " + total.week.format() + " a week (" + total.month.format() + " a month)")
                .build())));

        Housing home = c.housing();
        Both rent = Both.rounded(home.rent().money(), home.rent().per());
        Both ineligible = Both.rounded(home.ineligibleCharges().money(), home.ineligibleCharges().per());
        // the housing element is paid as part of UC: only as much of it as UC is paid after the taper and the cap
        Money housingPaidMonth = x.uc().housing().min(x.ucPaid());
        Both housingPaid = new Both(Periods.toPenny(housingPaidMonth, Period.MONTH, Period.WEEK), housingPaidMonth);
        Both hb = both(HOUSING_BENEFIT);
        Both rentToPay = rent.plus(ineligible).minus(hb).minus(housingPaid).atLeastZero();
        put(rentToPay.figure(RENT_TO_PAY, explained(RENT_TO_PAY, () -> TraceNode.of(RENT_TO_PAY, "Rent and charges to pay yourself")
                .amount(rentToPay.week, Period.WEEK)
                .working("Rent " + rent.week.format() + " + ineligible charges " + ineligible.week.format() + " − Housing Benefit " + hb.week.format()
                        + " − UC housing element paid " + housingPaid.week.format() + " (the housing element, up to the UC award after the taper and cap) = "
                        + rentToPay.week.format() + " a week")
                .build())));

        Money ct = x.councilTax().weekly(), ctr = x.ctr().weekly();
        if (x.ctr().workedOut()) {
            Money ctToPay = ct.minus(ctr).atLeastZero();
            put(Figure.weekly(COUNCIL_TAX_TO_PAY, ctToPay, explained(COUNCIL_TAX_TO_PAY, () -> TraceNode.of(COUNCIL_TAX_TO_PAY, "Council tax to pay")
                    .amount(ctToPay, Period.WEEK).working(ct.format() + " − reduction " + ctr.format() + " = " + ctToPay.format())
                    .child(x.councilTax().trace()).child(x.ctr().trace()).build())));
        } else {
            // the reduction could not be worked out: the whole charge, said to be before the reduction, never a nil reduction
            String why = x.ctr().reason().orElseThrow();
            put(Figure.weekly(COUNCIL_TAX_TO_PAY, ct, explained(COUNCIL_TAX_TO_PAY, () -> TraceNode.of(COUNCIL_TAX_TO_PAY,
                            "Council tax to pay (before Council Tax Reduction)")
                    .amount(ct, Period.WEEK).working(ct.format() + " before Council Tax Reduction, which is not worked out: " + why)
                    .child(x.councilTax().trace()).build())));
        }
        Both councilTaxToPay = both(COUNCIL_TAX_TO_PAY);

        Both travel = Both.rounded(s.travel().money(), s.travel().per());
        Both childcare = Both.rounded(s.childcare().money(), s.childcare().per());
        Both work = travel.plus(childcare);
        put(work.figure(WORK_COSTS, explained(WORK_COSTS, () -> TraceNode.of(WORK_COSTS, "Costs of working").amount(work.week, Period.WEEK)
                .working("Travel " + travel.week.format() + " + childcare " + childcare.week.format() + " = " + work.week.format() + " a week").build())));

        Both left = total.minus(rent).minus(ineligible).minus(councilTaxToPay).minus(work);
        String beforeCtr = x.ctr().workedOut() ? "" : " (before Council Tax Reduction, which is not worked out)";
        put(left.figure(MONEY_LEFT, explained(MONEY_LEFT, () -> TraceNode.of(MONEY_LEFT, "Money left after rent, council tax and work costs" + beforeCtr)
                .amount(left.week, Period.WEEK)
                .working("Total income " + total.week.format() + " − rent " + rent.week.format() + " − ineligible charges " + ineligible.week.format()
                        + " − council tax to pay " + councilTaxToPay.week.format() + " − work costs " + work.week.format() + " = " + left.week.format() + " a week")
                .build())));

        Both outOfWork = baseline == null ? left : Both.of(baseline.figure(MONEY_LEFT));
        Both better = left.minus(outOfWork);
        boolean incomplete = !x.ctr().workedOut() || (baseline != null && !baseline.notWorkedOut().isEmpty());
        put(better.figure(BETTER_OFF, explained(BETTER_OFF, () -> TraceNode.of(BETTER_OFF, "Better off than out of work"
                        + (incomplete ? " (before Council Tax Reduction, which is not worked out)" : ""))
                .amount(better.week, Period.WEEK)
                .working(baseline == null ? "This is the out-of-work baseline"
                        : "Money left " + left.week.format() + " − out of work " + outOfWork.week.format() + " = " + better.week.format() + " a week")
                .build())));
    }

    /**
     * An amount a week and the same a month, each its own view: a total's week is the sum of its parts' weeks and its
     * month the sum of their months (each part already rounded to the penny in both), never one converted from the other.
     */
    private record Both(Money week, Money month) {
        static Both of(Figure f) { return new Both(f.week(), f.month()); }

        /** A weekly amount and its month (× 52/12) to the penny. */
        static Both weekly(Money week) { return new Both(week, Periods.toPenny(week, Period.WEEK, Period.MONTH)); }

        /** An amount as entered, a week and a month, each to the penny. */
        static Both rounded(Money amount, Period per) {
            return new Both(Periods.toPenny(amount, per, Period.WEEK), Periods.toPenny(amount, per, Period.MONTH));
        }

        Both plus(Both o) { return new Both(week.plus(o.week), month.plus(o.month)); }

        Both minus(Both o) { return new Both(week.minus(o.week), month.minus(o.month)); }

        Both atLeastZero() { return new Both(week.atLeastZero(), month.atLeastZero()); }

        Figure figure(String id, Supplier<TraceNode> explain) { return new Figure(id, week, month, Period.WEEK, explain); }
    }

    private Both both(String id) { return Both.of(figures.get(id)); }

    private void put(Figure f) { figures.put(f.id(), f); }

    private Supplier<TraceNode> explained(String id, Supplier<TraceNode> how) { return explain ? how : Figure.notExplained(id); }

    // ---- assumptions ----

    private static List<Assumption> assumptions(Circumstances c, Scenario s, SchemeResults x) {
        List<Assumption> all = new ArrayList<>(x.uc().assumptions());
        if (s.jobs().stream().anyMatch(j -> j.pay() != Job.PayFrequency.MONTHLY))
            all.add(new Assumption("uc.average_assessment_period",
                    "Pay that is not monthly is taken over an average month (weekly pay × 52 ÷ 12, fortnightly × 26 ÷ 12, four-weekly × 13 ÷ 12). "
                            + "A real UC assessment period counts the paydays that fall in it (UC Regs 2013 reg 54): in a month with an extra payday "
                            + "UC is lower, and in the other months higher."));
        all.addAll(x.hb().assumptions());
        boolean newStyle = c.household().adults().stream().flatMap(a -> a.unearnedIncome().stream()).anyMatch(u -> u.type().newStyleBenefit());
        if (newStyle && !s.jobs().isEmpty())
            all.add(new Assumption("other_income.new_style",
                    "New-style JSA/ESA is taken as entered in every column: the JSA 16-hour rule and earnings deduction and the ESA permitted-work limits are not applied."));
        if (x.benefitCap().reduction().isPositive())
            all.add(new Assumption("cap.grace_period", "The nine-month grace period after a job ends (UC Regs 2013 reg 82(2)) is not checked: it depends on past earnings."));
        Map<String, Assumption> seen = new LinkedHashMap<>();
        for (Assumption a : all) seen.putIfAbsent(a.text(), a);
        return List.copyOf(seen.values());
    }
}
