package uk.betteroff.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import uk.betteroff.bench.CaseloadGenerator;
import uk.betteroff.cases.BatchReader;
import uk.betteroff.cases.BatchRowMapper;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;

/**
 * Batch throughput: rows per second through what each batch thread does — map the row, compare out of work
 * with in work, write the output line — on {@value #ROWS} generated caseload rows ({@link CaseloadGenerator}),
 * on one thread and on two (this machine's cores), and with --summary's counts on one. Reading and writing the file are left to the whole-process
 * timing in bench.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BatchBench {
    static final int ROWS = 2048;
    private final List<List<BatchReader.RawRow>> chunks = new ArrayList<>();
    private BatchWork work, withSummary;

    @Setup
    public void setUp() throws IOException {
        Path rates = Path.of(System.getProperty("betteroff.rates.dir", "rates"));
        LoadedRates loaded = RatesLoader.load(rates);
        Path csv = Files.createTempFile("caseload", ".csv");
        try {
            CaseloadGenerator.write(ROWS, csv, loaded);
            try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); BatchReader in = new BatchReader(csv.toString(), r)) {
                List<BatchReader.RawRow> chunk = new ArrayList<>();
                for (BatchReader.RawRow row; (row = in.next()) != null; ) {
                    chunk.add(row);
                    if (chunk.size() == BatchCommand.CHUNK) {
                        chunks.add(chunk);
                        chunk = new ArrayList<>();
                    }
                }
                if (!chunk.isEmpty()) chunks.add(chunk);
                BatchRowMapper mapper = new BatchRowMapper(in.header(), LocalDate.of(2024, 4, 8), LocalDate.of(2027, 4, 5));
                BetterOffCalculator calculator = new BetterOffCalculator(loaded.book(), loaded::ctr).withoutExplanations(); // as batch
                work = new BatchWork(calculator, mapper, false);
                withSummary = new BatchWork(calculator, mapper, true);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
        int failed = chunks.stream().mapToInt(c -> work.run(c).failed()).sum();
        if (failed > 0) throw new IllegalStateException(failed + " generated rows were refused");
    }

    private int all(BatchWork w) {
        int n = 0;
        for (List<BatchReader.RawRow> c : chunks) n += w.run(c).csv().length();
        return n;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int rowsOneThread() { return all(work); }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(ROWS)
    public int rowsTwoThreads() { return all(work); }

    /** The same with --summary's counts, whose cliff check ({@code FewerHours}) calculates each row at other hours too. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int rowsWithSummaryOneThread() { return all(withSummary); }
}
