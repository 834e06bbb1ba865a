package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import uk.betteroff.cases.ResultJson;
import uk.betteroff.testing.TestRates;

/**
 * The estimate's label and a figure not worked out, in calc's text, its JSON line and batch (issue 14 items 2 and 5).
 * The figures are CtrEstimateTest's, worked by hand there from SI 2012/2886 Sch paras 17, 28, 29, 37.
 */
class CtrEstimateCliTest {
    private static final String LEEDS = "src/test/resources/cases/ctr-estimate/leeds-estimate.yaml";
    private static final String LEEDS_NON_DEPENDANT = "src/test/resources/cases/ctr-estimate/leeds-non-dependant.yaml";

    @Test
    void calcTextLabelsTheEstimateBesideTheFigureAndUnderTheTable() {
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--no-cliffs", "--rates", TestRates.folder().toString(), LEEDS);
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("council_tax_reduction")).findFirst().orElseThrow();
        assertTrue(row.contains("£28.77 estimate") && row.contains("£11.18 estimate"), row);
        assertTrue(r.out().contains("council tax reduction is an estimate") && r.out().contains("Default Scheme"), r.out());
    }

    @Test
    void jsonSaysWhichFiguresAreEstimated() {
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--json", "--no-cliffs", "--rates", TestRates.folder().toString(), LEEDS);
        assertEquals(0, r.exit(), r.err());
        JsonNode in = ResultJson.parse(r.out().strip()).get("scenarios").get(1);
        assertEquals("council_tax_reduction", in.get("estimated").get(0).asString());
        assertEquals("11.18", in.get("figures").get("council_tax_reduction").get("week").asString());
        assertNull(in.get("not_worked_out"));
    }

    @Test
    void calcAnswersACaseWhoseReductionCannotBeWorkedOutWithTheReasonUnderTheTable() {
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--no-cliffs", "--rates", TestRates.folder().toString(), LEEDS_NON_DEPENDANT);
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("council_tax_reduction")).findFirst().orElseThrow();
        assertTrue(row.contains("not worked out"), row);
        String left = r.out().lines().filter(l -> l.startsWith("money_left")).findFirst().orElseThrow();
        assertTrue(left.contains("*"), left);
        assertTrue(r.out().contains("council tax reduction not worked out: ") && r.out().contains("non-dependant"), r.out());
        assertTrue(r.out().contains("money left, better off are before council tax reduction"), r.out());
        String uc = r.out().lines().filter(l -> l.startsWith("universal_credit ")).findFirst().orElseThrow();
        assertTrue(uc.contains("£"), "UC still shown: " + uc);
    }

    @Test
    void jsonLeavesTheFigureOutAndSaysWhy() {
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--json", "--no-cliffs", "--rates", TestRates.folder().toString(), LEEDS_NON_DEPENDANT);
        assertEquals(0, r.exit(), r.err());
        JsonNode o = ResultJson.parse(r.out().strip());
        assertNull(o.get("error"));
        for (JsonNode s : o.get("scenarios")) {
            assertNull(s.get("figures").get("council_tax_reduction"), "absent, not £0");
            assertTrue(s.get("not_worked_out").get("council_tax_reduction").asString().contains("non-dependant"));
            assertEquals("council_tax_reduction", s.get("worked_without").get("money_left").get(0).asString());
            assertEquals("28.77", s.get("figures").get("council_tax_to_pay").get("week").asString(), "the whole charge, before the reduction");
            assertTrue(s.get("figures").get("universal_credit") != null);
        }
    }

    @Test
    void batchAnswersACouncilWithoutASchemeFileAsAnEstimate(@TempDir Path dir) throws Exception {
        // the Leeds case as a row: single 30, social rent £100 a week, council tax £1,500 a year, 16 hours at £12.21 weekly
        String row = "2026-06-01,england,leeds,false,social,100.00,0,1500,true,30,fit,,,,0,16,12.21,weekly";
        BatchCommandTest.Run r = BatchCommandTest.batch(dir, BatchCommandTest.HEADER + "\nL1," + row + "\n");
        assertEquals(0, r.exit(), r.err());
        Map<String, String> l1 = r.rows().get(0);
        assertEquals("", l1.get("error"), l1.toString());
        assertEquals("28.77", l1.get("out_of_work_council_tax_reduction_week"));
        assertEquals("11.18", l1.get("in_work_council_tax_reduction_week"));
        assertEquals("council_tax_reduction", l1.get("estimated"));
    }

    @Test
    void batchFillsTheOtherFiguresWhenTheReductionCannotBeWorkedOut(@TempDir Path dir) throws Exception {
        // Brighton & Hove's file refuses someone with no UC award (its rules off UC are not in the file): at 37.5 hours
        // × £16 UC is nil, so the in-work reduction alone is not worked out.
        String row = "2026-07-01,england,brighton-and-hove,false,social,100.00,0,1500,true,30,fit,,,,0,37.5,16.00,weekly";
        BatchCommandTest.Run r = BatchCommandTest.batch(dir, BatchCommandTest.HEADER + "\nB1," + row + "\n");
        Map<String, String> b1 = r.rows().get(0);
        assertEquals("", b1.get("in_work_council_tax_reduction_week"));
        assertTrue(!b1.get("out_of_work_council_tax_reduction_week").isEmpty(), b1.toString());
        assertTrue(!b1.get("in_work_money_left_week").isEmpty() && !b1.get("better_off_week").isEmpty(), b1.toString());
        assertEquals("0", b1.get("in_work_universal_credit_month").replace(".00", ""), b1.toString());
        String error = b1.get("error");
        assertTrue(error.startsWith("council_tax_reduction not worked out (in work): ") && error.contains("before council tax reduction"), error);
        assertEquals("", b1.get("estimated"));
    }

    @Test
    void aCaseFileKeepsTheEstimateSettingsAndTheEnteredFigure(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(LEEDS))
                .replace("council_tax: {amount: 1500, per: year}", "council_tax: {amount: 1500, per: year, reduction_estimate: {maximum_percent: 80, taper_percent: 25}}")
                .replace("pension: none}]", "pension: none}]\n    council_tax_reduction_entered: {amount: 5.00, per: week}");
        Path file = dir.resolve("leeds.yaml");
        Files.writeString(file, text);
        CalcCommandTest.Run r = CalcCommandTest.run("calc", "--json", "--no-cliffs", "--rates", TestRates.folder().toString(), file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode o = ResultJson.parse(r.out().strip());
        // out of work: 80% of A/B = £23.01 (CtrEstimateTest); in work: £5.00 a week as entered
        assertEquals("23.01", o.get("scenarios").get(0).get("figures").get("council_tax_reduction").get("week").asString());
        assertEquals("5.00", o.get("scenarios").get(1).get("figures").get("council_tax_reduction").get("week").asString());
        assertEquals("council_tax_reduction", o.get("scenarios").get(1).get("entered").get(0).asString());

        // written back as the app saves it, and read again: the settings and the entered figure are kept
        uk.betteroff.cases.CaseFile read = uk.betteroff.cases.CaseReader.read(file);
        String saved = uk.betteroff.cases.CaseWriter.toYaml(read);
        assertTrue(saved.contains("reduction_estimate: {maximum_percent: 80, taper_percent: 25}"), saved);
        assertTrue(saved.contains("council_tax_reduction_entered: {amount: 5.00, per: week}"), saved);
        uk.betteroff.cases.CaseFile again = uk.betteroff.cases.CaseReader.read("again.yaml", saved);
        assertEquals(read.circumstances().housing().councilTax(), again.circumstances().housing().councilTax());
        assertEquals(read.scenarios(), again.scenarios());
        // an old case file (no settings) is written as before
        String plain = uk.betteroff.cases.CaseWriter.toYaml(uk.betteroff.cases.CaseReader.read(Path.of(LEEDS)));
        assertTrue(!plain.contains("reduction_estimate") && !plain.contains("council_tax_reduction_entered"), plain);

        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text.replace("maximum_percent: 80", "maximum_percent: 120"));
        CalcCommandTest.Run refused = CalcCommandTest.run("calc", "--rates", TestRates.folder().toString(), bad.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains(":13:") && refused.err().contains("maximum_percent must be between 0 and 100"), refused.err());
    }
}
