package uk.betteroff.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.betteroff.cases.BatchReader;
import uk.betteroff.cases.BatchRowMapper;
import uk.betteroff.cases.CsvProblem;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.report.BatchCsv;

/**
 * {@code betteroff batch IN.csv --out OUT.csv [--summary]}: caseload mode (docs/design.md "Command line").
 * Rows are read, calculated on every core and written in input order, a few thousand in flight at most,
 * so memory stays the same however long the file; a bad row gets an {@code error} cell and the rest go on.
 * Exit 0 every row answered, 1 a row (or the file, or the rates) refused, 2 bad arguments.
 */
@Command(name = "batch", description = "Caseload mode: one household and one in-work option per CSV row.")
final class BatchCommand implements Callable<Integer> {
    /** Rows per task: large enough that handing work between threads costs little, small enough to keep memory flat. */
    static final int CHUNK = 256;
    private static final int SHOWN_ERRORS = 10;
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    @Parameters(index = "0", paramLabel = "IN.csv", description = "The caseload: a header row, then one household per row (README \"Batch\").")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "OUT.csv", description = "Where to write the results (one row per input row, in order).")
    Path out;

    @Option(names = "--summary", description = "Also print how many households are worse off in work, at a cliff, and capped.")
    boolean summary;

    @Option(names = "--threads", paramLabel = "N", description = "Calculating threads (default: one per core).", defaultValue = "0")
    int threads;

    @Option(names = "--rates", paramLabel = "DIR", description = "Rates folder (default: the installed rates).")
    Path rates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } finally {
            err.flush();
        }
    }

    private int run(PrintWriter err) {
        int nThreads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (threads < 0) {
            err.println("betteroff batch: --threads must be 1 or more, got " + threads);
            return 2;
        }
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            err.println("betteroff batch: --out must not be the input file " + in);
            return 2;
        }
        LoadedRates loaded = CliRates.loadOrReport(rates, err);
        if (loaded == null) return 1;
        // nobody reads a batch row's working: the figures without their explanations (the same figures, BatchCommandTest)
        BetterOffCalculator calculator = new BetterOffCalculator(loaded.book(), loaded::ctr, loaded::council).withoutExplanations();
        LocalDate first = loaded.book().firstCompleteDate().orElse(LocalDate.MAX);
        LocalDate last = loaded.book().lastDay().orElse(LocalDate.MAX);

        long start = System.nanoTime();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(in), decoder);
             BatchReader rows = new BatchReader(in.toString(), reader);
             // the results hold households' details: the user's alone (0600), as every file the product writes
             Writer w = new BufferedWriter(new java.io.OutputStreamWriter(uk.betteroff.cases.PrivateFiles.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            BatchReader.Header header = rows.header();
            if (!header.missing().isEmpty())
                err.println(in + ":1: missing column" + (header.missing().size() == 1 ? " " : "s ") + String.join(", ", header.missing())
                        + ": every row is refused (the columns are " + String.join(",", uk.betteroff.cases.BatchColumns.INPUT) + ")");
            for (String u : header.unknown()) err.println(in + ":1: column \"" + u + "\" is not a batch column and is not read");
            BatchRowMapper mapper = new BatchRowMapper(header, loaded.councils(), first, last);
            BatchWork work = new BatchWork(calculator, mapper, summary);
            w.write(BatchCsv.header());
            Totals totals = new Totals();
            CsvProblem broken = stream(rows, work, w, nThreads, totals, err, start);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (totals.failed > SHOWN_ERRORS) err.println("… and " + (totals.failed - SHOWN_ERRORS) + " more refused rows (see the error column of " + out + ")");
            err.printf("batch: %,d rows in %.1f s, %,d answered, %,d refused; results in %s%n", totals.rows, ms / 1000.0,
                    totals.rows - totals.failed, totals.failed, out);
            if (broken != null) err.println(broken.getMessage() + ": the file could not be read on from here; rows after it are not in " + out);
            if (summary) printSummary(totals);
            return totals.failed > 0 || broken != null ? 1 : 0;
        } catch (NoSuchFileException e) {
            boolean output = out.toString().equals(e.getFile());
            err.println(e.getFile() + (output ? ": could not be created (no such folder)" : ": no such file"));
            return 1;
        } catch (CsvProblem e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println((e instanceof java.nio.charset.CharacterCodingException ? in + ": not UTF-8 text (save it as \"CSV UTF-8\")" : e.getMessage()));
            return 1;
        }
    }

    /** Reads, calculates and writes every row; returns the problem that stopped reading early, if any. */
    private CsvProblem stream(BatchReader rows, BatchWork work, Writer w, int nThreads, Totals totals, PrintWriter err, long start) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread t = new Thread(r, "batch");
            t.setDaemon(true);
            return t;
        });
        int maxInFlight = nThreads * 4;
        ArrayDeque<InFlight> inFlight = new ArrayDeque<>(maxInFlight + 1);
        long nextProgress = start + PROGRESS_NANOS;
        CsvProblem broken = null;
        try {
            while (true) {
                List<BatchReader.RawRow> chunk = new ArrayList<>(CHUNK);
                try {
                    for (BatchReader.RawRow r; chunk.size() < CHUNK && (r = rows.next()) != null; ) chunk.add(r);
                } catch (CsvProblem e) {
                    broken = e;
                }
                if (!chunk.isEmpty()) inFlight.add(new InFlight(chunk, pool.submit(() -> work.run(chunk))));
                boolean done = chunk.size() < CHUNK || broken != null;
                while (!inFlight.isEmpty() && (inFlight.size() >= maxInFlight || done || inFlight.peek().result().isDone())) {
                    write(inFlight.poll(), work, w, totals, err);
                    long now = System.nanoTime();
                    if (now >= nextProgress) {
                        err.printf("batch: %,d rows done, %,d refused (%,.0f rows a second)%n", totals.rows, totals.failed,
                                totals.rows / ((now - start) / 1e9));
                        err.flush();
                        nextProgress = now + PROGRESS_NANOS;
                    }
                }
                if (done) return broken;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A chunk of rows handed to a thread, and what it will give. */
    private record InFlight(List<BatchReader.RawRow> rows, Future<BatchWork.Chunk> result) {}

    private void write(InFlight f, BatchWork work, Writer w, Totals totals, PrintWriter err) throws IOException {
        BatchWork.Chunk c;
        try {
            c = f.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            // a failure outside any one row's work: those rows are refused with it, never the whole run
            c = work.failed(f.rows(), e.getCause());
        }
        w.write(c.csv());
        for (String e : c.errors()) {
            if (totals.shown >= SHOWN_ERRORS) break;
            // the error quotes the row's own cells: control characters are shown escaped, never sent to the terminal
            err.println(in + ":" + uk.betteroff.yaml.Fields.shown(e, 400));
            totals.shown++;
        }
        totals.add(c);
    }

    private void printSummary(Totals t) {
        PrintWriter o = spec.commandLine().getOut();
        long answered = t.rows - t.failed;
        o.printf("households answered:            %,d%n", answered);
        o.printf("worse off in work:              %,d  (better_off_week below £0.00)%n", t.worseOff);
        o.printf("at a cliff:                     %,d  (fewer hours in the same job would leave at least %s a week more)%n", t.atCliff,
                BatchWork.CLIFF_MARGIN.format());
        if (t.cliffUnknown > 0)
            o.printf("  cliff not checked:            %,d  (at some fewer hours a scheme case is not covered, e.g. a CTR scheme off UC)%n", t.cliffUnknown);
        o.printf("capped out of work:             %,d  (benefit cap reduction above £0.00)%n", t.cappedOut);
        o.printf("capped in work:                 %,d%n", t.cappedIn);
        o.printf("refused (error cell):           %,d%n", t.failed);
        o.flush();
    }

    /** 5 April after the last tax year the rates folder has a file for. */
    /** Running counts, kept by the writing thread only. */
    private static final class Totals {
        long rows, failed, shown, worseOff, atCliff, cliffUnknown, cappedOut, cappedIn;

        void add(BatchWork.Chunk c) {
            rows += c.rows();
            failed += c.failed();
            worseOff += c.worseOff();
            atCliff += c.atCliff();
            cliffUnknown += c.cliffUnknown();
            cappedOut += c.cappedOut();
            cappedIn += c.cappedIn();
        }
    }
}
