package uk.betteroff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.ResultJson;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.report.ComparisonTable;
import uk.betteroff.report.TraceText;
import uk.betteroff.report.WorkIncentivesText;
import uk.betteroff.kernel.sweep.WorkIncentives;
import uk.betteroff.yaml.YamlException;

/** {@code betteroff calc CASE.yaml… [--json] [--explain] [--rates DIR] [--pdf resident|adviser --out FILE]}. */
@Command(name = "calc", description = "Calculate cases: out of work and each in-work option.")
final class CalcCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "CASE.yaml", description = "Case files (format betteroff-case/1).")
    List<Path> cases;

    @Option(names = "--json", description = "One JSON object per case per line.")
    boolean json;

    @Option(names = "--explain", description = "Print the working of every figure.")
    boolean explain;

    @Option(names = "--monthly", description = "Show the table a month rather than a week.")
    boolean monthly;

    @Option(names = "--rates", paramLabel = "DIR", description = "Rates folder (default: the installed rates).")
    Path rates;

    @Option(names = "--no-cliffs", description = "Skip the scan for where UC ends and where more work leaves you worse off.")
    boolean noCliffs;

    @Option(names = "--pdf", paramLabel = "resident|adviser",
            description = "Also print the case to a PDF: resident (one-page summary) or adviser (full working). Needs --out and one case.")
    String pdf;

    @Option(names = "--out", paramLabel = "FILE", description = "The PDF file --pdf writes (replaced whole, never half-written).")
    Path pdfOut;

    @Spec
    CommandSpec spec;

    private void checkPdfOptions() {
        if (pdf == null && pdfOut == null) return;
        if (pdf == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out is the file for --pdf: give --pdf resident or --pdf adviser too");
        if (!pdf.equals("resident") && !pdf.equals("adviser"))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pdf must be resident or adviser, got \"" + pdf + "\"");
        if (pdfOut == null) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pdf needs --out FILE (where to write the PDF)");
        if (cases.size() != 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pdf prints one case: give one CASE.yaml");
    }

    /** The print-out, written atomically so an existing file is never left half-replaced. */
    private void writePdf(CaseFile c, Comparison result) throws java.io.IOException {
        var printed = new uk.betteroff.report.PrintedCase(c.name(), c.circumstances(), c.scenarios());
        var bytes = new java.io.ByteArrayOutputStream();
        var today = java.time.LocalDate.now();
        if (pdf.equals("resident")) uk.betteroff.report.ResidentSummaryPdf.write(printed, result, java.util.Locale.UK, today, bytes);
        else uk.betteroff.report.AdviserReportPdf.write(printed, result, java.util.Locale.UK, today, bytes);
        uk.betteroff.cases.AtomicFiles.write(pdfOut, bytes.toByteArray());
    }

    /** Scan 0 to 48 hours, or further when the option's own hours are more. */
    private static java.math.BigDecimal scanTo(uk.betteroff.kernel.household.Scenario s) {
        java.math.BigDecimal h = s.jobs().isEmpty() ? java.math.BigDecimal.ZERO : s.jobs().get(0).hours();
        java.math.BigDecimal upTo = h.max(java.math.BigDecimal.valueOf(48)).setScale(0, java.math.RoundingMode.CEILING);
        return upTo.min(java.math.BigDecimal.valueOf(100));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkPdfOptions();
        LoadedRates loaded = CliRates.loadOrReport(rates, err);
        if (loaded == null) return 1;
        BetterOffCalculator calculator = new BetterOffCalculator(loaded.book(), loaded::ctr, loaded::council);
        int exit = 0;
        for (Path file : cases) {
            String name = file.toString();
            try {
                CaseFile c = CaseReader.read(file, loaded.councils());
                if (!c.name().isBlank()) name = c.name();
                if (c.isDraft()) {   // its placeholders are not the household's figures: refused, never calculated
                    exit = 1;
                    report(out, err, name, file + ": " + c.draftRefusal().orElseThrow());
                    continue;
                }
                Comparison result = calculator.compare(c.circumstances(), c.scenarios());
                List<WorkIncentives.Result> incentives = new java.util.ArrayList<>();
                if (!noCliffs)
                    for (var s : c.scenarios())
                        try {
                            WorkIncentives.find(calculator, c.circumstances(), s, scanTo(s)).ifPresent(incentives::add);
                        } catch (Unsupported beyond) {
                            // The options asked for were calculated; only the scan over other hours met a refusal (e.g. a CTR scheme's rules off UC).
                            err.println(TerminalText.safe(name + ": \"" + s.name() + "\": where UC ends and any cliffs are not shown, because at some other hours: " + beyond.reason()));
                        }
                if (json) out.println(ResultJson.line(name, result, incentives));
                else {
                    out.print(TerminalText.safe(ComparisonTable.render(name, result, monthly ? Period.MONTH : Period.WEEK)));
                    out.print(TerminalText.safe(WorkIncentivesText.render(incentives)));
                }
                if (explain) out.print(TerminalText.safe(TraceText.render(result)));
                if (pdf != null) {
                    try {
                        writePdf(c, result);
                    } catch (java.io.IOException e) {
                        exit = 1;
                        report(out, err, name, "the PDF could not be written to " + pdfOut + ": " + e.getMessage());
                    }
                }
            } catch (YamlException e) {
                exit = 1;
                report(out, err, name, e.getMessage());
            } catch (Unsupported e) {
                exit = 1;
                report(out, err, name, "Not covered: " + e.reason());
            } catch (RuntimeException | StackOverflowError e) {
                // one case's failure is that case's, in words; the files after it are still read
                exit = 1;
                report(out, err, name, file + ": " + (e instanceof RuntimeException && e.getMessage() != null ? e.getMessage()
                        : "Better Off could not calculate this case (an internal error: " + e.getClass().getSimpleName() + ")"));
            }
        }
        out.flush();
        return exit;
    }

    private void report(PrintWriter out, PrintWriter err, String name, String message) {
        if (json) out.println(ResultJson.error(name, message));
        else err.println(TerminalText.safe(message.startsWith(name) ? message : name + ": " + message));
    }
}
