import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.report.AdviserReportPdf;
import uk.betteroff.report.PrintedCase;
import uk.betteroff.report.ResidentSummaryPdf;

/**
 * installers/test-packaged.sh: writes both print-outs of a case with the app image's own runtime, so the
 * parts of PDFBox, FontBox and the JDK that jlink leaves out (pom.xml, installer profile) are shown not to be
 * needed. Usage: java --add-modules uk.betteroff -cp DIR PrintCheck RATES_DIR CASE.yaml ADVISER.pdf RESIDENT.pdf
 */
public final class PrintCheck {
    public static void main(String[] args) throws Exception {
        LoadedRates rates = RatesLoader.load(Path.of(args[0]));
        CaseFile c = CaseReader.read(Path.of(args[1]));
        Comparison result = new BetterOffCalculator(rates.book(), rates::ctr).compare(c.circumstances(), c.scenarios());
        PrintedCase printed = new PrintedCase(c.name(), c.circumstances(), c.scenarios());
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) { AdviserReportPdf.write(printed, result, out); }
        try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) { ResidentSummaryPdf.write(printed, result, out); }
    }
}
