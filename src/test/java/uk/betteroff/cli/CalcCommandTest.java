package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import uk.betteroff.cases.ResultJson;
import uk.betteroff.testing.TestRates;

/** The {@code calc} and {@code rates check} contracts of docs/design.md "Command line". */
class CalcCommandTest {
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void jsonHasOneLinePerCaseWithEveryFigureWeeklyAndMonthly() {
        Run r = run("calc", "--json", "--rates", TestRates.folder().toString(), "src/test/resources/cases/hostel-25plus-before-oct-2026.yaml");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode o = ResultJson.parse(lines.get(0));
        assertEquals("2026-07-01", o.get("date").asString());
        assertEquals("2026-27", o.get("tax_year").asString());
        assertEquals(64, o.get("rates_sha256").asString().length());
        JsonNode baseline = o.get("scenarios").get(0);
        assertEquals("Out of work", baseline.get("name").asString());
        // hostel-25plus-before-oct-2026.yaml: baseline UC £424.90 a month, HB £250.00 a week
        assertEquals("424.90", baseline.get("figures").get("universal_credit").get("month").asString());
        assertEquals("250.00", baseline.get("figures").get("housing_benefit").get("week").asString());
        assertEquals(4, o.get("scenarios").size());
        assertEquals("183.17", o.get("scenarios").get(2).get("figures").get("housing_benefit").get("week").asString());
        // work_incentives (an addition to the line): UC ends at 14.03 hours and the HB cliff costs £50.47 a week (WorkIncentivesTest derives both)
        JsonNode w = o.get("scenarios").get(2).get("work_incentives");
        assertEquals("14.03", w.get("uc_ends_at_hours").asString());
        assertEquals("50.47", w.get("cliffs").get(0).get("loss_week").asString());
        assertTrue(baseline.get("work_incentives") == null, "the out-of-work column has no hours to vary");
    }

    @Test
    void aBadCaseGivesAnErrorLineAndExitOneWhileOthersStillRun(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("src/test/resources/cases/hostel-25plus-before-oct-2026.yaml")).replace("hours: 14", "hours: 160"));
        Run r = run("calc", "--json", "--rates", TestRates.folder().toString(), bad.toString(), "src/test/resources/cases/carer-earnings-limit.yaml");
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        JsonNode err = ResultJson.parse(lines.get(0));
        assertTrue(err.get("error").asString().contains("bad.yaml:18: scenarios[0].jobs[0].hours: hours must be between 0 and 100, got 160"), err.toString());
        assertTrue(ResultJson.parse(lines.get(1)).has("scenarios"));
    }

    @Test
    void explainPrintsTheWorkingAndTheLaw() {
        Run r = run("calc", "--explain", "--rates", TestRates.folder().toString(), "src/test/resources/cases/hostel-25plus-after-oct-2026.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("HB Regs 2006 Sch 4 para 18"), r.out());
        assertTrue(r.out().contains("hb.disregard.specified_accommodation.single_25_plus = £77.73 a week"), r.out());
        assertTrue(r.out().contains("passport"), r.out());
    }

    @Test
    void ratesCheckAcceptsTheProjectRates() {
        Run r = run("rates", "check", TestRates.folder().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("OK: "));
    }

    @Test
    void ratesCheckRefusesABrokenFileWithItsLine(@TempDir Path dir) throws Exception {
        try (var s = Files.walk(TestRates.folder())) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(TestRates.folder().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        Path y = dir.resolve("2026-27.yaml");
        Files.writeString(y, Files.readString(y).replaceFirst("uc\\.taper:", "uc.tapper:"));
        Run r = run("rates", "check", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().matches("(?s).*2026-27\\.yaml:\\d+: rates\\.uc\\.tapper: unknown rate id \"uc\\.tapper\".*"), r.err());
    }
}
