package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import uk.betteroff.cases.ResultJson;
import uk.betteroff.testing.TestRates;

/** Council Tax Reduction through the command line: the two figures in --json and --explain, and rates check over rates/ctr. */
class CtrCommandLineTest {
    private static final String CASE = "src/test/resources/cases/ctr/westminster-hostel-25plus.yaml";

    @Test
    void jsonCarriesCouncilTaxReductionAndCouncilTaxToPayWeeklyAndMonthly() {
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--json", "--rates", TestRates.folder().toString(), CASE);
        assertEquals(0, r.exit(), r.err());
        JsonNode o = ResultJson.parse(r.out().lines().findFirst().orElseThrow());
        // westminster-hostel-25plus.yaml (worked from the Westminster 2026/27 scheme): 14 hours £4.99 off £21.00
        JsonNode f = o.get("scenarios").get(2).get("figures");
        assertEquals("14 hours", o.get("scenarios").get(2).get("name").asString());
        assertEquals("4.99", f.get("council_tax_reduction").get("week").asString());
        assertEquals("16.01", f.get("council_tax_to_pay").get("week").asString());
        // month = week × 52/12 rounded: £4.99 → £21.62; £16.01 → £69.38
        assertEquals("21.62", f.get("council_tax_reduction").get("month").asString());
        assertEquals("69.38", f.get("council_tax_to_pay").get("month").asString());
    }

    @Test
    void explainShowsEveryCtrStepWithTheSchemeFileAndLine() {
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--explain", "--rates", TestRates.folder().toString(), CASE);
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        for (String id : new String[] {"[council_tax_reduction]", "[council_tax_to_pay]", "[ctr.maximum]", "[ctr.excess_income]", "[ctr.applicable_amount]", "[ctr.income]"})
            assertTrue(out.contains(id), "explain shows " + id);
        assertTrue(out.contains("Rate: ctr.westminster.taper = 20% ("), "the taper is shown with where it was read");
        assertTrue(out.contains("westminster.yaml line "), "file and line of the scheme figure");
    }

    @Test
    void ratesCheckValidatesTheCtrFolderToo(@TempDir Path dir) throws Exception {
        Path src = TestRates.folder();
        Files.createDirectories(dir.resolve("ctr"));
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        try (Stream<Path> s = Files.list(src.resolve("ctr"))) {
            for (Path p : s.toList()) Files.copy(p, dir.resolve("ctr").resolve(p.getFileName()));
        }
        CalcCommandTest.Run ok = CalcCommandTest.run("rates", "check", dir.toString());
        assertEquals(0, ok.exit(), ok.err());
        long schemes;
        try (Stream<Path> s = Files.list(dir.resolve("ctr"))) { schemes = s.filter(p -> p.toString().endsWith(".yaml")).count(); }
        assertTrue(ok.out().contains(schemes + " Council Tax Reduction schemes"), ok.out());
        Path oxford = dir.resolve("ctr/oxford.yaml");
        String text = Files.readString(oxford);
        Files.writeString(oxford, text.replace("{up_to: 530.00, reduction: 0.75}", "{up_to: 530.00, reduction: 75}"));
        int line = 1 + (int) text.substring(0, text.indexOf("{up_to: 530.00")).chars().filter(c -> c == '\n').count();
        CalcCommandTest.Run bad = CalcCommandTest.run("rates", "check", dir.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("ctr/oxford.yaml:" + line + ":"), bad.err());
        assertTrue(bad.err().contains("reduction must be between 0 and 1"), bad.err());
    }

    @Test
    void aSchemeThatRefusesSomeOtherHoursStillGivesTheOptionsAskedFor() {
        // Brighton & Hove's rules off UC are not in the rates; every option in the case is on UC, so the comparison
        // is calculated, and only the hours scan (where UC ends, cliffs) says what it could not do.
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--json", "--rates", TestRates.folder().toString(),
                "src/test/resources/cases/ctr/brighton-and-hove-earnings-bands.yaml");
        assertEquals(0, r.exit(), r.err());
        JsonNode o = ResultJson.parse(r.out().lines().findFirst().orElseThrow());
        // brighton-and-hove-earnings-bands.yaml: 10 hours, UC earnings £550.77 a month × 12/52 = £127.10 a week:
        // level 2 of the 2025/26 weekly bands (£89.95 to £128.49, Brighton & Hove "How we calculate"), 60% of £21.00
        assertEquals("12.60", o.get("scenarios").get(2).get("figures").get("council_tax_reduction").get("week").asString());
        assertTrue(r.err().contains("where UC ends and any cliffs are not shown") && r.err().contains("no Universal Credit award"), r.err());
    }
}
