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

/**
 * One test per kind of bad Council Tax Reduction scheme file: each is refused naming the file, the YAML
 * path and the line of the fault (docs/design.md "Rates as data": the CTR files are as strict as the rates).
 */
class CtrSchemeFilesTest {
    private static final String FILE = "ctr/westminster.yaml";
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
    }

    private static Map<String, String> with(String from, String to) {
        Map<String, String> texts = new TreeMap<>(good);
        String text = texts.get(FILE);
        assertTrue(text.contains(from), FILE + " should contain " + from);
        texts.put(FILE, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return texts;
    }

    private static int lineOf(String needle) {
        String[] lines = good.get(FILE).split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle + " not in " + FILE);
    }

    /** The file is refused with an error in the Westminster file at {@code line} that says {@code words}. */
    private static YamlError refused(Map<String, String> texts, int line, String words) {
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        return ex.errors().stream().filter(e -> e.file().equals("rates/" + FILE) && e.line() == line && e.message().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("expected an error at rates/" + FILE + ":" + line + " saying \"" + words + "\", got:\n" + ex.getMessage()));
    }

    @Test
    void everyRealSchemeLoads() {
        LoadedRates r = RatesLoader.fromTexts(good, "rates");
        assertEquals(java.util.Set.of("brent", "brighton-and-hove", "bristol", "coventry", "greenwich", "hackney", "kingston-upon-hull", "manchester", "newham", "north-lincolnshire", "oxford", "scotland", "wales", "westminster",
                        "england-default-scheme"), // the figures of an estimate for an English council with no file, not a council's
                r.ctrSchemes().keySet());
    }

    @Test
    void aFlagFigureMustBeTrueOrFalse() {
        String scot = "ctr/scotland.yaml";
        String from = "- {from: 2025-04-01, value: true}";
        String text = good.get(scot);
        assertTrue(text.contains(from), scot + " should contain " + from);
        int line = java.util.Arrays.asList(text.split("\n", -1)).indexOf("      " + from) + 1;
        Map<String, String> texts = new TreeMap<>(good);
        texts.put(scot, text.replace(from, "- {from: 2025-04-01, value: yes please}"));
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        assertTrue(ex.errors().stream().anyMatch(e -> e.file().equals("rates/" + scot) && e.line() == line && e.message().contains("expected true or false")),
                ex.getMessage());
    }

    @Test
    void unknownTopLevelKey() {
        YamlError e = refused(with("design: means_tested\n", "design: means_tested\ncolour: blue\n"), lineOf("design: means_tested") + 1, "unknown key \"colour\"");
        assertEquals("colour", e.path());
    }

    @Test
    void aBlankUnconfirmedIsRefused() {
        // unconfirmed: is what the user is shown beside the reduction; empty words would tell them nothing
        refused(with("design: means_tested\n", "design: means_tested\nunconfirmed: \"  \"\n"), lineOf("design: means_tested") + 1,
                "unconfirmed needs the words the user is shown");
    }

    @Test
    void unknownDesign() {
        refused(with("design: means_tested", "design: sliding_scale"), lineOf("design: means_tested"), "design must be one of");
    }

    @Test
    void figureTheDesignDoesNotUse() {
        refused(with("  taper:\n", "  tapper:\n"), lineOf("  taper:"), "unknown figure \"tapper\"");
    }

    @Test
    void duplicateKey() {
        int line = lineOf("refs: [westminster-cts-2026, ctr-default-scheme-para-17]") - 1;
        refused(with("    unit: rate\n    refs: [westminster-cts-2026, ctr-default-scheme-para-17]",
                "    unit: rate\n    unit: rate\n    refs: [westminster-cts-2026, ctr-default-scheme-para-17]"), line + 1, "duplicate key \"unit\"");
    }

    @Test
    void missingValue() {
        YamlError e = refused(with("- {from: 2026-04-01, value: 0.20}", "- {from: 2026-04-01}"), lineOf("- {from: 2026-04-01, value: 0.20}"), "missing \"value\"");
        assertTrue(e.path().startsWith("figures.taper.values"), e.toString());
    }

    @Test
    void wrongUnit() {
        int line = lineOf("refs: [westminster-cts-2026, ctr-default-scheme-para-17]") - 1;
        refused(with("    unit: rate\n    refs: [westminster-cts-2026, ctr-default-scheme-para-17]",
                "    unit: gbp\n    refs: [westminster-cts-2026, ctr-default-scheme-para-17]"), line, "wrong unit: taper is rate, got gbp");
    }

    @Test
    void wrongPeriod() {
        int line = lineOf("The scheme has no minimum award") - 2;
        refused(with("    per: week\n    refs: [westminster-cts-2026]\n    note: \"The scheme has no minimum award\"",
                "    per: month\n    refs: [westminster-cts-2026]\n    note: \"The scheme has no minimum award\""), line, "wrong period: minimum_award is per week, got month");
    }

    @Test
    void rateOutOfRange() {
        refused(with("- {from: 2026-04-01, value: 0.20}", "- {from: 2026-04-01, value: 20}"), lineOf("- {from: 2026-04-01, value: 0.20}"), "taper must be between 0 and 1");
    }

    @Test
    void danglingReference() {
        YamlError e = refused(with("refs: [policyengine-westminster-ctr]", "refs: [no-such-source]"), lineOf("refs: [policyengine-westminster-ctr]"),
                "reference \"no-such-source\" is not defined");
        assertTrue(e.path().startsWith("figures.capital_limit.refs"), e.toString());
    }

    @Test
    void datesMustIncrease() {
        refused(with("- {from: 2026-04-01, value: 0.20}", "- {from: 2026-04-01, value: 0.20}\n      - {from: 2025-04-01, value: 0.25}"),
                lineOf("- {from: 2026-04-01, value: 0.20}") + 1, "dates must increase");
    }

    @Test
    void bandsMustRise() {
        refused(with("- {from: 485.00, deduction: 13.30}", "- {from: 200.00, deduction: 13.30}"), lineOf("- {from: 485.00, deduction: 13.30}"), "bands must rise");
    }

    @Test
    void councilMustMatchTheFileName() {
        refused(with("council: westminster", "council: westmister"), lineOf("council: westminster"), "council must match the file name (westminster)");
    }

    @Test
    void localReferenceDefinedButNeverUsed() {
        refused(with("references:\n", "references:\n  spare:\n    title: \"Unused\"\n    url: https://example.org/x\n"), lineOf("references:") + 1,
                "reference \"spare\" is defined but never used");
    }

    @Test
    void missingFigureForTheDesign() {
        String text = good.get(FILE);
        int start = text.indexOf("  minimum_award:\n"), end = text.indexOf("  non_dependant_deductions:\n");
        Map<String, String> texts = new TreeMap<>(good);
        texts.put(FILE, text.substring(0, start) + text.substring(end));
        // reported at the figures block (its first line)
        refused(texts, lineOf("figures:") + 1, "missing figure minimum_award");
    }

    @Test
    void badYamlNamesTheLine() {
        refused(with("name: \"Westminster", "name: \"Westminster\" extra \""), lineOf("name: \"Westminster"), "");
    }

    @Test
    void ucEarningsBandsArePerMonthOrPerWeekOnly() {
        Map<String, String> texts = new TreeMap<>(good);
        String file = "ctr/brighton-and-hove.yaml", text = texts.get(file);
        String from = "  bands:\n    unit: bands\n    per: week\n";
        assertTrue(text.contains(from), file + " should contain " + from);
        int line = 1 + (int) text.substring(0, text.indexOf(from) + "  bands:\n    unit: bands\n".length()).chars().filter(c -> c == '\n').count();
        texts.put(file, text.replace(from, "  bands:\n    unit: bands\n    per: fortnight\n"));
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        assertTrue(ex.errors().stream().anyMatch(e -> e.file().equals("rates/" + file) && e.line() == line && e.message().contains("wrong period")),
                ex.getMessage());
    }

    @Test
    void aUcEarningsBandedSchemeCannotClaimToKnowTheRulesOffUc() {
        Map<String, String> texts = new TreeMap<>(good);
        String file = "ctr/brighton-and-hove.yaml", text = texts.get(file);
        int line = 1 + (int) text.substring(0, text.indexOf("not_on_uc:")).chars().filter(c -> c == '\n').count();
        String changed = text.replaceFirst("not_on_uc:\n  unsupported: [^\n]*\n", "not_on_uc: hb_means_test\n");
        assertTrue(!changed.equals(text));
        texts.put(file, changed);
        YamlException ex = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        assertTrue(ex.errors().stream().anyMatch(e -> e.file().equals("rates/" + file) && e.line() == line && e.message().contains("bands UC earnings only")),
                ex.getMessage());
    }
}
