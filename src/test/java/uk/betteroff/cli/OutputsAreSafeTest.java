package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.testing.TestRates;

/**
 * Issue 20 items 7, 8 and 9 from the command line: batch, sweep and print-out files are the user's alone; no text
 * cell of a CSV starts a spreadsheet formula, while negative figures stay numbers; a case name's terminal escape
 * codes are printed escaped.
 */
class OutputsAreSafeTest {
    private static final String HOSTEL = "src/test/resources/cases/hostel-25plus-after-oct-2026.yaml";

    private static boolean posix(Path dir) { return dir.getFileSystem().supportedFileAttributeViews().contains("posix"); }

    private static String perms(Path p) throws Exception { return PosixFilePermissions.toString(Files.getPosixFilePermissions(p)); }

    @Test
    void batchSweepAndPrintOutputsAreTheUsersAlone(@TempDir Path dir) throws Exception {
        assumeTrue(posix(dir));
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "an old world-readable result\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        BatchCommandTest.Run b = BatchCommandTest.batch(dir, BatchCommandTest.HEADER + "\nr1," + BatchCommandTest.HOSTEL_BEFORE + "16,12.71,weekly\n");
        assertEquals(0, b.exit(), b.err());
        assertEquals("rw-------", perms(out), "batch --out");

        Path sweep = dir.resolve("sweep.csv");
        CalcCommandTest.Run s = CalcCommandTest.run("sweep", HOSTEL, "--scenario", "1", "--hours", "0:2:1", "--out", sweep.toString());
        assertEquals(0, s.exit(), s.err());
        assertEquals("rw-------", perms(sweep), "sweep --out");

        Path pdf = dir.resolve("summary.pdf");
        CalcCommandTest.Run p = CalcCommandTest.run("calc", HOSTEL, "--pdf", "resident", "--out", pdf.toString());
        assertEquals(0, p.exit(), p.err());
        assertEquals("rw-------", perms(pdf), "the resident print-out");
    }

    @Test
    void noIdOrErrorCellStartsAFormulaAndNegativeFiguresStayNumbers(@TempDir Path dir) throws Exception {
        String row = BatchCommandTest.HOSTEL_BEFORE + "16,12.71,weekly";
        List<String> ids = List.of("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "\"=cmd|' /C calc'!A0\"", "+1+1", "@SUM(A1:A2)", "\"\t=1+1\"",
                "-1+1", "-42", "-12.34", "ok-1");
        StringBuilder csv = new StringBuilder(BatchCommandTest.HEADER).append('\n');
        for (String id : ids) csv.append(id).append(',').append(row).append('\n');
        csv.append("\"=1+1\",2026-07-01,england,,false,supported,250.00,0,0,false,30,fit,,,,0,sixteen,12.71,weekly\n");
        BatchCommandTest.Run r = BatchCommandTest.batch(dir, csv.toString());
        List<String> got = r.rows().stream().map(m -> m.get("id")).toList();
        assertEquals(List.of("'=HYPERLINK(\"http://evil.example\",\"click\")", "'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(A1:A2)", "'=1+1",
                "'-1+1", "-42", "-12.34", "ok-1", "'=1+1"), got, "OWASP CSV injection: a text cell that would start a formula gets a leading apostrophe;"
                + " a plain negative number is a number to a spreadsheet, not a formula, so it is left as it is");
        // the figures are untouched: HB £183.17 a week at 16 hours, hostel-25plus-before-oct-2026.yaml's expect block
        assertEquals("183.17", r.rows().getFirst().get("in_work_housing_benefit_week"));
        assertEquals("hours: \"sixteen\" is not a number", r.rows().getLast().get("error"));
    }

    @Test
    void aCaseNamesTerminalEscapesArePrintedEscaped(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(HOSTEL)).replaceFirst("name: [^\n]*", "name: \"\\\\e]0;retitled\\\\a\\\\e[31mred\\\\u202Eevil\"");
        Path file = Files.writeString(dir.resolve("escape.yaml"), text);
        CalcCommandTest.Run r = CalcCommandTest.run("calc", file.toString(), "--rates", TestRates.folder().toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u0007") || r.out().contains("\u202E"), "no raw control codes reach the terminal");
        assertTrue(r.out().contains("\\u001B]0;retitled\\u0007\\u001B[31mred\\u202Eevil"), r.out().lines().findFirst().orElse(""));
    }

    @Test
    void theInvisibleDirectionMarksArePrintedEscapedToo(@TempDir Path dir) throws Exception {
        // U+200F (right-to-left mark) and U+061C (Arabic letter mark) reorder what follows as U+202E does, unseen; the
        // terminal gets the same escapes a refusal's quoted value does (Decimals.isHidden)
        String text = Files.readString(Path.of(HOSTEL)).replaceFirst("name: [^\n]*", "name: \"a\\\\u200Fb\\\\u061Cc\"");
        Path file = Files.writeString(dir.resolve("marks.yaml"), text);
        CalcCommandTest.Run r = CalcCommandTest.run("calc", file.toString(), "--rates", TestRates.folder().toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\u200F") || r.out().contains("\u061C"), "no raw direction marks reach the terminal");
        assertTrue(r.out().contains("a\\u200Fb\\u061Cc"), r.out().lines().findFirst().orElse(""));
    }
}
