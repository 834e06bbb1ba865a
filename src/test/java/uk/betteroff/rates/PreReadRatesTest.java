package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.rates.RateKeys;
import uk.betteroff.yaml.YamlReader;
import uk.betteroff.yaml.YamlTrees;

/**
 * The build reads the built-in rates once (pom.xml, {@link PreReadRates}); the app then takes those trees instead of
 * parsing the same YAML again. They must be the trees of the files the app ships, and give the very same rates.
 */
class PreReadRatesTest {
    /** The project's rates/ folder: the one the build pre-reads and the installer ships as the built-in rates. */
    private static final Path SHIPPED = Path.of("rates");

    @Test
    void everyShippedFileHasItsTreeAndItIsTheOneItsYamlGives() {
        YamlTrees built = PreReadRates.builtIn();
        Map<String, String> texts = RatesLoader.texts(SHIPPED);
        assertEquals(texts.size(), built.size(), "one tree per rates file");
        for (var e : texts.entrySet())
            assertEquals(YamlReader.read(e.getKey(), e.getValue()), built.tree(RatesLoader.sha256Hex(e.getValue())).orElseThrow(() ->
                    new AssertionError(e.getKey() + " has no pre-read tree: was it changed without a build?")), e.getKey());
    }

    @Test
    void theRatesAreTheSameWithTheTreesAndWithout() {
        Map<String, String> texts = RatesLoader.texts(SHIPPED);
        LoadedRates fast = RatesLoader.fromTexts(texts, "rates", PreReadRates.builtIn());
        LoadedRates parsed = RatesLoader.fromTexts(texts, "rates", YamlTrees.NONE);
        assertEquals(parsed.book().fingerprint(), fast.book().fingerprint());
        assertEquals(parsed.book().files(), fast.book().files());
        assertEquals(parsed.book().lastDay(), fast.book().lastDay());
        assertEquals(parsed.book().references(), fast.book().references());
        for (var key : RateKeys.all()) assertEquals(parsed.book().timeline(key), fast.book().timeline(key), key.id());
        assertEquals(parsed.ctrSchemes().keySet(), fast.ctrSchemes().keySet());
    }

    @Test
    void anEditedFileIsReadFromItsYaml() {
        Map<String, String> texts = new TreeMap<>(RatesLoader.texts(SHIPPED));
        String year = texts.get("2026-27.yaml");
        // the published UC taper is 55% (UC Regs 2013 reg 22(3)); an edited copy says 60%
        String edited = year.replaceFirst("(?s)(uc\\.taper:.*?value: )0\\.55", "$10.60");
        assertNotEquals(year, edited, "the edit applies");
        texts.put("2026-27.yaml", edited);
        LoadedRates r = RatesLoader.fromTexts(texts, "rates");
        assertEquals(0, new java.math.BigDecimal("0.60").compareTo(r.book().at(java.time.LocalDate.of(2026, 12, 1)).rate(RateKeys.UC_TAPER).fraction()));
    }

    /** A text whose SHA-256 has a tree takes that tree, not its YAML: here a tree read from an edited copy stands in. */
    @Test
    void aKnownTextTakesItsTreeInsteadOfItsYaml() {
        Map<String, String> texts = RatesLoader.texts(SHIPPED);
        String year = texts.get("2026-27.yaml");
        String edited = year.replaceFirst("(?s)(uc\\.taper:.*?value: )0\\.55", "$10.60");
        YamlTrees standIn = YamlTrees.of(Map.of(RatesLoader.sha256Hex(year), YamlReader.read("2026-27.yaml", edited)));
        LoadedRates r = RatesLoader.fromTexts(texts, "rates", standIn);
        // the shipped text says 55% (UC Regs 2013 reg 22(3)); the tree given for that very text says 60%
        assertEquals(0, new java.math.BigDecimal("0.60").compareTo(r.book().at(java.time.LocalDate.of(2026, 12, 1)).rate(RateKeys.UC_TAPER).fraction()));
    }
}
