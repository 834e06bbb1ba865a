package uk.betteroff.kernel;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.betteroff.kernel.benefits.BenefitCap;
import uk.betteroff.kernel.benefits.CarersAllowance;
import uk.betteroff.kernel.benefits.ChildBenefit;
import uk.betteroff.kernel.benefits.ScottishChildPayment;
import uk.betteroff.kernel.ctr.CouncilTax;
import uk.betteroff.kernel.ctr.CtrInput;
import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.hb.HbInput;
import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.hb.HousingBenefit;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RateBook;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.tax.Payroll;
import uk.betteroff.kernel.tax.Payroll.Payslip;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcInput;
import uk.betteroff.kernel.uc.UcResult;
import uk.betteroff.kernel.uc.UniversalCredit;

/**
 * Wires the schemes together, in the order the law needs them (tax and NI → Carer's Allowance → UC →
 * benefit cap → HB → CTR), for the out-of-work baseline and each in-work option, and derives the
 * comparison figures (DESIGN.md "Result figures").
 */
public final class BetterOffCalculator {
    private final RateBook rates;
    private final Function<String, Optional<CtrScheme>> ctrSchemes;
    private final Function<String, Optional<Council>> councils;

    public BetterOffCalculator(RateBook rates, Function<String, Optional<CtrScheme>> ctrSchemes) {
        this(rates, ctrSchemes, id -> Optional.empty());
    }

    /** @param councils every council in the rates by id, so a council with no scheme file yet is named as known */
    public BetterOffCalculator(RateBook rates, Function<String, Optional<CtrScheme>> ctrSchemes, Function<String, Optional<Council>> councils) {
        this.rates = rates;
        this.ctrSchemes = ctrSchemes;
        this.councils = councils;
    }

    public RateBook rates() { return rates; }

    public Comparison compare(Circumstances c, List<Scenario> scenarios) {
        RatesAt r = rates.at(c.date());
        ScenarioResult baseline = calculate(c, Scenario.outOfWork(), r, null);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario s : scenarios) results.add(calculate(c, s, r, baseline));
        return new Comparison(c.date(), taxYear(c.date()), rates.fingerprint(), baseline, results);
    }

    /** "2026-27" for any date from 6 April 2026 to 5 April 2027. */
    public static String taxYear(java.time.LocalDate d) {
        int start = d.isBefore(java.time.LocalDate.of(d.getYear(), 4, 6)) ? d.getYear() - 1 : d.getYear();
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    /** One column. {@code baseline} is null when calculating the baseline itself. */
    public ScenarioResult calculate(Circumstances c, Scenario s, RatesAt r, ScenarioResult baseline) {
        Household h = c.household();
        int n = h.adults().size();
        List<Payslip> payslips = new ArrayList<>();
        for (Job job : s.jobs()) {
            if (job.adult() > n)
                throw new Unsupported("Scenario \"" + s.name() + "\" has a job for adult " + job.adult() + " but the household has " + n + " adult" + (n == 1 ? "" : "s") + ".");
            payslips.add(Payroll.payslip(job, c.nation(), r));
        }
        List<Money> ucEarnings = new ArrayList<>(), hbEarnings = new ArrayList<>(), caWeekly = new ArrayList<>();
        List<BigDecimal> hours = new ArrayList<>();
        List<TraceNode> caTraces = new ArrayList<>();
        Money highestIncome = Money.ZERO;
        for (int i = 0; i < n; i++) {
            Money month = Money.ZERO, week = Money.ZERO, annual = Money.ZERO;
            BigDecimal hrs = BigDecimal.ZERO;
            for (Payslip p : payslips) {
                if (p.job().adult() != i + 1) continue;
                month = month.plus(Payroll.monthly(p.net(), p.period()));
                week = week.plus(Payroll.weekly(p.netWithHalfPension(), p.period()));
                annual = annual.plus(p.gross().minus(p.pension()).times(p.period().perYear()));
                hrs = hrs.add(p.job().hours());
            }
            ucEarnings.add(month);
            hbEarnings.add(week);
            hours.add(hrs);
            highestIncome = highestIncome.max(annual);
            TraceNode ca = CarersAllowance.forAdult(i, h.adults().get(i), week, r);
            caTraces.add(ca);
            caWeekly.add(ca.amount());
        }
        Money caTotal = caWeekly.stream().reduce(Money.ZERO, Money::plus);
        Money childcareMonth = s.childcare().in(Period.MONTH).roundHalfUpToPenny();
        Money childcareWeek = s.childcare().in(Period.WEEK).roundHalfUpToPenny();

        UcResult uc = UniversalCredit.calculate(new UcInput(c, ucEarnings, hours, caWeekly, childcareMonth), r);
        ChildBenefit.Result cb = ChildBenefit.calculate(h, highestIncome, r);

        Money nsBenefitsMonth = Money.ZERO;
        List<String> welfareWords = new ArrayList<>();
        Money cbMonth = Periods.convert(cb.weekly(), Period.WEEK, Period.MONTH).roundHalfUpToPenny();
        if (cbMonth.isPositive()) welfareWords.add("Child Benefit " + Periods.words(cb.weekly(), Period.WEEK, Period.MONTH) + " = " + cbMonth.format());
        for (Adult a : h.adults())
            for (UnearnedIncome u : a.unearnedIncome())
                if (u.type() == UnearnedIncome.Type.NEW_STYLE_ESA || u.type() == UnearnedIncome.Type.NEW_STYLE_JSA) {
                    Money m = u.amount().in(Period.MONTH).roundHalfUpToPenny();
                    nsBenefitsMonth = nsBenefitsMonth.plus(m);
                    welfareWords.add("new-style JSA/ESA " + m.format());
                }
        BenefitCap.Result cap = BenefitCap.apply(h, c.london(), uc, cbMonth.plus(nsBenefitsMonth), String.join(" + ", welfareWords),
                caTotal.isPositive(), r);
        Money ucPaid = uc.award().minus(cap.reduction());
        TraceNode ucT = TraceNode.of(UNIVERSAL_CREDIT, "Universal Credit").amount(ucPaid, Period.MONTH)
                .working(cap.reduction().isPositive() ? uc.award().format() + " − benefit cap " + cap.reduction().format() + " = " + ucPaid.format()
                        : uc.award().format() + " a month")
                .law("Welfare Reform Act 2012 s.8").child(uc.trace()).child(cap.trace()).build();

        HbInput hbIn = new HbInput(c, uc.entitled(), hbEarnings, hours, caWeekly, childcareWeek);
        HbResult hb = HousingBenefit.calculate(hbIn, r);

        TraceNode councilTax = CouncilTax.weekly(c.housing().councilTax(), c.date());
        TraceNode ctr = councilTaxReduction(c, uc, ucPaid, hbIn, cb.weekly(), hb, councilTax, r);

        TraceNode scp = ScottishChildPayment.calculate(c.nation(), h, ucPaid.isPositive(), r);

        // ---- figures ----
        Map<String, Figure> f = new LinkedHashMap<>();
        payrollFigure(f, GROSS_EARNINGS, payslips, Payslip::gross, "gross_earnings");
        payrollFigure(f, INCOME_TAX, payslips, Payslip::incomeTax, "income_tax");
        payrollFigure(f, NATIONAL_INSURANCE, payslips, Payslip::nationalInsurance, "national_insurance");
        payrollFigure(f, PENSION_CONTRIBUTION, payslips, Payslip::pension, "pension_contribution");
        payrollFigure(f, NET_EARNINGS, payslips, Payslip::net, "net_earnings");
        put(f, monthly(UNIVERSAL_CREDIT, ucT));
        put(f, monthly(UC_STANDARD_ALLOWANCE, uc.trace().find("uc_standard_allowance").orElseThrow()));
        put(f, monthly(UC_CHILD_ELEMENTS, uc.trace().find("uc_child_elements").orElseThrow()));
        put(f, monthly(UC_HOUSING_ELEMENT, uc.trace().find("uc_housing_element").orElseThrow()));
        put(f, monthly(UC_WORK_ALLOWANCE, uc.trace().find("uc_work_allowance").orElseThrow()));
        put(f, monthly(UC_EARNINGS_DEDUCTION, uc.trace().find("uc_earnings_deduction").orElseThrow()));
        put(f, weekly(HOUSING_BENEFIT, hb.trace()));
        put(f, weekly(COUNCIL_TAX_REDUCTION, ctr));
        Money cbNet = cb.weekly().minus(cb.weeklyCharge());
        put(f, weekly(CHILD_BENEFIT, cb.trace()));
        put(f, weekly(CARERS_ALLOWANCE, sumNode(CARERS_ALLOWANCE, "Carer's Allowance", Period.WEEK, caTraces)));
        put(f, weekly(SCOTTISH_CHILD_PAYMENT, scp));
        put(f, monthly(BENEFIT_CAP_REDUCTION, cap.trace()));
        Figure other = otherIncome(h);
        put(f, other);

        Figure net = f.get(NET_EARNINGS);
        Figure cbFig = f.get(CHILD_BENEFIT);
        Money chargeWeek = cb.weeklyCharge(), chargeMonth = Periods.convert(chargeWeek, Period.WEEK, Period.MONTH).roundHalfUpToPenny();
        Money totalW = net.week().plus(f.get(UNIVERSAL_CREDIT).week()).plus(f.get(HOUSING_BENEFIT).week()).plus(cbFig.week()).minus(chargeWeek)
                .plus(f.get(CARERS_ALLOWANCE).week()).plus(f.get(SCOTTISH_CHILD_PAYMENT).week()).plus(other.week());
        Money totalM = net.month().plus(f.get(UNIVERSAL_CREDIT).month()).plus(f.get(HOUSING_BENEFIT).month()).plus(cbFig.month()).minus(chargeMonth)
                .plus(f.get(CARERS_ALLOWANCE).month()).plus(f.get(SCOTTISH_CHILD_PAYMENT).month()).plus(other.month());
        put(f, new Figure(TOTAL_INCOME, totalW, totalM, Period.WEEK, TraceNode.of(TOTAL_INCOME, "Total income").amount(totalW, Period.WEEK)
                .working("Take-home pay + Universal Credit + Housing Benefit + Child Benefit" + (chargeWeek.isPositive() ? " − High Income Child Benefit Charge" : "")
                        + " + Carer's Allowance + Scottish Child Payment + other income = " + totalW.format() + " a week (" + totalM.format() + " a month)")
                .build()));

        Money rentW = c.housing().rent().in(Period.WEEK).roundHalfUpToPenny();
        Money rentM = c.housing().rent().in(Period.MONTH).roundHalfUpToPenny();
        Money inelW = c.housing().ineligibleCharges().in(Period.WEEK).roundHalfUpToPenny();
        Money inelM = c.housing().ineligibleCharges().in(Period.MONTH).roundHalfUpToPenny();
        Money housingPaidM = uc.housing().min(ucPaid);
        Money housingPaidW = Periods.convert(housingPaidM, Period.MONTH, Period.WEEK).roundHalfUpToPenny();
        Money rentToPayW = rentW.plus(inelW).minus(f.get(HOUSING_BENEFIT).week()).minus(housingPaidW).atLeastZero();
        Money rentToPayM = rentM.plus(inelM).minus(f.get(HOUSING_BENEFIT).month()).minus(housingPaidM).atLeastZero();
        put(f, new Figure(RENT_TO_PAY, rentToPayW, rentToPayM, Period.WEEK, TraceNode.of(RENT_TO_PAY, "Rent and charges to pay yourself")
                .amount(rentToPayW, Period.WEEK)
                .working("Rent " + rentW.format() + " + ineligible charges " + inelW.format() + " − Housing Benefit " + f.get(HOUSING_BENEFIT).week().format()
                        + " − UC housing element paid " + housingPaidW.format() + " (the housing element, up to the UC award after the taper and cap) = "
                        + rentToPayW.format() + " a week")
                .build()));

        Money ctW = councilTax.amount();
        Money ctToPayW = ctW.minus(ctr.amount()).atLeastZero();
        Money ctToPayM = Periods.convert(ctToPayW, Period.WEEK, Period.MONTH).roundHalfUpToPenny();
        put(f, new Figure(COUNCIL_TAX_TO_PAY, ctToPayW, ctToPayM, Period.WEEK, TraceNode.of(COUNCIL_TAX_TO_PAY, "Council tax to pay")
                .amount(ctToPayW, Period.WEEK).working(ctW.format() + " − reduction " + ctr.amount().format() + " = " + ctToPayW.format())
                .child(councilTax).child(ctr).build()));

        Money travelW = s.travel().in(Period.WEEK).roundHalfUpToPenny(), travelM = s.travel().in(Period.MONTH).roundHalfUpToPenny();
        Money workW = travelW.plus(childcareWeek), workM = travelM.plus(childcareMonth);
        put(f, new Figure(WORK_COSTS, workW, workM, Period.WEEK, TraceNode.of(WORK_COSTS, "Costs of working").amount(workW, Period.WEEK)
                .working("Travel " + travelW.format() + " + childcare " + childcareWeek.format() + " = " + workW.format() + " a week").build()));

        Money leftW = totalW.minus(rentW).minus(inelW).minus(ctToPayW).minus(workW);
        Money leftM = totalM.minus(rentM).minus(inelM).minus(ctToPayM).minus(workM);
        put(f, new Figure(MONEY_LEFT, leftW, leftM, Period.WEEK, TraceNode.of(MONEY_LEFT, "Money left after rent, council tax and work costs")
                .amount(leftW, Period.WEEK)
                .working("Total income " + totalW.format() + " − rent " + rentW.format() + " − ineligible charges " + inelW.format()
                        + " − council tax to pay " + ctToPayW.format() + " − work costs " + workW.format() + " = " + leftW.format() + " a week")
                .build()));

        Money betterW = baseline == null ? Money.ZERO : leftW.minus(baseline.figure(MONEY_LEFT).week());
        Money betterM = baseline == null ? Money.ZERO : leftM.minus(baseline.figure(MONEY_LEFT).month());
        put(f, new Figure(BETTER_OFF, betterW, betterM, Period.WEEK, TraceNode.of(BETTER_OFF, "Better off than out of work")
                .amount(betterW, Period.WEEK)
                .working(baseline == null ? "This is the out-of-work baseline"
                        : "Money left " + leftW.format() + " − out of work " + baseline.figure(MONEY_LEFT).week().format() + " = " + betterW.format() + " a week")
                .build()));

        List<Assumption> assumptions = new ArrayList<>(uc.assumptions());
        if (s.jobs().stream().anyMatch(j -> j.pay() != Job.PayFrequency.MONTHLY))
            assumptions.add(new Assumption("uc.average_assessment_period",
                    "Pay that is not monthly is taken over an average month (weekly pay × 52 ÷ 12, fortnightly × 26 ÷ 12, four-weekly × 13 ÷ 12). "
                            + "A real UC assessment period counts the paydays that fall in it (UC Regs 2013 reg 54): in a month with an extra payday "
                            + "UC is lower, and in the other months higher."));
        assumptions.addAll(hb.assumptions());
        for (Adult a : h.adults())
            for (UnearnedIncome u : a.unearnedIncome())
                if ((u.type() == UnearnedIncome.Type.NEW_STYLE_JSA || u.type() == UnearnedIncome.Type.NEW_STYLE_ESA) && !s.jobs().isEmpty()) {
                    assumptions.add(new Assumption("other_income.new_style",
                            "New-style JSA/ESA is taken as entered in every column: the JSA 16-hour rule and earnings deduction and the ESA permitted-work limits are not applied."));
                    break;
                }
        if (cap.reduction().isPositive())
            assumptions.add(new Assumption("cap.grace_period", "The nine-month grace period after a job ends (UC Regs 2013 reg 82(2)) is not checked: it depends on past earnings."));
        BigDecimal totalHours = hours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        TraceNode root = TraceNode.of("scenario", s.name()).amount(leftW, Period.WEEK)
                .children(f.values().stream().map(Figure::trace).toList()).build();
        return new ScenarioResult(s.name(), totalHours, f, dedupe(assumptions), root);
    }

    /** The Council Tax Reduction scheme these circumstances come under, if any is given and known. */
    public Optional<CtrScheme> ctrScheme(Circumstances c) {
        String id = ctrSchemeId(c);
        return id == null || id.isBlank() ? Optional.empty() : ctrSchemes.apply(id);
    }

    /** An English council's own scheme; Wales and Scotland each have one national scheme. */
    private static String ctrSchemeId(Circumstances c) {
        return c.nation() == Nation.ENGLAND ? c.council() : c.nation().name().toLowerCase();
    }

    private TraceNode councilTaxReduction(Circumstances c, UcResult uc, Money ucPaid, HbInput earnings, Money cb, HbResult hb,
                                          TraceNode councilTax, RatesAt r) {
        if (!councilTax.amount().isPositive())
            return TraceNode.of(COUNCIL_TAX_REDUCTION, "Council Tax Reduction").amount(Money.ZERO, Period.WEEK)
                    .working("No council tax to reduce").build();
        String id = ctrSchemeId(c);
        if (id == null || id.isBlank())
            throw new Unsupported("Council tax is payable but no council is given: enter the council so its Council Tax Reduction scheme can be used.");
        CtrScheme scheme = ctrSchemes.apply(id).orElseThrow(() -> new Unsupported(
                "There is no Council Tax Reduction scheme file for \"" + id + "\" (rates/ctr/" + id + ".yaml). Add one, or set council_tax liable: false."
                        + councils.apply(id).map(k -> " " + k.name() + " is a known council (rates/councils.yaml), but its scheme is not in the rates yet.").orElse("")));
        TraceNode t = scheme.calculate(new CtrInput(c, councilTax.amount(), uc, ucPaid, earnings, cb, hb), r);
        if (t.amount().isGreaterThan(councilTax.amount()))
            throw new IllegalStateException("CTR scheme " + id + " gave more than the council tax");
        return t;
    }

    private static Figure otherIncome(Household h) {
        Money w = Money.ZERO, m = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (Adult a : h.adults())
            for (UnearnedIncome u : a.unearnedIncome()) {
                Money uw = u.amount().in(Period.WEEK).roundHalfUpToPenny();
                w = w.plus(uw);
                m = m.plus(u.amount().in(Period.MONTH).roundHalfUpToPenny());
                parts.add(u.type().name().toLowerCase().replace('_', ' ') + " " + uw.format());
            }
        return new Figure(OTHER_INCOME, w, m, Period.WEEK, TraceNode.of(OTHER_INCOME, "Other income").amount(w, Period.WEEK)
                .working(parts.isEmpty() ? "None" : String.join(" + ", parts) + " = " + w.format() + " a week (as entered)").build());
    }

    private static void payrollFigure(Map<String, Figure> f, String id, List<Payslip> payslips, Function<Payslip, Money> get, String traceId) {
        Money w = Money.ZERO, m = Money.ZERO;
        List<TraceNode> nodes = new ArrayList<>();
        Period own = payslips.size() == 1 ? payslips.get(0).period() : Period.WEEK;
        for (Payslip p : payslips) {
            Money v = get.apply(p);
            w = w.plus(Payroll.weekly(v, p.period()));
            m = m.plus(Payroll.monthly(v, p.period()));
            TraceNode node = id.equals(NET_EARNINGS) ? p.trace() : p.trace().find(traceId).orElse(p.trace());
            nodes.add(node);
        }
        TraceNode t = nodes.size() == 1 ? nodes.get(0)
                : TraceNode.of(id, label(id)).amount(w, Period.WEEK).children(nodes)
                .working(payslips.isEmpty() ? "Not working" : "Sum over jobs: " + w.format() + " a week, " + m.format() + " a month").build();
        f.put(id, new Figure(id, w, m, own, t));
    }

    private static String label(String id) {
        return switch (id) {
            case GROSS_EARNINGS -> "Pay before deductions";
            case INCOME_TAX -> "Income tax";
            case NATIONAL_INSURANCE -> "National Insurance";
            case PENSION_CONTRIBUTION -> "Pension contribution";
            default -> "Take-home pay";
        };
    }

    private static TraceNode sumNode(String id, String label, Period p, List<TraceNode> parts) {
        if (parts.size() == 1) return parts.get(0);
        Money total = parts.stream().map(TraceNode::amount).reduce(Money.ZERO, Money::plus);
        return TraceNode.of(id, label).amount(total, p).children(parts)
                .working(String.join(" + ", parts.stream().map(x -> x.amount().format()).toList()) + " = " + total.format()).build();
    }

    private static Figure monthly(String id, TraceNode t) {
        return new Figure(id, Periods.convert(t.amount(), Period.MONTH, Period.WEEK).roundHalfUpToPenny(), t.amount(), Period.MONTH, t);
    }

    private static Figure weekly(String id, TraceNode t) {
        return new Figure(id, t.amount(), Periods.convert(t.amount(), Period.WEEK, Period.MONTH).roundHalfUpToPenny(), Period.WEEK, t);
    }

    private static void put(Map<String, Figure> f, Figure fig) { f.put(fig.id(), fig); }

    private static List<Assumption> dedupe(List<Assumption> in) {
        Map<String, Assumption> seen = new LinkedHashMap<>();
        for (Assumption a : in) seen.putIfAbsent(a.text(), a);
        return List.copyOf(seen.values());
    }
}
