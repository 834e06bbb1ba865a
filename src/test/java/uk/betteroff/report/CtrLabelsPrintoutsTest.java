package uk.betteroff.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.testing.TestRates;

/**
 * Both print-outs say when the Council Tax Reduction is an estimate, or not worked out, and never print a missing one
 * as £0 (issue 14 items 2 and 5). Figures from CtrEstimateTest (SI 2012/2886 Sch paras 17, 28, 29, 37, worked there).
 */
class CtrLabelsPrintoutsTest {
    private static final Path LEEDS = Path.of("src/test/resources/cases/ctr-estimate/leeds-estimate.yaml");
    private static final Path LEEDS_NON_DEPENDANT = Path.of("src/test/resources/cases/ctr-estimate/leeds-non-dependant.yaml");

    private static String text(Path file, boolean adviser) throws IOException {
        CaseFile c = CaseReader.read(file);
        var result = TestRates.calculator().compare(c.circumstances(), c.scenarios());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintedCase printed = new PrintedCase(c.name(), c.circumstances(), c.scenarios());
        if (adviser) AdviserReportPdf.write(printed, result, Locale.UK, LocalDate.parse("2026-12-01"), out);
        else ResidentSummaryPdf.write(printed, result, Locale.UK, LocalDate.parse("2026-12-01"), out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAdviserReportLabelsTheEstimateBesideTheFigureAndInTheNotes() throws IOException {
        String t = text(LEEDS, true);
        assertTrue(t.contains("£28.77 estimate") && t.contains("£11.18 estimate"), t);
        assertTrue(t.contains("is an estimate") && t.contains("Default Scheme"), t);
        assertTrue(t.contains("Council Tax Reduction (estimate)"), "the working says so too");
    }

    @Test
    void theResidentSummarySaysTheCouncilTaxFiguresRestOnAnEstimate() throws IOException {
        String t = text(LEEDS, false);
        assertTrue(t.contains("*") && t.contains("is an estimate"), t);
    }

    @Test
    void bothPrintOutsSayWhatIsNotWorkedOutAndWhy() throws IOException {
        String adviser = text(LEEDS_NON_DEPENDANT, true);
        assertTrue(adviser.contains("not worked out") && adviser.contains("non-dependant"), adviser);
        assertTrue(adviser.contains("before council tax reduction"), adviser);
        String resident = text(LEEDS_NON_DEPENDANT, false);
        assertTrue(resident.contains("not worked out") && resident.contains("before council tax reduction"), resident);
    }
}
