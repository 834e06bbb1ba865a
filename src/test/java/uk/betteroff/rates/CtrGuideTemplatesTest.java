package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.betteroff.testing.TestRates;
import uk.betteroff.yaml.YamlException;
import uk.betteroff.yaml.YamlTrees;

/**
 * rates/ctr/README.md, the guide for council IT, stays true: each design's template passes the check once it names a
 * real council, and a message the guide quotes is the one the check gives.
 */
class CtrGuideTemplatesTest {
    private static final Path GUIDE = TestRates.folder().resolve("ctr/README.md");

    private static Map<String, String> rates() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Path dir = TestRates.folder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) texts.put(p.getFileName().toString(), Files.readString(p));
        }
        try (Stream<Path> s = Files.list(dir.resolve("ctr"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).toList()) texts.put("ctr/" + p.getFileName(), Files.readString(p));
        }
        return texts;
    }

    private static List<String> templates() throws IOException {
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void eachDesignsTemplatePassesTheCheck() throws IOException {
        List<String> templates = templates();
        assertEquals(4, templates.size(), "one template per design: means_tested, income_banded, uc_earnings_banded, excess_income_banded");
        // councils with no scheme file in the project's rates (the other helpers' new files are kept clear of)
        List<String> ids = List.of("leeds", "york", "derby", "sheffield");
        for (int i = 0; i < templates.size(); i++) {
            Map<String, String> texts = rates();
            String id = ids.get(i);
            assertTrue(!texts.containsKey("ctr/" + id + ".yaml"), id + " has a scheme file now: choose another council for the check");
            texts.put("ctr/" + id + ".yaml", templates.get(i).replace("your-council", id));
            assertTrue(RatesLoader.fromTexts(texts, "rates", YamlTrees.NONE).ctr(id).isPresent());
        }
    }

    @Test
    void aQuotedMessageIsTheChecksOwn() throws IOException {
        Map<String, String> texts = rates();
        texts.put("ctr/leeds.yaml", templates().getFirst().replace("your-council", "leeds").replace("value: 0.75}", "value: 75}"));
        YamlException e = assertThrows(YamlException.class, () -> RatesLoader.fromTexts(texts, "rates", YamlTrees.NONE));
        String said = e.errors().getFirst().toString();
        assertTrue(Files.readString(GUIDE).contains("`" + said + "`"), "the guide should quote: " + said);
    }
}
