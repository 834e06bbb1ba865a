package uk.betteroff.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.sweep.HoursSweep;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.report.SweepCsv;
import uk.betteroff.yaml.YamlException;

/**
 * {@code betteroff sweep CASE.yaml --scenario N --hours FROM:TO:STEP}: one in-work option of a case
 * recalculated at each number of hours, as CSV of every figure (the data behind the app's chart).
 * Exit 0 done, 1 the case or rates were refused, 2 bad arguments.
 */
@Command(name = "sweep", description = "Every figure of one in-work option, by hours worked, as CSV.")
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CASE.yaml", description = "A case file (format betteroff-case/1).")
    Path caseFile;

    @Option(names = "--scenario", required = true, paramLabel = "N",
            description = "Which in-work option of the case to vary: 1 for the first scenario in the file.")
    int scenario;

    @Option(names = "--hours", paramLabel = "FROM:TO:STEP", defaultValue = "0:48:0.5",
            description = "Hours a week from FROM to TO (inclusive) in steps of STEP (default ${DEFAULT-VALUE}).")
    String hours;

    @Option(names = "--job", paramLabel = "J", defaultValue = "1",
            description = "Which of the scenario's jobs has its hours varied (default ${DEFAULT-VALUE}).")
    int job;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here rather than to standard output.")
    Path out;

    @Option(names = "--rates", paramLabel = "DIR", description = "Rates folder (default: the installed rates).")
    Path rates;

    @Spec
    CommandSpec spec;

    /** FROM:TO:STEP as given; each part a plain decimal number of hours. */
    record HoursRange(BigDecimal from, BigDecimal to, BigDecimal step) {
        static HoursRange parse(String text) {
            String[] parts = text.split(":", -1);
            if (parts.length != 3)
                throw new IllegalArgumentException("--hours must be FROM:TO:STEP, e.g. 0:48:0.5; got \"" + text + "\"");
            BigDecimal[] n = new BigDecimal[3];
            String[] names = {"FROM", "TO", "STEP"};
            for (int i = 0; i < 3; i++) {
                try {
                    // bounded where it is read: 1e-999999999 as a step must be refused, not divided into
                    n[i] = uk.betteroff.yaml.Decimals.parse(parts[i].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--hours " + names[i] + " must be a number of hours, got \""
                            + uk.betteroff.yaml.Fields.shown(parts[i]) + "\" in \"" + uk.betteroff.yaml.Fields.shown(text) + "\"");
                }
            }
            return new HoursRange(n[0], n[1], n[2]);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        HoursRange range;
        try {
            range = HoursRange.parse(hours);
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        LoadedRates loaded = CliRates.loadOrReport(rates, err);
        if (loaded == null) return 1;
        CaseFile c;
        try {
            c = CaseReader.read(caseFile, loaded.councils());
        } catch (YamlException e) {
            e.errors().forEach(x -> err.println(TerminalText.safe(x.toString())));
            err.flush();
            return 1;
        }
        if (c.isDraft()) {   // its placeholders are not the household's figures: refused, never calculated
            err.println(caseFile + ": " + c.draftRefusal().orElseThrow());
            err.flush();
            return 1;
        }
        if (scenario < 1 || scenario > c.scenarios().size())
            return usageError(err, "--scenario must be between 1 and " + c.scenarios().size() + " for " + caseFile
                    + (c.scenarios().isEmpty() ? ", but it has no in-work option" : " (" + names(c) + ")") + "; got " + scenario);
        Scenario s = c.scenarios().get(scenario - 1);
        if (s.jobs().isEmpty())
            return usageError(err, "scenario " + scenario + " (\"" + s.name() + "\") has no job whose hours could be varied");
        BetterOffCalculator calculator = new BetterOffCalculator(loaded.book(), loaded::ctr, loaded::council);
        HoursSweep.Sweep sweep;
        try {
            sweep = HoursSweep.run(calculator, c.circumstances(), s, job - 1, range.from(), range.to(), range.step());
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        } catch (Unsupported e) {
            err.println(caseFile + ": Not covered: " + e.reason());
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            err.println(caseFile + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        String csv = SweepCsv.render(sweep);
        if (out == null) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(csv);
            o.flush();
            return 0;
        }
        try {
            // the user's alone (0600), replaced whole, as every file the product writes about a household
            uk.betteroff.cases.AtomicFiles.write(out, csv.getBytes(StandardCharsets.UTF_8));
            return 0;
        } catch (IOException e) {
            err.println(out + ": could not be written: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private static String names(CaseFile c) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < c.scenarios().size(); i++)
            b.append(i == 0 ? "" : ", ").append(i + 1).append(" = \"").append(c.scenarios().get(i).name()).append('"');
        return b.toString();
    }

    private int usageError(PrintWriter err, String message) {
        err.println(TerminalText.safe("betteroff sweep: " + message));
        err.println("Usage: betteroff sweep CASE.yaml --scenario N [--hours FROM:TO:STEP] [--job J] [--out FILE] [--rates DIR]");
        err.flush();
        return 2;
    }
}
