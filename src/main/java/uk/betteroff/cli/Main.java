package uk.betteroff.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line (the desktop app is started by {@code uk.betteroff.Launcher}, which calls this with arguments). */
@Command(name = "betteroff", mixinStandardHelpOptions = true, version = "Better Off 0.1.0",
        description = "Better Off: what a household would live on out of work and in work.",
        subcommands = {CalcCommand.class, SweepCommand.class, BatchCommand.class, RatesCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) { System.exit(run(args)); }

    /** Runs a command and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Runs a command with its output and errors captured (for tests and embedding). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
