package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/** {@code lha.yaml} is as strict as the other rates files: each kind of bad input refused with file, YAML path and line. */
class LhaReaderErrorsTest {
    private static final String FILE = "lha.yaml";
    private static Map<String, String> good;

    @BeforeAll
    static void readRealRates() throws IOException {
        good = new TreeMap<>();
        Path dir = TestRates.folder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) good.put(p.getFileName().toString(), Files.readString(p));
        }
        try (Stream<Path> s = Files.list(dir.resolve("ctr"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) good.put("ctr/" + p.getFileName(), Files.readString(p));
        }
        assertTrue(good.containsKey(FILE));
    }

    private static Map<String, String> with(String from, String to) {
        String text = good.get(FILE);
        assertTrue(text.contains(from), FILE + " should contain " + from);
        Map<String, String> texts = new TreeMap<>(good);
        texts.put(FILE, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return texts;
    }

    private static int lineOf(String needle) {
        String[] lines = good.get(FILE).split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in " + FILE);
    }

    private static YamlError onlyError(Map<String, String> texts) {
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates", uk.betteroff.yaml.YamlTrees.NONE));
        assertEquals(1, e.errors().size(), () -> "expected one error, got:\n" + e.getMessage());
        assertEquals("rates/" + FILE, e.errors().get(0).file(), e.getMessage());
        return e.errors().get(0);
    }

    @Test
    void theShippedFileLoads() {
        assertEquals(192, RatesLoader.fromTexts(good, "rates").book().lha().areas().size());
    }

    @Test
    void aFolderWithoutTheFileStillLoadsWithNoLhaTable() {
        // older rates folders (council IT's packs) have no lha.yaml: they keep working, and a BRMA then asks for a typed rate
        Map<String, String> texts = new TreeMap<>(good);
        texts.remove(FILE);
        assertTrue(RatesLoader.fromTexts(texts, "rates").book().lha().isEmpty());
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        int line = lineOf("  lothian:") + 2;   // name, nation: the unknown key is put after nation
        YamlError e = onlyError(with("    nation: scotland\n    refs: [gov-scot-lha-2024, eastlothian-lha-2024]",
                "    nation: scotland\n    colour: blue\n    refs: [gov-scot-lha-2024, eastlothian-lha-2024]"));
        assertEquals(line + 1, e.line(), e.toString());
        assertTrue(e.message().contains("unknown key \"colour\""), e.toString());
        assertEquals("areas.lothian.colour", e.path());
    }

    @Test
    void aDuplicateBrmaIsRefusedWithBothLines() {
        int line = lineOf("  lothian:");
        YamlError e = onlyError(with("  lothian:\n", "  lothian:\n    name: \"Lothian\"\n    nation: scotland\n    refs: [gov-scot-lha-2024]\n"
                + "    weekly:\n      - {from: 2024-04-01, not_found: \"x\"}\n  lothian:\n"));
        assertTrue(e.message().startsWith("duplicate key \"lothian\" (first on line " + line + ")"), e.toString());
    }

    @Test
    void anIdThatIsNotTheNameIsRefused() {
        int line = lineOf("  inner-south-east-london:");
        YamlError e = onlyError(with("  inner-south-east-london:", "  inner-se-london:"));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("must be its name in lower case with hyphens: inner-south-east-london"), e.toString());
    }

    @Test
    void anUnknownNationIsRefused() {
        int line = lineOf("name: \"Lothian\"") + 1;
        YamlError e = onlyError(with("name: \"Lothian\"\n    nation: scotland", "name: \"Lothian\"\n    nation: alba"));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("nation must be england, wales or scotland, got alba"), e.toString());
    }

    @Test
    void aMissingCategoryIsRefused() {
        int line = lineOf("shared: 109.32");
        YamlError e = onlyError(with("shared: 109.32, ", ""));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("missing shared: give all five weekly rates, or not_found"), e.toString());
    }

    @Test
    void figuresAndNotFoundTogetherAreRefused() {
        int line = lineOf("shared: 109.32");
        YamlError e = onlyError(with("shared: 109.32, ", "not_found: \"x\", shared: 109.32, "));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("not both"), e.toString());
    }

    @Test
    void aFigureWithFractionsOfAPennyOrNoneIsRefused() {
        int line = lineOf("shared: 109.32");
        YamlError e = onlyError(with("shared: 109.32", "shared: 109.325"));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("at most 2 decimal places"), e.toString());
        YamlError zero = onlyError(with("shared: 109.32", "shared: 0"));
        assertTrue(zero.message().contains("above £0"), zero.toString());
    }

    @Test
    void datesOutOfOrderAreRefused() {
        String entry = "      - {from: 2024-04-01, shared: 109.32";
        int line = lineOf(entry);
        YamlError e = onlyError(with(entry, "      - {from: 2025-04-01, not_found: \"later\"}\n" + entry));
        assertEquals(line + 1, e.line());
        assertTrue(e.message().contains("dates must increase: 2024-04-01 is not after 2025-04-01"), e.toString());
    }

    @Test
    void anUndefinedReferenceIsRefused() {
        int line = lineOf("refs: [gov-scot-lha-2024, eastlothian-lha-2024]");
        YamlError e = onlyError(with("refs: [gov-scot-lha-2024, eastlothian-lha-2024]", "refs: [gov-scot-lha-2024, eastlothian-lha-2024, no-such-page]"));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("reference \"no-such-page\" is not defined"), e.toString());
    }

    @Test
    void aReferenceNeverCitedIsRefused() {
        int line = lineOf("  eastlothian-lha-2024:");
        YamlError e = onlyError(with("refs: [gov-scot-lha-2024, eastlothian-lha-2024]", "refs: [gov-scot-lha-2024]"));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("reference \"eastlothian-lha-2024\" is defined but never cited"), e.toString());
    }

    @Test
    void anotherFormatIsRefused() {
        YamlError e = onlyError(with("format: betteroff-lha/1", "format: betteroff-lha/2"));
        assertEquals(lineOf("format: betteroff-lha/1"), e.line());
        assertTrue(e.message().contains("format must be betteroff-lha/1"), e.toString());
    }

    @Test
    void monthlyRatesMustBeAllFive() {
        int line = lineOf("monthly: {shared: 393.24");
        YamlError e = onlyError(with("monthly: {shared: 393.24, ", "monthly: {"));
        assertEquals(line, e.line());
        assertTrue(e.message().contains("monthly is missing shared"), e.toString());
    }
}
