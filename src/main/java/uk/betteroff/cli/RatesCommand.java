package uk.betteroff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.rates.RatesLocation;
import uk.betteroff.yaml.YamlException;

/** {@code betteroff rates check [DIR]}: validates a rates folder; exit 1 with file:line: path: errors. */
@Command(name = "rates", description = "Work with rates folders.", subcommands = RatesCommand.Check.class)
final class RatesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "check", description = "Validate a rates folder.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rates folder (default: the installed rates).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path folder = RatesLocation.resolve(dir);
            try {
                LoadedRates r = RatesLoader.load(folder);
                out.println("OK: " + folder + " (" + r.book().files().size() + " files, " + r.ctrSchemes().size()
                        + " Council Tax Reduction schemes), sha256 " + r.book().fingerprint());
                r.book().files().forEach(f -> out.println("  " + f));
                out.flush();
                return 0;
            } catch (YamlException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.errors().forEach(err::println);
                err.println(e.errors().size() + " problem" + (e.errors().size() == 1 ? "" : "s") + " in " + folder);
                err.flush();
                return 1;
            }
        }
    }
}
