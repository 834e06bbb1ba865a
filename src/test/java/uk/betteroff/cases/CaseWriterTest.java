package uk.betteroff.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.testing.TestRates;

/**
 * The case-file contract (docs/design.md "The case file"): what {@link CaseWriter} writes, {@link CaseReader}
 * reads back as the same case, and the same case calculates to the same comparison.
 */
public class CaseWriterTest {
    private static final BetterOffCalculator CALC = TestRates.calculator();
    private static final Path PROJECT_CASES = Path.of("src/test/resources/cases");

    private static CaseFile roundTrip(CaseFile c) {
        return CaseReader.read("written.yaml", CaseWriter.toYaml(c));
    }

    /** The comparison, or the kernel's refusal, as something two runs can be compared by. */
    private static Object calculate(CaseFile c) {
        try {
            return CALC.compare(c.circumstances(), c.scenarios());
        } catch (Unsupported e) {
            return "Unsupported: " + e.reason();
        }
    }

    @Property(tries = 300)
    void writtenCaseReadsBackEqualAndCalculatesTheSame(@ForAll("cases") CaseFile c) {
        CaseFile back = roundTrip(c);
        assertEquals(c, back, () -> CaseWriter.toYaml(c));
        assertEquals(CaseWriter.toYaml(c), CaseWriter.toYaml(back), "writing is stable");
    }

    @Property(tries = 60)
    void roundTripDoesNotChangeTheResult(@ForAll("cases") CaseFile c) {
        assertEquals(calculate(c), calculate(roundTrip(c)));
    }

    @TestFactory
    Stream<DynamicTest> everyProjectCaseRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(PROJECT_CASES)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "the acceptance cases are in " + PROJECT_CASES);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CaseFile original = CaseReader.read(f).withoutExpectations();
            CaseFile back = roundTrip(original);
            assertEquals(original, back);
            Comparison a = (Comparison) calculate(original);
            Comparison b = (Comparison) calculate(back);
            assertEquals(a, b);
        }));
    }

    @Test
    void writesTheDocumentedLayout() {
        CaseFile hostel = CaseReader.read(PROJECT_CASES.resolve("hostel-25plus-after-oct-2026.yaml")).withoutExpectations();
        String yaml = CaseWriter.toYaml(hostel);
        List<String> lines = yaml.lines().toList();
        assertEquals("format: betteroff-case/1", lines.get(0));
        assertEquals("name: \"Single 30, fit for work, supported hostel, rent £250 a week, with the 5 Oct 2026 disregard\"", lines.get(1));
        assertEquals("date: 2026-11-22", lines.get(2));
        assertTrue(yaml.contains("\n  rent: {amount: 250.00, per: week}\n"), yaml);
        assertTrue(yaml.contains("\n  council_tax: {amount: 0.00, per: year, liable: false}\n"), yaml);
        assertTrue(yaml.contains("\n        hourly_wage: 12.71\n        pay: weekly\n        pension: none\n"), yaml);
        assertTrue(!yaml.contains("expect:") && !yaml.contains("tolerance"), "expected figures belong to acceptance cases only");
        List<String> topKeys = lines.stream().filter(l -> !l.startsWith(" ") && l.contains(":")).map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertEquals(List.of("format", "name", "date", "nation", "london", "household", "housing", "scenarios", "source"), topKeys);
    }

    @Test
    void freeTextThatLooksLikeOtherYamlStaysText() {
        for (String name : List.of("16", "no", "true", "null", "~", "Flat 2: top floor # back", "\"quoted\" \\ back", "- dash", "Line one\nline two",
                "Tŷ Hafan, Caerdydd", "  spaces  ", "[x]", "{y}", "&anchor *ref !tag %", "'single'", "@home `tick`")) {
            Scenario s = new Scenario(name, List.of(), null, null);
            CaseFile c = CaseFile.of(name, simple(), List.of(s));
            CaseFile back = roundTrip(c);
            assertEquals(name, back.name());
            assertEquals(name, back.scenarios().get(0).name());
        }
    }

    private static Circumstances simple() {
        return new Circumstances(LocalDate.parse("2026-07-01"), Nation.ENGLAND, null, false,
                new Household(List.of(Adult.aged(30)), List.of(), List.of(), Money.ZERO),
                new Housing(Tenure.SUPPORTED, Amount.of("250.00", Period.WEEK), null, 1, null, null));
    }

    // ---- generators ------------------------------------------------------------------------------

    private static Arbitrary<Money> pounds(int max) {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(max)).ofScale(2).map(Money::of);
    }

    private static Arbitrary<Amount> amounts(int max) {
        return Arbitraries.of(Period.WEEK, Period.FORTNIGHT, Period.FOUR_WEEKS, Period.MONTH, Period.YEAR)
                .flatMap(per -> pounds(max).map(m -> new Amount(m, per)));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ':', '#', '"', '\'', '\\', '£', 'ŵ', 'é', '-', '\n', '[', '{', '&')
                        .ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("16 hours", "30 hours", "Part time: mornings", "true", "12", "Full time # 37.5h"))
                .filter(s -> !s.isBlank() && !s.equals("baseline"));
    }

    private static Arbitrary<Adult> adults() {
        Arbitrary<UnearnedIncome> income = Arbitraries.of(UnearnedIncome.Type.class).flatMap(t -> amounts(500).map(a -> new UnearnedIncome(t, a)));
        return Arbitraries.integers().between(16, 120).flatMap(age -> Arbitraries.of(WorkCapability.class).flatMap(wc ->
                Arbitraries.of(DisabilityBenefit.class).flatMap(db -> Arbitraries.of(true, false).flatMap(carer ->
                        income.list().ofMaxSize(2).map(inc -> new Adult(age, wc, db, carer, inc))))));
    }

    private static Arbitrary<Child> children() {
        return Arbitraries.integers().between(0, 19).flatMap(age -> Arbitraries.of(Child.Disability.class).flatMap(d ->
                Arbitraries.of(true, false).flatMap(before -> Arbitraries.of(Optional.<Child.Sex>empty(), Optional.of(Child.Sex.FEMALE), Optional.of(Child.Sex.MALE))
                        .map(sex -> new Child(age, d, before, sex)))));
    }

    private static Arbitrary<NonDependant> nonDependants() {
        return Arbitraries.integers().between(16, 120).flatMap(age -> amounts(900).flatMap(inc ->
                Arbitraries.of(new BigDecimal("0"), new BigDecimal("16"), new BigDecimal("37.5"), new BigDecimal("20.25")).flatMap(h ->
                        Arbitraries.of(true, false).map(ex -> new NonDependant(age, inc, h, ex)))));
    }

    private static Arbitrary<Housing> housings() {
        Arbitrary<RentIncludes> includes = Arbitraries.of(RentIncludes.Meals.class).flatMap(m ->
                Arbitraries.subsetOf(RentIncludes.Fuel.values()).map(f -> new RentIncludes(m, f.isEmpty() ? Set.of() : EnumSet.copyOf(f))));
        Arbitrary<Housing.CouncilTax> ct = amounts(4000).flatMap(a -> Arbitraries.of(true, false).map(l -> new Housing.CouncilTax(a, l)));
        return Arbitraries.of(Tenure.class).flatMap(t -> amounts(600).filter(r -> !t.renting() || !r.isZero()).flatMap(rent ->
                amounts(100).flatMap(inel -> Arbitraries.integers().between(0, 20).flatMap(beds -> amounts(2000).flatMap(lha ->
                        ct.flatMap(tax -> (t.housingBenefitAlongsideUc() ? includes : Arbitraries.just(RentIncludes.NOTHING))
                                .map(inc -> new Housing(t, rent, inel, beds, lha, tax, inc))))))));
    }

    private static Arbitrary<Job> jobs(int adults) {
        Arbitrary<Job.Pension> pension = Arbitraries.oneOf(Arbitraries.just(new Job.Pension.None()), Arbitraries.just(new Job.Pension.AutoEnrolment()),
                Arbitraries.of("5", "3", "4.5", "0").map(p -> new Job.Pension.EmployeePercent(new Rate(new BigDecimal(p).movePointLeft(2)))));
        Arbitrary<BigDecimal> hours = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(1);
        return Arbitraries.integers().between(1, adults).flatMap(a -> hours.flatMap(h -> Arbitraries.of(true, false).flatMap(hourly ->
                (hourly ? pounds(60) : pounds(90000)).flatMap(pay -> Arbitraries.of(Job.PayFrequency.class).flatMap(freq -> pension.map(p ->
                        new Job(a, h, hourly ? Optional.of(pay) : Optional.empty(), hourly ? Optional.empty() : Optional.of(pay), freq, p)))))));
    }

    private static Arbitrary<List<Scenario>> scenarios(int adults) {
        Arbitrary<Scenario> one = jobs(adults).list().ofMaxSize(2).flatMap(js -> amounts(100).flatMap(travel -> amounts(1500).map(care ->
                new Scenario("x", js, travel, care))));
        return names().list().uniqueElements().ofMaxSize(3).flatMap(ns -> one.list().ofSize(ns.size()).map(ss -> {
            List<Scenario> out = new ArrayList<>();
            for (int i = 0; i < ns.size(); i++) out.add(new Scenario(ns.get(i), ss.get(i).jobs(), ss.get(i).travel(), ss.get(i).childcare()));
            return out;
        }));
    }

    @Provide
    Arbitrary<CaseFile> cases() { return generatedCases(); }

    /** Valid case files of every kind the format can say (shared with the window's round trip, ui/CaseRoundTripTest). */
    public static Arbitrary<CaseFile> generatedCases() {
        Arbitrary<LocalDate> date = Arbitraries.of("2024-06-01", "2025-06-01", "2026-06-01", "2026-11-22").map(LocalDate::parse);
        Arbitrary<String> council = Arbitraries.of("brighton-and-hove", "westminster", "cardiff", "glasgow").injectNull(0.3);
        Arbitrary<Household> households = adults().list().ofMinSize(1).ofMaxSize(2).flatMap(as -> children().list().ofMaxSize(4).flatMap(ch ->
                nonDependants().list().ofMaxSize(2).flatMap(nd -> pounds(20000).map(cap -> new Household(as, ch, nd, cap)))));
        return households.flatMap(h -> date.flatMap(d -> Arbitraries.of(Nation.class).flatMap(n -> council.flatMap(co -> Arbitraries.of(true, false)
                .flatMap(london -> housings().flatMap(ho -> scenarios(h.adults().size()).flatMap(sc -> names().injectNull(0.3).flatMap(name ->
                        Arbitraries.of(Optional.<String>empty(), Optional.of("Worked by hand: HB Regs 2006 reg 71.\nSecond line.")).map(src ->
                                new CaseFile(name == null ? "" : name, new Circumstances(d, n, co, london, h, ho), sc, java.util.Map.of(), Money.ZERO,
                                        Optional.empty(), src, co))))))))));
    }
}
