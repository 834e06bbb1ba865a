package uk.betteroff.kernel;

import static uk.betteroff.kernel.result.FigureIds.COUNCIL_TAX_REDUCTION;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uk.betteroff.kernel.benefits.BenefitCap;
import uk.betteroff.kernel.benefits.CarersAllowance;
import uk.betteroff.kernel.benefits.ChildBenefit;
import uk.betteroff.kernel.benefits.ScottishChildPayment;
import uk.betteroff.kernel.ctr.CouncilTax;
import uk.betteroff.kernel.ctr.CtrEstimate;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.money.Rate;
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
 * (docs/design.md "Result figures", {@link ColumnFigures}).
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
        CtrResult ctr = councilTaxReduction(c, s, new CtrInput(c, councilTax.weekly(), uc, ucPaid, hbIn, cb.weekly(), hb), r);

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

    /**
     * The scheme file holding the English Default Scheme's figures (SI 2012/2886 Sch), the pattern of a reduction
     * estimated for an English council whose own scheme is not in {@code rates/ctr/}. Not a council.
     */
    public static final String DEFAULT_SCHEME_ID = "england-default-scheme";

    /** The Council Tax Reduction scheme these circumstances come under, if any is given and known (not an estimate). */
    public Optional<CtrScheme> ctrScheme(Circumstances c) {
        String id = ctrSchemeId(c);
        return id == null || id.isBlank() || id.equals(DEFAULT_SCHEME_ID) ? Optional.empty() : ctrSchemes.apply(id);
    }

    /** An English council's own scheme; Wales and Scotland each have one national scheme. */
    private static String ctrSchemeId(Circumstances c) {
        return c.nation() == Nation.ENGLAND ? c.council() : c.nation().name().toLowerCase();
    }

    /**
     * The reduction for one column: the figure the adviser entered for the option if any; else the council's own
     * scheme; else, for an English council with no scheme file, an estimate on the Default Scheme's pattern. Where
     * none can be worked out (no council given, a circumstance the scheme does not model) the reduction alone is
     * "not worked out" with its reason, and every other figure of the column still stands (issue 14 item 5).
     */
    private CtrResult councilTaxReduction(Circumstances c, Scenario s, CtrInput in, RatesAt r) {
        Money ct = in.weeklyCouncilTax();
        if (!ct.isPositive())
            return new CtrResult("", Money.ZERO, TraceNode.of(COUNCIL_TAX_REDUCTION, "Council Tax Reduction").amount(Money.ZERO, Period.WEEK)
                    .working("No council tax to reduce").build());
        if (s.ctrEntered() != null) return entered(s.ctrEntered(), ct);
        String id = ctrSchemeId(c);
        if (id == null || id.isBlank())
            return notWorkedOut("", "Council tax is payable but no council is given: enter the council so its Council Tax Reduction scheme can be used.");
        Optional<CtrScheme> own = ctrScheme(c);
        try {
            if (own.isPresent()) {
                TraceNode t = own.get().calculate(in, r);
                checkWithinCouncilTax(id, t, ct);
                return new CtrResult(id, t.amount(), t);
            }
            return estimate(c, id, in, r);
        } catch (Unsupported u) {
            return notWorkedOut(id, u.reason());
        }
    }

    /**
     * An estimate for an English council whose scheme is not in {@code rates/ctr/}: the Default Scheme's means test
     * (SI 2012/2886 Sch paras 16-17, 28-29, 37) with the adviser's maximum reduction and taper
     * ({@code council_tax.estimate}). Only the council's own scheme gives its real figure.
     */
    private CtrResult estimate(Circumstances c, String id, CtrInput in, RatesAt r) {
        if (c.nation() != Nation.ENGLAND)
            return notWorkedOut(id, "There is no Council Tax Reduction scheme file for \"" + id + "\" (rates/ctr/" + id + ".yaml).");
        CtrEstimate settings = c.housing().councilTax().estimate();
        Rate maximum = new Rate(settings.maximumPercent().movePointLeft(2)), taper = new Rate(settings.taperPercent().movePointLeft(2));
        Optional<CtrScheme> pattern = ctrSchemes.apply(DEFAULT_SCHEME_ID)
                .flatMap(d -> d.withSettings(maximum, taper, "the adviser's setting for this estimate (case file council_tax.reduction_estimate)"));
        if (pattern.isEmpty())
            return notWorkedOut(id, "\"" + id + "\" has no Council Tax Reduction scheme file (rates/ctr/" + id + ".yaml), and the rates have no "
                    + "Default Scheme file (rates/ctr/" + DEFAULT_SCHEME_ID + ".yaml, a means_tested design) to estimate it from.");
        CtrScheme scheme = pattern.get();
        TraceNode t = scheme.calculate(in, r);
        checkWithinCouncilTax(id, t, in.weeklyCouncilTax());
        TraceNode shown = TraceNode.of(COUNCIL_TAX_REDUCTION, "Council Tax Reduction (estimate)").amount(t.amount(), Period.WEEK)
                .working("Estimate: the council's own scheme (" + councils.apply(id).map(k -> k.name() + ", ").orElse("") + id
                        + ") is not in rates/ctr/, so the reduction is worked on the pattern of England's "
                        + "Default Scheme with a maximum of " + maximum.percent() + " of the council tax and a taper of " + taper.percent()
                        + " (the adviser's settings" + (settings.isDefaultScheme() ? ", the Default Scheme's own" : "")
                        + "). The council's award may differ: check its scheme or award letter.")
                .law("Council Tax Reduction Schemes (Prescribed Requirements) (England) Regulations 2012 (SI 2012/2885) Sch 1",
                        "Council Tax Reduction Schemes (Default Scheme) (England) Regulations 2012 (SI 2012/2886) Sch paras 16-17, 28-29, 37")
                .child(t).build();
        return new CtrResult(id, t.amount(), shown, CtrResult.Basis.ESTIMATED, Optional.empty());
    }

    /** The reduction the adviser knows for the option, as entered (at most the council tax), a week to the penny. */
    private static CtrResult entered(Amount amount, Money councilTaxWeekly) {
        Money week = amount.toPenny(Period.WEEK);
        Money shown = week.min(councilTaxWeekly);
        String words = Periods.words(amount.money(), amount.per(), Period.WEEK) + " = " + week.format() + " a week, as entered by the adviser"
                + (shown.equals(week) ? "" : "; more than the council tax (" + councilTaxWeekly.format() + " a week), so the council tax");
        TraceNode t = TraceNode.of(COUNCIL_TAX_REDUCTION, "Council Tax Reduction (entered)").amount(shown, Period.WEEK)
                .working(words + " (from the council's award letter or its own calculator; not worked out here)").build();
        return new CtrResult("entered", shown, t, CtrResult.Basis.ENTERED, Optional.empty());
    }

    private static CtrResult notWorkedOut(String id, String reason) {
        // no amount (Period.NONE): the explanation says why, and shows no £0 that could be read as the reduction
        return CtrResult.notWorkedOut(id, reason, TraceNode.of(COUNCIL_TAX_REDUCTION, "Council Tax Reduction: not worked out").amount(Money.ZERO, Period.NONE)
                .working("Not worked out: " + reason).build());
    }

    private static void checkWithinCouncilTax(String id, TraceNode t, Money councilTaxWeekly) {
        if (t.amount().isGreaterThan(councilTaxWeekly))
            throw new IllegalStateException("CTR scheme " + id + " gave more than the council tax");
    }
}
