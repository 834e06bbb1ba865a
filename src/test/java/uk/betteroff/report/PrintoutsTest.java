package uk.betteroff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.testing.TestRates;

/**
 * The print-outs read back with PDFBox (an independent PDF reader). The expected figures are the
 * {@code expect:} block of the shared acceptance case {@code cases/hostel-25plus-after-oct-2026.yaml}
 * (HB Regs 2006 Sch 4 para 18 disregard from 5 October 2026; its {@code source:} gives the working).
 */
class PrintoutsTest {
    private static final LocalDate PRINTED = LocalDate.parse("2026-12-01");
    private static final ReportText EN = ReportText.of(Locale.UK);

    static Path hostelCase() {
        String shared = System.getProperty("betteroff.shared.dir");
        Path p = Path.of(shared == null ? "../shared" : shared, "cases", "hostel-25plus-after-oct-2026.yaml");
        return Files.isRegularFile(p) ? p : Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml");
    }

    private static PrintedCase printed(CaseFile c) { return new PrintedCase(c.name(), c.circumstances(), c.scenarios()); }

    private static Comparison compare(CaseFile c) { return TestRates.calculator().compare(c.circumstances(), c.scenarios()); }

    private static byte[] resident(CaseFile c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResidentSummaryPdf.write(printed(c), compare(c), Locale.UK, PRINTED, out);
        return out.toByteArray();
    }

    private static byte[] adviser(CaseFile c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdviserReportPdf.write(printed(c), compare(c), Locale.UK, PRINTED, out);
        return out.toByteArray();
    }

    private record Read(int pages, String text, List<String> fonts, boolean allEmbedded) {}

    private static Read read(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            List<String> fonts = new ArrayList<>();
            boolean embedded = true;
            for (PDPage p : d.getPages())
                for (var name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    fonts.add(f.getName());
                    embedded &= f.isEmbedded();
                }
            return new Read(d.getNumberOfPages(), s.getText(d), fonts, embedded);
        }
    }

    /** The amounts on the line that starts with {@code label}, in column order. */
    private static List<BigDecimal> row(String text, String label) {
        for (String line : text.lines().toList()) {
            if (!line.startsWith(label + " £") && !line.startsWith(label + " −£")) continue;
            List<BigDecimal> out = new ArrayList<>();
            for (String token : line.substring(label.length()).trim().split(" +"))
                out.add(new BigDecimal(token.replace("£", "").replace(",", "").replace("−", "-")));
            return out;
        }
        throw new AssertionError("no row \"" + label + "\" in:\n" + text);
    }

    private static int column(CaseFile c, String name) {
        if (name.equals("baseline")) return 0;
        for (int i = 0; i < c.scenarios().size(); i++) if (c.scenarios().get(i).name().equals(name)) return i + 1;
        throw new AssertionError("no column " + name);
    }

    private static void assertNear(BigDecimal expected, BigDecimal shown, Money tolerance, String what) {
        assertTrue(expected.subtract(shown).abs().compareTo(tolerance.amount()) <= 0, what + ": expected " + expected + ", shown " + shown);
    }

    @Test
    void residentSummaryIsOnePageAndShowsTheCasesExpectedWeeklyFigures() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        Read r = read(resident(c));
        assertEquals(1, r.pages());
        String[][] shown = {{FigureIds.HOUSING_BENEFIT, "Housing Benefit"}, {FigureIds.NET_EARNINGS, "Pay after tax"}};
        int checked = 0;
        for (var col : c.expect().values())
            for (CaseFile.Expectation e : col)
                for (String[] s : shown)
                    if (e.figure().equals(s[0]) && e.period() == Period.WEEK) {
                        assertNear(e.amount(), row(r.text(), s[1]).get(column(c, e.column())), c.tolerance(), e.column() + " " + e.figure());
                        checked++;
                    }
        assertEquals(4, checked, "the case expects HB in three columns and take-home pay at 30 hours");
        assertTrue(r.text().contains("Not working Working Working"), r.text());
        assertTrue(r.text().contains("16 hours 30 hours"), r.text());
        assertTrue(r.text().replaceAll("\\s+", " ").contains("Worked out on 1 December 2026, using the benefit and tax rules for 22 November 2026."), r.text());
    }

    /** The summary's rows add up: money coming in − rent and charges − council tax − travel and childcare = money left. */
    @Test
    void residentSummaryAddsUpAndSaysBetterOffInWords() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        Comparison cmp = compare(c);
        String text = read(resident(c)).text();
        List<BigDecimal> in = row(text, "Money coming in"), rent = row(text, EN.get("resident.row.rent")),
                ct = row(text, "Council tax you pay"), left = row(text, "Money left");
        for (int i = 0; i < in.size(); i++) {
            assertEquals(0, in.get(i).subtract(rent.get(i)).subtract(ct.get(i)).compareTo(left.get(i)), "column " + i);
            assertEquals(0, left.get(i).compareTo(cmp.columns().get(i).figure(FigureIds.MONEY_LEFT).week().amount()));
        }
        List<BigDecimal> paid = row(text, EN.get("resident.row.rent_from_housing_benefit")), you = row(text, "You pay yourself");
        for (int i = 0; i < in.size(); i++) assertEquals(0, paid.get(i).add(you.get(i)).compareTo(rent.get(i)));
        String flat = text.replaceAll("\\s+", " ");
        for (ScenarioResult s : cmp.scenarios()) {
            Money b = s.figure(FigureIds.BETTER_OFF).week();
            assertTrue(b.isPositive(), "with the para 18 disregard both options are better off");
            assertTrue(flat.contains("Working " + s.hours().stripTrailingZeros().toPlainString() + " hours a week, you would be better off by "
                    + b.format() + " a week than if you were not working"), flat);
        }
    }

    static Path projectCase(String file) {
        String shared = System.getProperty("betteroff.shared.dir");
        Path p = Path.of(shared == null ? "../shared" : shared, "cases", file);
        return Files.isRegularFile(p) ? p : Path.of("src/test/resources/cases", file);
    }

    /**
     * A UC social tenant: the summary shows the rent, that Universal Credit's housing costs element pays it to the
     * tenant (not "paid by benefits" as if it went to the landlord), and what is left, and the column adds up.
     * cases/lone-parent-social-rent.yaml: rent £110.00 a week, housing element £110 × 52/12 within the UC award.
     */
    @Test
    void residentSummaryShowsWhoPaysASocialTenantsRentAndAddsUp() throws IOException {
        CaseFile c = CaseReader.read(projectCase("lone-parent-social-rent.yaml"));
        String text = read(resident(c)).text();
        assertFalse(text.contains("Paid by benefits"), text);
        List<BigDecimal> in = row(text, "Money coming in"), rent = row(text, "Rent and charges"), uc = row(text, EN.get("resident.row.rent_from_uc")),
                you = row(text, "You pay yourself"), ct = row(text, "Council tax you pay"), left = row(text, "Money left");
        assertEquals(0, rent.getFirst().compareTo(new BigDecimal("110.00")));
        assertEquals(0, uc.getFirst().compareTo(new BigDecimal("110.00")));
        for (int i = 0; i < in.size(); i++) {
            assertEquals(0, in.get(i).subtract(rent.get(i)).subtract(ct.get(i)).compareTo(left.get(i)), "column " + i);
            assertEquals(0, uc.get(i).add(you.get(i)).compareTo(rent.get(i)), "column " + i);
        }
    }

    @Test
    void residentSummaryStaysOnOnePageWithThreeOptionsAndLongNames() throws IOException {
        CaseFile base = CaseReader.read(Path.of("src/test/resources/cases/couple-three-children-private-rent-cap.yaml"));
        Job job = base.scenarios().get(0).jobs().get(0);
        List<Scenario> options = new ArrayList<>();
        for (String h : List.of("16", "30", "48"))
            options.add(new Scenario("Option with a long name: warehouse work, nights, " + h + " hours with travel by bus",
                    List.of(job.withHours(new BigDecimal(h))), uk.betteroff.kernel.household.Amount.of("25.50", Period.WEEK), null));
        options.add(new Scenario("A fourth option", List.of(job.withHours(BigDecimal.TEN)), null, null));
        CaseFile c = CaseFile.of("A very long case name ".repeat(12), base.circumstances(), options);
        Read r = read(resident(c));
        assertEquals(1, r.pages());
        assertTrue(r.text().contains("Travel and childcare"), "work costs are shown when there are any");
        assertTrue(r.text().replaceAll("\\s+", " ").contains("There are 1 more options in the adviser's full working."), r.text());
    }

    @Test
    void adviserReportHasTheWorkingOfEveryFigureInEveryColumn() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        Comparison cmp = compare(c);
        Read r = read(adviser(c));
        String squeezed = r.text().replaceAll("\\s+", "");
        int nodes = 0;
        for (ScenarioResult s : cmp.columns())
            for (Figure f : s.figures().values()) {
                assertTrue(squeezed.contains((EN.figure(f.id()) + ":" + f.week().format() + "aweek," + f.month().format() + "amonth")
                        .replaceAll("\\s+", "")), s.name() + " " + f.id());
                for (TraceNode n : all(f.trace())) {
                    assertTrue(squeezed.contains(n.label().replaceAll("\\s+", "")), n.id());
                    assertTrue(squeezed.contains(n.working().replaceAll("\\s+", "")), s.name() + " " + n.id() + ": " + n.working());
                    for (String law : n.law()) assertTrue(squeezed.contains(law.replaceAll("\\s+", "")), law);
                    for (TraceNode.RateUse u : n.rates()) assertTrue(squeezed.contains((u.id() + "=" + u.display()).replaceAll("\\s+", "")), u.id());
                    nodes++;
                }
            }
        assertTrue(nodes > 100, "the whole trace is printed, " + nodes + " steps");
    }

    @Test
    void adviserReportShowsTheCaseExpectedFiguresInTheComparisonTables() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        String text = read(adviser(c)).text();
        String week = text.substring(text.indexOf("The comparison, a week"), text.indexOf("The comparison, a month"));
        String month = text.substring(text.indexOf("The comparison, a month"));
        int checked = 0;
        for (var col : c.expect().values())
            for (CaseFile.Expectation e : col) {
                List<BigDecimal> row = row(e.period() == Period.WEEK ? week : month, EN.figure(e.figure()));
                assertNear(e.amount(), row.get(column(c, e.column())), c.tolerance(), e.column() + " " + e.figure());
                checked++;
            }
        assertEquals(6, checked);
    }

    @Test
    void adviserReportStatesDateRatesAssumptionsAndTheHouseholdAsEntered() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        Comparison cmp = compare(c);
        String flat = read(adviser(c)).text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Date of assessment: 22 November 2026 (tax year 2026-27)"), flat);
        assertTrue(flat.replace(" ", "").contains(cmp.ratesFingerprint()), "rates fingerprint");
        assertTrue(flat.contains("Adult 1: age 30; work capability fit for work"), flat);
        assertTrue(flat.contains("Home: supported housing (specified or exempt accommodation); rent £250.00 a week Council tax"), flat);
        assertTrue(flat.contains("Job for adult 1: 16 hours a week at £12.71 an hour; paid weekly; pension none"), flat);
        assertTrue(flat.contains("Assumptions and simplifications"), flat);
        for (ScenarioResult s : cmp.columns())
            for (var a : s.assumptions()) assertTrue(flat.replace(" ", "").contains(a.text().replaceAll("\\s+", "")), a.text());
    }

    /** Issue 19 item 11: names people read, rates by file name and line, only the facts that apply. */
    @Test
    void adviserReportPrintsNoInternalIdsNoFoldersAndOnlyTheFactsThatApply() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        String text = read(adviser(c)).text();
        var id = java.util.regex.Pattern.compile("\\[[a-z0-9_.]+\\]").matcher(text);
        assertFalse(id.find(), "an internal id is printed: " + (id.hitEnd() ? "" : id.group()));
        assertFalse(text.contains(Path.of("rates").toAbsolutePath().toString()), "the rates folder's absolute path is printed");
        assertTrue(text.replaceAll("\\s+", " ").contains("2026-27.yaml line"), "rates are named by file and line");
        assertFalse(text.contains("bedrooms"), "a hostel has no bedroom standard");
        assertFalse(text.contains("LHA") || text.contains("Local Housing Allowance"), "a hostel has no LHA rate");
    }

    /**
     * UC's lines in the summary add up to UC, LCWRA included (cases/scotland-lcwra-protected-permitted-work.yaml:
     * standard allowance £424.90 + LCWRA protected £429.80 + housing costs £411.67 = £1,266.37 a month out of work).
     */
    @Test
    void adviserSummaryShowsEveryUcElementInTheAwardAndTheyAddUp() throws IOException {
        CaseFile c = CaseReader.read(projectCase("scotland-lcwra-protected-permitted-work.yaml"));
        Comparison cmp = compare(c);
        String text = read(adviser(c)).text();
        String month = text.substring(text.indexOf("The comparison, a month"), text.indexOf("Assumptions and simplifications"));
        List<BigDecimal> sa = row(month, "UC standard allowance"), lcwra = row(month, "Limited capability for work and work-related activity (LCWRA) element"),
                housing = row(month, "UC housing costs element"), taper = row(month, "less: UC earnings deduction (taper)"), uc = row(month, "Universal Credit");
        assertEquals(0, lcwra.getFirst().compareTo(new BigDecimal("429.80")));
        for (int i = 0; i < uc.size(); i++) {
            assertEquals(0, sa.get(i).add(lcwra.get(i)).add(housing.get(i)).subtract(taper.get(i)).compareTo(uc.get(i)), "column " + i);
            assertEquals(0, uc.get(i).compareTo(cmp.columns().get(i).figure(FigureIds.UNIVERSAL_CREDIT).month().amount()));
        }
    }

    /** Monthly council tax is an average month of the weekly figure, and the report says so beside the council's own bill. */
    @Test
    void adviserReportSaysHowMonthlyCouncilTaxIsWorkedOut() throws IOException {
        CaseFile c = CaseReader.read(Path.of("src/test/resources/cases/ctr/westminster-hostel-25plus.yaml"));
        String flat = read(adviser(c)).text().replaceAll("\\s+", " ");
        assertTrue(flat.contains("Council tax a month here is the weekly amount × 52 ÷ 12"), flat);
        Money charge = c.circumstances().housing().councilTax().charge().money();
        assertTrue(flat.contains("The council bills " + charge.format() + " a year"), flat);
        assertTrue(flat.contains("council: Westminster;"), "the council by its name");
        assertTrue(flat.contains("(ctr/westminster.yaml line "), "a council's scheme by its file in rates/ctr and line");
        assertFalse(flat.contains("bedrooms"), "a hostel has no bedroom standard");
    }

    /** Issue 19 item 12: weekly pay is taken over an average month, and the report says so, not "None". */
    @Test
    void adviserReportSaysWeeklyPayIsTakenOverAnAverageMonth() throws IOException {
        CaseFile c = CaseReader.read(hostelCase());
        String flat = read(adviser(c)).text().replaceAll("\\s+", " ");
        String assumptions = flat.substring(flat.indexOf("Assumptions and simplifications"), flat.indexOf("The working of every figure"));
        assertTrue(assumptions.contains("Pay that is not monthly is taken over an average month (weekly pay × 52 ÷ 12"), assumptions);
        assertEquals(1, assumptions.split("None for this option", -1).length - 1, "only out of work assumes nothing: " + assumptions);
    }

    /** Every project case prints; assumptions a case makes are printed; the fonts travel with the file. */
    @TestFactory
    Stream<DynamicTest> everyProjectCasePrintsWithEmbeddedFonts() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/cases"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            CaseFile c = CaseReader.read(f);
            Read res = read(resident(c));
            Read adv = read(adviser(c));
            assertEquals(1, res.pages());
            assertTrue(adv.pages() >= 2);
            assertTrue(res.allEmbedded() && adv.allEmbedded(), "fonts embedded: " + res.fonts() + adv.fonts());
            assertTrue(res.fonts().stream().allMatch(n -> n.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?")), res.fonts().toString());
            assertFalse(res.text().contains("\uFFFD"), "every character has a glyph");
            String squeezed = adv.text().replaceAll("\\s+", "");
            for (ScenarioResult s : compare(c).columns())
                for (var a : s.assumptions()) assertTrue(squeezed.contains(a.text().replaceAll("\\s+", "")), a.text());
        }));
    }

    /** A case name with a character DejaVu Sans has no glyph for (an emoji, a tab) still prints; that character shows as "?". */
    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMark() throws IOException {
        CaseFile base = CaseReader.read(hostelCase());
        CaseFile c = CaseFile.of("Tŷ Glas \uD83C\uDFE0 room\t4", base.circumstances(), base.scenarios());
        Read res = read(resident(c));
        Read adv = read(adviser(c));
        assertEquals(1, res.pages());
        assertTrue(res.text().contains("About: Tŷ Glas ? room?4"), res.text());
        assertTrue(adv.text().contains("Case: Tŷ Glas ? room?4"), adv.text());
    }

    @Test
    void theWordsComeFromTheBundleAndWelshFallsBackCleanly() {
        ReportText cy = ReportText.of(Locale.forLanguageTag("cy-GB"));
        assertEquals(EN.get("resident.title"), cy.get("resident.title"), "until report_cy.properties exists, Welsh shows English");
        assertEquals("Working 16 hours a week", EN.format("resident.working_hours", "16"));
        for (String id : FigureIds.ALL) assertFalse(EN.figure(id).isBlank(), id);
    }

    private static List<TraceNode> all(TraceNode n) {
        List<TraceNode> out = new ArrayList<>();
        out.add(n);
        n.children().forEach(c -> out.addAll(all(c)));
        return out;
    }
}
