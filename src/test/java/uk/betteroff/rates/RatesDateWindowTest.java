package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/**
 * Issue 20 item 1: a rates file holds only values dated within its year ({@link DateWindow}; rates/README.md). Both
 * directions for a tax-year file and for a Council Tax Reduction scheme file, and the edges that must still load.
 */
class RatesDateWindowTest {
    private static Map<String, String> good;

    @BeforeAll
    static void readRealRates() throws IOException {
        good = new TreeMap<>();
        Path dir = TestRates.folder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList())
                good.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
    }

    private static Map<String, String> with(String file, String from, String to) {
        Map<String, String> texts = new TreeMap<>(good);
        assertTrue(texts.get(file).contains(from), file + " holds " + from);
        texts.put(file, texts.get(file).replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return texts;
    }

    private static YamlError onlyError(Map<String, String> texts) {
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates"));
        assertEquals(1, e.errors().size(), e::getMessage);
        return e.errors().getFirst();
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    /** The fuzz run's case: a 2025-26 value dated 2026-05-01 made the UC standard allowance £1 a month in July 2026. */
    @Test
    void aTaxYearFileRefusesAValueDatedAfterItsYear() {
        String added = "      - {from: 2025-04-07, value: 400.14}\n      - {from: 2026-05-01, value: 1}";
        Map<String, String> texts = with("2025-26.yaml", "      - {from: 2025-04-07, value: 400.14}", added);
        YamlError e = onlyError(texts);
        assertEquals("rates/2025-26.yaml", e.file());
        assertEquals(lineOf(texts.get("2025-26.yaml"), "2026-05-01"), e.line());
        assertTrue(e.message().startsWith("dated 2026-05-01, after the dates this file may hold: a 2025-26.yaml value is dated from 2025-04-01"), e.message());
    }

    @Test
    void theLastFileRefusesAValueDatedAfterItsYearToo() {
        Map<String, String> texts = with("2026-27.yaml", "{from: 2026-04-06, value:", "{from: 2027-04-06, value:");
        YamlError e = onlyError(texts);
        assertEquals("rates/2026-27.yaml", e.file());
        assertEquals(lineOf(texts.get("2026-27.yaml"), "2027-04-06"), e.line());
        assertTrue(e.message().contains("after the dates this file may hold"), e.message());
    }

    @Test
    void aTaxYearFileRefusesAValueDatedBeforeItsYear() {
        Map<String, String> texts = with("2026-27.yaml", "{from: 2026-04-06, value:", "{from: 2026-03-31, value:");
        YamlError e = onlyError(texts);
        assertEquals(lineOf(texts.get("2026-27.yaml"), "2026-03-31"), e.line());
        assertTrue(e.message().startsWith("dated 2026-03-31, before the dates this file may hold"), e.message());
    }

    /**
     * Both edges load: 1 April (the built-in 2026-27.yaml dates the National Living Wage from 2026-04-01, the National
     * Minimum Wage (Amendment) Regulations 2026) and 31 March (added here to 2025-26.yaml, the window's last day).
     */
    @Test
    void theEdgesOfTheWindowLoad() {
        assertTrue(good.get("2026-27.yaml").contains("{from: 2026-04-01, value: 12.71}"));
        Map<String, String> texts = with("2025-26.yaml", "      - {from: 2025-04-07, value: 400.14}",
                "      - {from: 2025-04-07, value: 400.14}\n      - {from: 2026-03-31, value: 400.14}");
        assertEquals(LocalDate.of(2027, 4, 5), RatesLoader.fromTexts(texts, "rates").book().lastDay().orElseThrow());
    }

    @Test
    void aSchemeFileRefusesAValueAfterTheFoldersYears() {
        Map<String, String> texts = with("ctr/oxford.yaml", "from: 2026-04-01", "from: 2027-04-01");
        YamlError e = onlyError(texts);
        assertEquals("rates/ctr/oxford.yaml", e.file());
        assertEquals(lineOf(texts.get("ctr/oxford.yaml"), "2027-04-01"), e.line());
        assertTrue(e.message().contains("after the dates this file may hold: a scheme value is dated within the financial years of this folder's tax-year files,"
                + " 2024-04-01 to 2027-03-31"), e.message());
    }

    @Test
    void aSchemeFileRefusesAValueBeforeTheFoldersYears() {
        String first = good.get("ctr/oxford.yaml").lines().filter(l -> l.contains("from: 20")).findFirst().orElseThrow();
        String date = first.replaceAll(".*from: (\\d{4}-\\d{2}-\\d{2}).*", "$1");
        Map<String, String> texts = with("ctr/oxford.yaml", "from: " + date, "from: 2024-03-31");
        YamlError e = onlyError(texts);
        assertTrue(e.message().startsWith("dated 2024-03-31, before the dates this file may hold"), e.message());
    }

    @Test
    void theLhaTableRefusesARateAfterTheFoldersYears() {
        Map<String, String> texts = with("lha.yaml", "from: 2024-04-01", "from: 2027-04-01");
        YamlError e = onlyError(texts);
        assertEquals("rates/lha.yaml", e.file());
        assertEquals(lineOf(texts.get("lha.yaml"), "2027-04-01"), e.line());
        assertTrue(e.message().startsWith("dated 2027-04-01, after the dates this file may hold: an LHA rate is dated within"), e.message());
    }
}
