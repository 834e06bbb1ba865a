package uk.betteroff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calc CASE.yaml --pdf resident|adviser --out FILE}: the print-outs from the command line. */
class CalcPdfOptionTest {
    private static final String HOSTEL = "src/test/resources/cases/hostel-25plus-after-oct-2026.yaml";

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void residentSummaryIsWrittenBesideTheUsualTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("summary.pdf");
        CalcCommandTest.Run r = CalcCommandTest.run("calc", HOSTEL, "--pdf", "resident", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("housing_benefit"), "the table is still printed");
        try (PDDocument d = Loader.loadPDF(out.toFile())) {
            assertEquals(1, d.getNumberOfPages());
        }
        // HB £233.70 a week at 16 hours: the case's expect block (HB Regs 2006 Sch 4 para 18)
        assertTrue(text(out).contains("£233.70"));
    }

    @Test
    void adviserReportGoesToTheFileNamed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("full.pdf");
        CalcCommandTest.Run r = CalcCommandTest.run("calc", HOSTEL, "--json", "--pdf", "adviser", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(text(out).contains("The working of every figure"));
    }

    @Test
    void badPdfOptionsAreUsageErrors(@TempDir Path dir) {
        Path out = dir.resolve("x.pdf");
        CalcCommandTest.Run a = CalcCommandTest.run("calc", HOSTEL, "--pdf", "summary", "--out", out.toString());
        assertEquals(2, a.exit());
        assertTrue(a.err().contains("--pdf must be resident or adviser, got \"summary\""), a.err());
        CalcCommandTest.Run b = CalcCommandTest.run("calc", HOSTEL, "--pdf", "resident");
        assertEquals(2, b.exit());
        assertTrue(b.err().contains("--pdf needs --out FILE"), b.err());
        CalcCommandTest.Run c = CalcCommandTest.run("calc", HOSTEL, HOSTEL, "--pdf", "resident", "--out", out.toString());
        assertEquals(2, c.exit());
        assertTrue(c.err().contains("--pdf prints one case"), c.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPdfThatCannotBeWrittenIsAPlainError(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        CalcCommandTest.Run r = CalcCommandTest.run("calc", HOSTEL, "--pdf", "resident", "--out", notAFolder.resolve("x.pdf").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("the PDF could not be written to " + notAFolder.resolve("x.pdf")), r.err());
    }
}
