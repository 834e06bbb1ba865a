package uk.betteroff.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uk.betteroff.kernel.benefits.BenefitCap;
import uk.betteroff.kernel.benefits.CarersAllowance;
import uk.betteroff.kernel.benefits.ChildBenefit;
import uk.betteroff.kernel.benefits.ScottishChildPayment;
import uk.betteroff.kernel.ctr.CouncilTax;
import uk.betteroff.kernel.ctr.CtrInput;
import uk.betteroff.kernel.ctr.CtrResult;
import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.hb.HbInput;
import uk.betteroff.kernel.hb.HbResult;
import uk.betteroff.kernel.hb.HousingBenefit;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.RateBook;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.result.SchemeResults;
import uk.betteroff.kernel.tax.Pay;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.kernel.uc.UcInput;
import uk.betteroff.kernel.uc.UcResult;
import uk.betteroff.kernel.uc.UniversalCredit;

/**
 * Wires the schemes together, in the order the law needs them (pay, tax and NI → Carer's Allowance → UC →
 * Child Benefit → benefit cap → HB → council tax and its reduction → Scottish Child Payment), for the
 * out-of-work baseline and each in-work option, and derives the comparison figures from their results
 * (DESIGN.md "Result figures", {@link ColumnFigures}).
 */
public final class BetterOffCalculator {
    private final RateBook rates;
    private final Function<String, Optional<CtrScheme>> ctrSchemes;
    private final Function<String, Optional<Council>> councils;
    private final boolean explain;

    public BetterOffCalculator(RateBook rates, Function<String, Optional<CtrScheme>> ctrSchemes) {
        this(rates, ctrSchemes, id -> Optional.empty());
    }

    /** @param councils every council in the rates by id, so a council with no scheme file yet is named as known */
    public BetterOffCalculator(RateBook rates, Function<String, Optional<CtrScheme>> ctrSchemes, Function<String, Optional<Council>> councils) {
        this(rates, ctrSchemes, councils, true);
    }

    private BetterOffCalculator(RateBook rates, Function<String, Optional<CtrScheme>> ctrSchemes, Function<String, Optional<Council>> councils,
                                boolean explain) {
        this.rates = rates;
        this.ctrSchemes = ctrSchemes;
        this.councils = councils;
        this.explain = explain;
    }

    /**
     * The same calculator, giving the same figures, that leaves out their explanations: the columns' figures have
     * no trace to give. For a batch, whose rows nobody reads the working of.
     */
    public BetterOffCalculator withoutExplanations() { return new BetterOffCalculator(rates, ctrSchemes, councils, false); }

    /** Whether the columns it calculates can explain their figures ({@link ScenarioResult#trace()}). */
    public boolean explains() { return explain; }

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
        return ColumnFigures.of(c, s, schemes(c, s, explain ? r : r.withoutExplanations()), baseline, explain);
    }

    /**
     * Each scheme for one column, in the order the law needs them; every figure of the column is derived from these.
     * With rates {@link RatesAt#withoutExplanations() without explanations} the schemes' traces hold amounts only.
     */
    public SchemeResults schemes(Circumstances c, Scenario s, RatesAt r) {
        Household h = c.household();
        Pay pay = Pay.of(s, h.adults().size(), c.nation(), r);
        List<CarersAllowance.Result> ca = carersAllowance(h, pay, r);
        List<Money> caWeekly = ca.stream().map(CarersAllowance.Result::weekly).toList();
        Money childcareMonth = s.childcare().toPenny(Period.MONTH);
        Money childcareWeek = s.childcare().toPenny(Period.WEEK);

        UcResult uc = UniversalCredit.calculate(new UcInput(c, pay.ucMonthlyEarnings(), pay.hours(), caWeekly, childcareMonth), r);
        ChildBenefit.Result cb = ChildBenefit.calculate(h, pay.highestAnnualIncome(), r);
        BenefitCap.Result cap = benefitCap(c, uc, cb, caWeekly, r);
        Money ucPaid = uc.award().minus(cap.reduction());

        HbInput hbIn = new HbInput(c, uc.entitled(), pay.weeklyNetEarnings(), pay.hours(), caWeekly, childcareWeek);
        HbResult hb = HousingBenefit.calculate(hbIn, r);

        CouncilTax.Result councilTax = CouncilTax.calculate(c.housing().councilTax(), c.date());
        CtrResult ctr = councilTaxReduction(c, uc, ucPaid, hbIn, cb.weekly(), hb, councilTax, r);

        ScottishChildPayment.Result scp = ScottishChildPayment.calculate(c.nation(), h, ucPaid.isPositive(), r);
        return new SchemeResults(pay, ca, uc, cb, cap, hb, councilTax, ctr, scp);
    }

    private static List<CarersAllowance.Result> carersAllowance(Household h, Pay pay, RatesAt r) {
        List<CarersAllowance.Result> ca = new ArrayList<>(h.adults().size());
        for (int i = 0; i < h.adults().size(); i++)
            ca.add(CarersAllowance.forAdult(i, h.adults().get(i), pay.weeklyNetEarnings().get(i), r));
        return ca;
    }

    /** The cap counts Child Benefit and new-style JSA/ESA with UC (UC Regs 2013 reg 79(4)). */
    private static BenefitCap.Result benefitCap(Circumstances c, UcResult uc, ChildBenefit.Result cb, List<Money> caWeekly, RatesAt r) {
        Money otherWelfare = Money.ZERO;
        List<String> words = new ArrayList<>();
        Money cbMonth = Periods.toPenny(cb.weekly(), Period.WEEK, Period.MONTH);
        if (cbMonth.isPositive()) {
            otherWelfare = cbMonth;
            words.add("Child Benefit " + Periods.words(cb.weekly(), Period.WEEK, Period.MONTH) + " = " + cbMonth.format());
        }
        for (Adult a : c.household().adults())
            for (UnearnedIncome u : a.unearnedIncome())
                if (u.type().newStyleBenefit()) {
                    Money m = u.amount().toPenny(Period.MONTH);
                    otherWelfare = otherWelfare.plus(m);
                    words.add("new-style JSA/ESA " + m.format());
                }
        boolean receivesCa = caWeekly.stream().anyMatch(Money::isPositive);
        return BenefitCap.apply(c.household(), c.london(), uc, otherWelfare, String.join(" + ", words), receivesCa, r);
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

    private CtrResult councilTaxReduction(Circumstances c, UcResult uc, Money ucPaid, HbInput earnings, Money cb, HbResult hb,
                                          CouncilTax.Result councilTax, RatesAt r) {
        if (!councilTax.weekly().isPositive())
            return new CtrResult("", Money.ZERO, TraceNode.of("council_tax_reduction", "Council Tax Reduction").amount(Money.ZERO, Period.WEEK)
                    .working("No council tax to reduce").build());
        String id = ctrSchemeId(c);
        if (id == null || id.isBlank())
            throw new Unsupported("Council tax is payable but no council is given: enter the council so its Council Tax Reduction scheme can be used.");
        CtrScheme scheme = ctrSchemes.apply(id).orElseThrow(() -> new Unsupported(
                "There is no Council Tax Reduction scheme file for \"" + id + "\" (rates/ctr/" + id + ".yaml). Add one, or set council_tax liable: false."
                        + councils.apply(id).map(k -> " " + k.name() + " is a known council (rates/councils.yaml), but its scheme is not in the rates yet.").orElse("")));
        TraceNode t = scheme.calculate(new CtrInput(c, councilTax.weekly(), uc, ucPaid, earnings, cb, hb), r);
        if (t.amount().isGreaterThan(councilTax.weekly()))
            throw new IllegalStateException("CTR scheme " + id + " gave more than the council tax");
        return new CtrResult(id, t.amount(), t);
    }
}
