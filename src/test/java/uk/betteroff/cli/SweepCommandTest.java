package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.testing.TestRates;

/** {@code betteroff sweep} (docs/design.md "Command line"): CSV of every figure by hours, checked against the calculator and the hostel cases. */
class SweepCommandTest {
    private static final String BEFORE = "src/test/resources/cases/hostel-25plus-before-oct-2026.yaml";
    private static final String AFTER = "src/test/resources/cases/hostel-25plus-after-oct-2026.yaml";

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--rates", TestRates.folder().toString()));
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The CSV as rows of column name → cell. */
    static List<Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(header.length, cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theHeaderIsHoursThenEveryFigureIdWeekAndMonthInDesignOrder() {
        Run r = run("sweep", BEFORE, "--scenario", "1", "--hours", "0:1:1");
        assertEquals(0, r.exit(), r.err());
        List<String> expected = new ArrayList<>(List.of("hours"));
        for (String id : List.of("gross_earnings", "income_tax", "national_insurance", "pension_contribution", "net_earnings",
                "universal_credit", "uc_standard_allowance", "uc_child_elements", "uc_housing_element", "uc_work_allowance",
                "uc_earnings_deduction", "housing_benefit", "council_tax_reduction", "child_benefit", "carers_allowance",
                "scottish_child_payment", "benefit_cap_reduction", "other_income", "total_income", "rent_to_pay",
                "council_tax_to_pay", "work_costs", "money_left", "better_off")) {
            expected.add(id + "_week");
            expected.add(id + "_month");
        }
        assertEquals(String.join(",", expected), r.out().lines().findFirst().orElseThrow());
        assertEquals(3, r.out().lines().count(), "header + 0 hours + 1 hour");
    }

    /** The case files' own expected figures (hand-worked, sources in each file) at 14, 16 and 30 hours, read from the sweep. */
    @Test
    void theHostelCasesExpectedFiguresAppearAtTheirHours() {
        for (String file : List.of(BEFORE, AFTER)) {
            CaseFile c = CaseReader.read(Path.of(file));
            Run r = run("sweep", file, "--scenario", "1", "--hours", "14:30:2");
            assertEquals(0, r.exit(), r.err());
            Map<String, Map<String, String>> byHours = new HashMap<>();
            for (Map<String, String> row : rows(r.out())) byHours.put(row.get("hours"), row);
            assertEquals(9, byHours.size(), "14, 16, …, 30");
            int checked = 0;
            for (Scenario s : c.scenarios()) {
                String hours = s.jobs().get(0).hours().stripTrailingZeros().toPlainString();
                for (CaseFile.Expectation e : c.expect().getOrDefault(s.name(), List.of())) {
                    String cell = byHours.get(hours).get(e.figure() + "_" + (e.period() == Period.WEEK ? "week" : "month"));
                    BigDecimal diff = new BigDecimal(cell).subtract(e.amount()).abs();
                    assertTrue(diff.compareTo(c.tolerance().amount()) <= 0,
                            file + " " + s.name() + " " + e.figure() + ": sweep " + cell + ", case file " + e.amount() + " (line " + e.line() + ")");
                    checked++;
                }
            }
            assertTrue(checked >= 4, file + ": checked " + checked + " expected figures");
        }
    }

    /** Every cell of every row is the calculator's own figure for that scenario at those hours, to the penny. */
    @Test
    void everyCellIsTheCalculatorsFigureAtThoseHours() {
        CaseFile c = CaseReader.read(Path.of(BEFORE));
        Run r = run("sweep", BEFORE, "--scenario", "2", "--hours", "0:40:7.5");
        assertEquals(0, r.exit(), r.err());
        List<Map<String, String>> rows = rows(r.out());
        assertEquals(List.of("0", "7.5", "15", "22.5", "30", "37.5"), rows.stream().map(x -> x.get("hours")).toList());
        Scenario base = c.scenarios().get(1);
        for (Map<String, String> row : rows) {
            BigDecimal h = new BigDecimal(row.get("hours"));
            Scenario at = new Scenario(base.name(), List.of(base.jobs().get(0).withHours(h)), base.travel(), base.childcare());
            Comparison cmp = TestRates.calculator().compare(c.circumstances(), List.of(at));
            ScenarioResult col = cmp.scenarios().get(0);
            for (String id : FigureIds.ALL) {
                Figure f = col.figure(id);
                assertEquals(f.week().plain(), row.get(id + "_week"), id + " at " + h);
                assertEquals(f.month().plain(), row.get(id + "_month"), id + " at " + h);
            }
        }
    }

    @Test
    void outWritesTheSameCsvToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep.csv");
        Run toFile = run("sweep", AFTER, "--scenario", "2", "--hours", "10:12:0.5", "--out", out.toString());
        assertEquals(0, toFile.exit(), toFile.err());
        assertEquals(run("sweep", AFTER, "--scenario", "2", "--hours", "10:12:0.5").out(), Files.readString(out));
    }

    @Test
    void badArgumentsExitTwoWithAPlainMessage() {
        record Bad(List<String> args, String message) {}
        for (Bad b : List.of(
                new Bad(List.of("--scenario", "4"), "--scenario must be between 1 and 3"),
                new Bad(List.of("--scenario", "0"), "--scenario must be between 1 and 3"),
                new Bad(List.of("--scenario", "one"), "'one' is not an int"),
                new Bad(List.of("--scenario", "1", "--hours", "0:48"), "--hours must be FROM:TO:STEP"),
                new Bad(List.of("--scenario", "1", "--hours", "0:ten:1"), "--hours TO must be a number of hours, got \"ten\""),
                new Bad(List.of("--scenario", "1", "--hours", "20:10:1"), "the hours range runs backwards: 20 to 10"),
                new Bad(List.of("--scenario", "1", "--hours", "0:120:1"), "hours must be between 0 and 100"),
                new Bad(List.of("--scenario", "1", "--hours", "0:10:0"), "the hours step must be more than 0"),
                new Bad(List.of("--scenario", "1", "--hours", "0:100:0.01"), "that would be 10001 points; the most is 2001"),
                new Bad(List.of("--scenario", "1", "--job", "2"), "has no job 2"))) {
            List<String> args = new ArrayList<>(List.of("sweep", BEFORE));
            args.addAll(b.args());
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), b.args() + ": " + r.err());
            assertTrue(r.err().contains(b.message()), b.args() + ": " + r.err());
            assertEquals("", r.out(), "no CSV for bad arguments");
        }
        Run missing = run("sweep", BEFORE);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--scenario"), missing.err());
    }

    @Test
    void aBadCaseIsReportedWithFileAndLineAndExitOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(BEFORE)).replace("hours: 16,", "hours: sixteen,"));
        Run r = run("sweep", bad.toString(), "--scenario", "1");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("bad.yaml:20:"), r.err());
        assertEquals("", r.out());
    }
}
