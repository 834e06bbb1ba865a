package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/** One test per kind of bad input: each error must name the file and the line (docs/design.md "Rates as data"). */
class RatesLoaderErrorsTest {
    private static Map<String, String> good;

    @BeforeAll
    static void readRealRates() throws IOException {
        good = new TreeMap<>();
        Path dir = TestRates.folder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList())
                good.put(p.getFileName().toString(), Files.readString(p));
        }
        Path ctr = dir.resolve("ctr");
        if (Files.isDirectory(ctr))
            try (Stream<Path> s = Files.list(ctr)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList())
                    good.put("ctr/" + p.getFileName(), Files.readString(p));
            }
    }

    private static YamlError onlyError(Map<String, String> texts) {
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        assertEquals(1, e.errors().size(), () -> "expected one error, got:\n" + e.getMessage());
        return e.errors().get(0);
    }

    /** The 2026-27 file with {@code from} replaced once by {@code to}; returns the 1-based line of the change. */
    private static Map<String, String> with(String file, String from, String to) {
        Map<String, String> texts = new TreeMap<>(good);
        String text = texts.get(file);
        assertTrue(text.contains(from), file + " should contain " + from);
        texts.put(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return texts;
    }

    private static int lineOf(String file, String needle) {
        String[] lines = good.get(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in " + file);
    }

    /** Where the next rate starts in a text that begins with one rate: the next line indented by exactly two spaces. */
    private static int nextRate(String block) {
        var m = java.util.regex.Pattern.compile("\n  [a-z]").matcher(block);
        if (!m.find(3)) throw new AssertionError("no rate after the first in the block");
        return m.start();
    }

    @Test
    void theRealRatesLoad() {
        assertTrue(RatesLoader.fromTexts(good, "rates").book().files().size() >= 4);
    }

    @Test
    void unknownRateIdIsRefusedWithItsLine() {
        int line = lineOf("2026-27.yaml", "uc.taper:");
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(with("2026-27.yaml", "uc.taper:", "uc.tapper:"), "rates"));
        // the misspelt id is refused where it stands, and the real id is then reported missing
        assertEquals(2, ex.errors().size(), ex.getMessage());
        assertTrue(ex.errors().get(1).message().contains("missing rate uc.taper"), ex.getMessage());
        YamlError e = ex.errors().get(0);
        assertEquals("rates/2026-27.yaml", e.file());
        assertEquals(line, e.line());
        assertTrue(e.message().contains("unknown rate id \"uc.tapper\""), e.toString());
    }

    @Test
    void unknownFieldIsRefusedWithItsLine() {
        int line = lineOf("2026-27.yaml", "uc.taper:");
        YamlException ex = assertThrows(YamlException.class,
                () -> RatesLoader.fromTexts(with("2026-27.yaml", "uc.taper:\n", "uc.taper:\n    colour: blue\n"), "rates"));
        YamlError e = ex.errors().get(0);
        assertEquals("rates/2026-27.yaml", e.file());
        assertEquals(line + 1, e.line());
        assertTrue(e.message().contains("unknown key \"colour\""), e.toString());
    }

    @Test
    void duplicateKeyIsRefusedWithBothLines() {
        String text = good.get("2026-27.yaml");
        int line = lineOf("2026-27.yaml", "uc.taper:");
        String block = text.substring(text.indexOf("  uc.taper:"));
        block = block.substring(0, nextRate(block) + 1);
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2026-27.yaml", text + "" );
        texts.put("2026-27.yaml", text.replace(block, block + block));
        YamlError e = onlyError(texts);
        assertTrue(e.message().startsWith("duplicate key \"uc.taper\" (first on line " + line + ")"), e.toString());
        assertEquals("rates/2026-27.yaml", e.file());
    }

    @Test
    void wrongUnitIsRefused() {
        int line = lineOf("2026-27.yaml", "uc.taper:");
        String text = good.get("2026-27.yaml");
        int at = text.indexOf("unit: rate", text.indexOf("uc.taper:"));
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2026-27.yaml", text.substring(0, at) + "unit: gbp" + text.substring(at + "unit: rate".length()));
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        YamlError e = ex.errors().stream().filter(x -> x.message().startsWith("wrong unit")).findFirst().orElseThrow(() -> new AssertionError(ex.getMessage()));
        assertEquals("rates/2026-27.yaml", e.file());
        assertTrue(e.line() > line && e.line() < line + 8, e.toString());
        assertTrue(e.message().contains("uc.taper is rate, got gbp"), e.toString());
    }

    @Test
    void missingValueIsRefused() {
        String text = good.get("2026-27.yaml");
        int start = text.indexOf("  uc.taper:");
        int valueAt = text.indexOf("value:", start);
        int eol = text.indexOf('\n', valueAt);
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2026-27.yaml", text.substring(0, text.lastIndexOf('\n', valueAt)) + text.substring(eol));
        YamlError e = onlyError(texts);
        assertEquals(lineOf("2026-27.yaml", "uc.taper:"), e.line());
        assertTrue(e.message().contains("exactly one of \"value\" or \"values\""), e.toString());
    }

    @Test
    void danglingReferenceIsRefused() {
        String text = good.get("2026-27.yaml");
        int start = text.indexOf("  uc.taper:");
        int refsAt = text.indexOf("refs:", start);
        int eol = text.indexOf('\n', refsAt);
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2026-27.yaml", text.substring(0, refsAt) + "refs: [no-such-reference]" + text.substring(eol));
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        YamlError e = ex.errors().stream().filter(x -> x.message().contains("no-such-reference")).findFirst().orElseThrow();
        assertEquals("rates/2026-27.yaml", e.file());
        assertEquals(text.substring(0, refsAt).split("\n", -1).length, e.line());
    }

    @Test
    void missingRateIsRefusedNamingIt() {
        String text = good.get("2026-27.yaml");
        String block = text.substring(text.indexOf("  uc.taper:"));
        block = block.substring(0, nextRate(block) + 1);
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2026-27.yaml", text.replace(block, ""));
        YamlError e = onlyError(texts);
        assertEquals("rates/2026-27.yaml", e.file());
        assertTrue(e.message().contains("missing rate uc.taper"), e.toString());
    }

    @Test
    void rateOutsideZeroToOneIsRefused() {
        String text = good.get("2026-27.yaml");
        int start = text.indexOf("  uc.taper:");
        int valueAt = text.indexOf("value:", start);
        int eol = text.indexOf('\n', valueAt);
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2026-27.yaml", text.substring(0, valueAt) + "value: 55" + text.substring(eol));
        YamlError e = onlyError(texts);
        assertTrue(e.message().contains("must be between 0 and 1, got 55"), e.toString());
        assertEquals(text.substring(0, valueAt).split("\n", -1).length, e.line());
    }

    @Test
    void brokenYamlSyntaxIsRefusedWithItsLine() {
        Map<String, String> texts = new TreeMap<>(good);
        texts.put("2025-26.yaml", "format: betteroff-rates/1\ntax_year: 2025-26\nrates:\n  uc.taper: [unclosed\n");
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        YamlError e = ex.errors().get(0);
        assertEquals("rates/2025-26.yaml", e.file());
        assertTrue(e.line() >= 4, e.toString());
        assertTrue(e.message().startsWith("not valid YAML"), e.toString());
    }

    @Test
    void wrongTaxYearInFileIsRefused() {
        YamlError e = onlyError(with("2026-27.yaml", "tax_year: 2026-27", "tax_year: 2025-26"));
        assertEquals(lineOf("2026-27.yaml", "tax_year:"), e.line());
        assertTrue(e.message().contains("must match the file name"), e.toString());
    }
}
