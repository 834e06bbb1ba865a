package uk.betteroff.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import uk.betteroff.rates.LoadedRates;
import uk.betteroff.rates.PreReadRates;
import uk.betteroff.rates.RatesLoader;
import uk.betteroff.yaml.YamlTrees;

/**
 * Loading the built-in rates (every file checked, the rate book built), as the app does once at start: the first
 * load in a new JVM (single shot, one per fork, nothing warmed up; the app's AOT cache is not used here), from the
 * YAML or with the trees the build pre-read ({@link PreReadRates}). The files are read into memory before timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 15, jvmArgsAppend = {"-Xmx1g", "-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class RatesLoadBench {
    @Param({"yaml", "pre-read"})
    public String source;

    private Map<String, String> texts;

    @Setup
    public void readFiles() throws IOException {
        Path dir = Path.of(System.getProperty("betteroff.rates.dir", "rates"));
        texts = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList())
                texts.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
    }

    @Benchmark
    public LoadedRates firstLoad() {
        YamlTrees trees = source.equals("yaml") ? YamlTrees.NONE : PreReadRates.builtIn();
        return RatesLoader.fromTexts(texts, "rates", trees);
    }
}
