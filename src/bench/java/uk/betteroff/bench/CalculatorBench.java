package uk.betteroff.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.sweep.HoursSweep;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.RatesLoader;

/**
 * The calculator on the hostel case (src/test/resources/cases/hostel-25plus-before-oct-2026.yaml: single 30,
 * supported accommodation, £250 a week): one full comparison (the baseline and its three in-work options, with
 * every trace) and a 121-point hours sweep (0 to 60 hours in half hours) of its 16-hour option. Sample time, so
 * JMH reports the median (p0.50) as well as the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CalculatorBench {
    private BetterOffCalculator calculator;
    private CaseFile hostel;
    private final BigDecimal from = BigDecimal.ZERO, to = BigDecimal.valueOf(60), step = new BigDecimal("0.5");

    @Setup
    public void setUp() {
        LoadedRates rates = RatesLoader.load(Path.of(System.getProperty("betteroff.rates.dir", "rates")));
        calculator = new BetterOffCalculator(rates.book(), rates::ctr);
        hostel = CaseReader.read(Path.of("src/test/resources/cases/hostel-25plus-before-oct-2026.yaml"));
        if (hostel.scenarios().size() != 3) throw new IllegalStateException("the hostel case should have three in-work options");
    }

    @Benchmark
    public Comparison comparison() {
        return calculator.compare(hostel.circumstances(), hostel.scenarios());
    }

    @Benchmark
    public HoursSweep.Sweep sweep121Points() {
        HoursSweep.Sweep s = HoursSweep.run(calculator, hostel.circumstances(), hostel.scenarios().get(1), 0, from, to, step);
        if (s.points().size() != 121) throw new IllegalStateException("expected 121 points");
        return s;
    }
}
