package uk.betteroff.rates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YamlException;
import uk.betteroff.yaml.YamlReader;
import uk.betteroff.yaml.YamlTrees;

/**
 * The built-in rates files already read: the build ({@code pom.xml}, just after compiling) runs {@link #main} on the
 * project's {@code rates/} folder, the same folder the app ships as its built-in rates, and keeps every file's YAML
 * tree, found by the SHA-256 of its text, in {@value #RESOURCE} beside this class. {@link RatesLoader} takes a tree
 * from there only for a text with that very SHA-256, so the rates loaded are the same as from the YAML, only sooner:
 * reading the YAML was most of the rates' share of the app's start. A file edited since, or any other folder's
 * file, is read from its YAML.
 */
public final class PreReadRates {
    static final String RESOURCE = "built-in-rates.trees";

    private PreReadRates() {}

    /**
     * The built-in rates' trees; none when the build did not make them (classes compiled by an IDE alone) or they
     * cannot be read (another layout, damaged): they only spare the parsing, so every file is then read from its YAML.
     * {@code PreReadRatesTest} checks the build's own are there and right.
     */
    public static YamlTrees builtIn() {
        try (InputStream in = PreReadRates.class.getResourceAsStream(RESOURCE)) {
            return in == null ? YamlTrees.NONE : YamlTrees.fromBytes(in.readAllBytes());
        } catch (IOException | IllegalArgumentException e) {
            return YamlTrees.NONE;
        }
    }

    /** The trees of every file in a rates folder that is valid YAML (one that is not is left to fail when it is loaded). */
    static YamlTrees read(Path ratesFolder) {
        Map<String, YNode> trees = new LinkedHashMap<>();
        for (var e : RatesLoader.texts(ratesFolder).entrySet()) {
            try {
                trees.put(RatesLoader.sha256Hex(e.getValue()), YamlReader.read(e.getKey(), e.getValue()));
            } catch (YamlException notYaml) {
                // not kept: loading the folder reports it, with file and line
            }
        }
        return YamlTrees.of(trees);
    }

    /** The build step: {@code PreReadRates RATES_FOLDER OUTPUT_FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PreReadRates RATES_FOLDER OUTPUT_FILE");
            System.exit(2);
        }
        YamlTrees trees = read(Path.of(args[0]));
        Path out = Path.of(args[1]);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.write(out, trees.toBytes());
        System.out.println("pre-read " + trees.size() + " rates files from " + args[0] + " into " + out);
    }
}
