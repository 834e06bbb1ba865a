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
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.rates.RatesLocation;
import uk.betteroff.report.ComparisonTable;
import uk.betteroff.report.TraceText;
import uk.betteroff.yaml.YamlException;

/** {@code betteroff calc CASE.yaml… [--json] [--explain] [--rates DIR]}. */
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedRates loaded;
        try {
            loaded = RatesLoader.load(RatesLocation.resolve(rates));
        } catch (YamlException e) {
            err.println("The rates could not be used:");
            e.errors().forEach(x -> err.println("  " + x));
            return 2;
        }
        BetterOffCalculator calculator = new BetterOffCalculator(loaded.book(), loaded::ctr);
        int exit = 0;
        for (Path file : cases) {
            String name = file.toString();
            try {
                CaseFile c = CaseReader.read(file);
                if (!c.name().isBlank()) name = c.name();
                Comparison result = calculator.compare(c.circumstances(), c.scenarios());
                if (json) out.println(ResultJson.line(name, result));
                else out.print(ComparisonTable.render(name, result, monthly ? Period.MONTH : Period.WEEK));
                if (explain) out.print(TraceText.render(result));
            } catch (YamlException e) {
                exit = 1;
                report(out, err, name, e.getMessage());
            } catch (Unsupported e) {
                exit = 1;
                report(out, err, name, "Not covered: " + e.reason());
            } catch (RuntimeException e) {
                exit = 1;
                report(out, err, name, file + ": " + e.getMessage());
            }
        }
        out.flush();
        return exit;
    }

    private void report(PrintWriter out, PrintWriter err, String name, String message) {
        if (json) out.println(ResultJson.error(name, message));
        else err.println(name + ": " + message);
    }
}
