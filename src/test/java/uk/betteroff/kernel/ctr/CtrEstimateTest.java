package uk.betteroff.kernel.ctr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.testing.TestRates;

/**
 * Council Tax Reduction for an English council whose scheme is not in rates/ctr/ (issue 14 item 2): estimated on the
 * pattern of the Default Scheme (SI 2012/2886 Sch, the pattern SI 2012/2885 Sch 1 prescribes) with the adviser's
 * maximum and taper, or the figure the adviser knows; and a reduction that cannot be worked out leaves every other
 * figure in place (item 5).
 */
class CtrEstimateTest {
    static final Path LEEDS = Path.of("src/test/resources/cases/ctr-estimate/leeds-estimate.yaml");
    static final Path LEEDS_NON_DEPENDANT = Path.of("src/test/resources/cases/ctr-estimate/leeds-non-dependant.yaml");

    private static Comparison compare(CaseFile c) { return TestRates.calculator().compare(c.circumstances(), c.scenarios()); }

    private static CaseFile withCouncilTax(CaseFile c, Housing.CouncilTax ct) {
        Circumstances x = c.circumstances();
        Housing h = x.housing();
        Housing changed = new Housing(h.tenure(), h.rent(), h.ineligibleCharges(), h.bedrooms(), h.lhaRate(), ct, h.rentIncludes(), h.brma(),
                h.sharedAccommodationException());
        return new CaseFile(c.name(), new Circumstances(x.date(), x.nation(), x.council(), x.london(), x.household(), changed), c.scenarios(),
                c.expect(), c.tolerance(), c.toleranceReason(), c.source(), c.council());
    }

    private static Money week(ScenarioResult s, String id) { return s.figure(id).week(); }

    /*
     * Worked by hand. Single 30, social rent £100 a week, council tax £1,500 for 2026/27 (365 days), 2026/27 rates.
     * Council tax a week (A/B × 7): 1,500 × 7 ÷ 365 = £28.767123…
     * UC maximum amount: standard allowance £424.90 + housing element £100 × 52/12 = £433.33 → £858.23 a month.
     * 16 hours × £12.21 = £195.36 a week = £846.56 a month; no work allowance (no child, no LCW): 55% taper
     * £465.61 → UC award £858.23 − £465.61 = £392.62.
     * Default Scheme para 28: applicable amount of a UC claimant = UC maximum amount × 12/52 = £198.053077…
     * para 37: income = (UC award + earnings) × 12/52 = (£392.62 + £846.56) × 12/52 = £285.964615…
     * excess income £87.911538…; para 17: taper 20% (2 6/7 per cent a day) = £17.582308…
     * para 29: maximum reduction 100% of A/B = £28.767123…; reduction £28.767123 − £17.582308 = £11.184815 → £11.18.
     * Out of work: UC award = maximum amount, so the excess is nil and the reduction is the maximum, £28.77.
     */
    @Test
    void anEnglishCouncilWithNoSchemeFileIsEstimatedOnTheDefaultSchemeWorkedByHand() {
        Comparison c = compare(CaseReader.read(LEEDS));
        ScenarioResult out = c.baseline(), in = c.scenarios().get(0);
        assertEquals(Money.of("392.62"), in.figure("universal_credit").month(), "UC award worked above");
        assertEquals(Money.of("28.77"), week(out, "council_tax_reduction"), "SI 2012/2886 Sch paras 28-29: no excess out of work");
        assertEquals(Money.of("11.18"), week(in, "council_tax_reduction"), "SI 2012/2886 Sch paras 17, 28, 29, 37, worked above");
        assertEquals(Money.of("17.59"), week(in, "council_tax_to_pay"), "£28.77 − £11.18");
        assertEquals(List.of("council_tax_reduction"), in.estimated());
        assertEquals(List.of("council_tax_reduction"), out.estimated());
        assertTrue(in.notWorkedOut().isEmpty());
        assertEquals(CtrResult.Basis.ESTIMATED, in.ctr().basis());
        var t = in.figure("council_tax_reduction").trace();
        assertTrue(t.label().contains("estimate"), t.label());
        assertTrue(t.working().contains("leeds") && t.working().contains("Default Scheme") && t.working().contains("20%"), t.working());
    }

    /*
     * The adviser's settings, 80% maximum and 25% taper (figures as above):
     * in work: 0.80 × £28.767123 = £23.013699; 25% × £87.911538 = £21.977885; £1.035814 → £1.04.
     * out of work: 0.80 × £28.767123 = £23.013699 → £23.01.
     */
    @Test
    void theAdvisersMaximumAndTaperReplaceTheDefaultSchemesOwn() {
        CaseFile leeds = CaseReader.read(LEEDS);
        Housing.CouncilTax ct = leeds.circumstances().housing().councilTax();
        Comparison c = compare(withCouncilTax(leeds, new Housing.CouncilTax(ct.charge(), true, new CtrEstimate(new BigDecimal("80"), new BigDecimal("25")))));
        assertEquals(Money.of("23.01"), week(c.baseline(), "council_tax_reduction"), "80% of A/B (para 29 as the adviser set it)");
        assertEquals(Money.of("1.04"), week(c.scenarios().get(0), "council_tax_reduction"), "80% of A/B less 25% of the excess, worked above");
        String working = c.scenarios().get(0).figure("council_tax_reduction").trace().working();
        assertTrue(working.contains("80%") && working.contains("25%"), working);
    }

    @Test
    void aReductionThatCannotBeWorkedOutLeavesEveryOtherFigure() {
        // The Default Scheme's non-dependant deductions for 2026/27 are not found (rates/ctr/england-default-scheme.yaml):
        // the reduction alone is not worked out; UC, HB and the rest are as for the same household with no council tax,
        // and money left is that less the whole council tax (£28.77 a week), "before council tax reduction".
        CaseFile nd = CaseReader.read(LEEDS_NON_DEPENDANT);
        Comparison c = compare(nd);
        Comparison noCouncilTax = compare(withCouncilTax(nd, Housing.CouncilTax.NOT_LIABLE));
        for (int i = 0; i < c.columns().size(); i++) {
            ScenarioResult s = c.columns().get(i), free = noCouncilTax.columns().get(i);
            for (String id : List.of("net_earnings", "universal_credit", "uc_housing_element", "housing_benefit", "child_benefit", "total_income", "rent_to_pay"))
                assertEquals(free.figure(id), s.figure(id), s.name() + " " + id);
            assertFalse(s.figures().containsKey("council_tax_reduction"), "absent, never £0");
            assertTrue(s.notWorkedOut().get("council_tax_reduction").contains("non-dependant"), s.notWorkedOut().toString());
            Unsupported u = assertThrows(Unsupported.class, () -> s.figure("council_tax_reduction"));
            assertTrue(u.reason().contains("non-dependant"), u.reason());
            assertEquals(Money.of("28.77"), week(s, "council_tax_to_pay"), "the whole charge, before the reduction");
            assertEquals(week(free, "money_left").minus(Money.of("28.77")), week(s, "money_left"));
            assertEquals(List.of("council_tax_reduction"), s.workedWithout("money_left"));
            assertEquals(List.of("council_tax_reduction"), s.workedWithout("better_off"));
            assertTrue(s.figure("money_left").trace().label().contains("before Council Tax Reduction"));
        }
    }

    @Test
    void theFigureTheAdviserKnowsIsShownAsEntered() {
        CaseFile leeds = CaseReader.read(LEEDS);
        Scenario known = leeds.scenarios().get(0).withCtrEntered(Amount.of("50.00", Period.MONTH));
        Comparison c = TestRates.calculator().compare(leeds.circumstances(), List.of(known));
        ScenarioResult in = c.scenarios().get(0);
        // £50.00 a month × 12/52 = £11.538… → £11.54 a week (the month is that week × 52/12 = £50.01, as every weekly figure)
        assertEquals(Money.of("11.54"), week(in, "council_tax_reduction"));
        assertEquals(List.of("council_tax_reduction"), in.entered());
        assertTrue(in.estimated().isEmpty());
        assertEquals(List.of("council_tax_reduction"), c.baseline().estimated(), "the out-of-work column is still estimated");
        assertTrue(in.figure("council_tax_reduction").trace().label().contains("entered"));
        // a figure entered above the council tax is held to the council tax
        Scenario tooMuch = leeds.scenarios().get(0).withCtrEntered(Amount.of("40.00", Period.WEEK));
        assertEquals(Money.of("28.77"), week(TestRates.calculator().compare(leeds.circumstances(), List.of(tooMuch)).scenarios().get(0), "council_tax_reduction"));
    }

    @Test
    void withoutTheDefaultSchemeFileTheReductionIsNotWorkedOutNamingTheFiles() throws Exception {
        Map<String, String> texts = new HashMap<>();
        Path dir = TestRates.folder();
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList())
                texts.put(dir.relativize(p).toString().replace('\\', '/'), java.nio.file.Files.readString(p));
        }
        texts.remove("ctr/england-default-scheme.yaml");
        LoadedRates r = RatesLoader.fromTexts(texts, "rates");
        Comparison c = new BetterOffCalculator(r.book(), r::ctr).compare(CaseReader.read(LEEDS).circumstances(), List.of());
        String why = c.baseline().notWorkedOut().get("council_tax_reduction");
        assertTrue(why.contains("rates/ctr/leeds.yaml") && why.contains("england-default-scheme.yaml"), why);
        assertEquals(Money.of("424.90"), c.baseline().figure("uc_standard_allowance").month(), "UC still worked out");
    }

    @Test
    void wholeCaseRefusalsStayWhole() {
        // UC itself refuses State Pension age: every figure depends on it, so the case is refused whole.
        CaseFile leeds = CaseReader.read(LEEDS);
        Circumstances x = leeds.circumstances();
        var old = new uk.betteroff.kernel.household.Household(List.of(uk.betteroff.kernel.household.Adult.aged(70)), List.of(), List.of(), Money.ZERO);
        assertThrows(Unsupported.class, () -> TestRates.calculator().compare(
                new Circumstances(x.date(), x.nation(), x.council(), x.london(), old, x.housing()), leeds.scenarios()));
    }
}
