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
import uk.betteroff.rates.RatesInUse;
import uk.betteroff.rates.RatesRefusal;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
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
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "Rates folder (default: the rates this installation uses, reporting any folder refused).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (dir == null) return checkInUse(out, err);
            try {
                report(out, dir, RatesLoader.load(dir));
                return 0;
            } catch (YamlException e) {
                e.errors().forEach(x -> err.println(TerminalText.safe(x.toString())));
                err.println(e.errors().size() + " problem" + (e.errors().size() == 1 ? "" : "s") + " in " + dir);
                err.flush();
                return 1;
            }
        }

        /** No folder named: the rates this installation would use, and any folder refused on the way (exit 1 then). */
        private static int checkInUse(PrintWriter out, PrintWriter err) {
            try {
                RatesInUse inUse = RatesSource.system(null, RatesSetting.none()).load();
                for (RatesRefusal r : inUse.refused()) {
                    err.println(TerminalText.safe(r.headline()));
                    r.problems().forEach(p -> err.println(TerminalText.safe("  " + p)));
                }
                err.flush();
                out.println("In use: " + inUse.origin().description());
                report(out, inUse.folder().toAbsolutePath().normalize(), inUse.rates());
                return inUse.refused().isEmpty() ? 0 : 1;
            } catch (YamlException e) {
                e.errors().forEach(x -> err.println(TerminalText.safe(x.toString())));
                err.println("The built-in rates could not be loaded.");
                err.flush();
                return 1;
            }
        }

        /** ", 354 councils", or a warning that the folder has no list (a rates pack written before councils.yaml). */
        private static String councils(LoadedRates r) {
            return r.councils().known() ? ", " + r.councils().all().size() + " councils"
                    : "; no councils.yaml, so a council is checked only against the CTR schemes";
        }

        /** ", 192 Broad Rental Market Areas (56 with their LHA figures)", or nothing for a folder without lha.yaml. */
        private static String lhaAreas(LoadedRates r) {
            var areas = r.book().lha().areas().values();
            if (areas.isEmpty()) return "";
            long found = areas.stream().filter(a -> a.weekly().stream().anyMatch(d -> d.notFound().isEmpty())).count();
            return ", " + areas.size() + " Broad Rental Market Areas (" + found + " with their LHA figures)";
        }

        private static void report(PrintWriter out, Path folder, LoadedRates r) {
            out.println("OK: " + folder + " (" + r.book().files().size() + " files, " + r.ctrSchemes().size()
                    + " Council Tax Reduction schemes" + councils(r) + lhaAreas(r) + "), sha256 " + r.book().fingerprint());
            r.book().files().forEach(f -> out.println("  " + f));
            out.flush();
        }
    }
}
