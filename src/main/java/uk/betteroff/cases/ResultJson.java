package uk.betteroff.cases;

import java.math.RoundingMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.core.StreamWriteFeature;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.ScenarioResult;

/** The {@code calc --json} line for a case (DESIGN.md "Command line"). */
public final class ResultJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private ResultJson() {}

    public static String line(String name, Comparison c) {
        ObjectNode o = N.objectNode();
        o.put("name", name);
        o.put("date", c.date().toString());
        o.put("tax_year", c.taxYear());
        o.put("rates_sha256", c.ratesFingerprint());
        var scenarios = o.putArray("scenarios");
        for (ScenarioResult s : c.columns()) {
            ObjectNode so = scenarios.addObject();
            so.put("name", s.name());
            ObjectNode figs = so.putObject("figures");
            for (Figure f : s.figures().values()) {
                ObjectNode fo = figs.putObject(f.id());
                fo.put("week", pennies(f.week()));
                fo.put("month", pennies(f.month()));
            }
            var as = so.putArray("assumptions");
            s.assumptions().forEach(a -> as.add(a.text()));
        }
        return write(o);
    }

    public static String error(String name, String message) {
        ObjectNode o = N.objectNode();
        o.put("name", name);
        o.put("error", message);
        return write(o);
    }

    public static JsonNode parse(String json) { return MAPPER.readTree(json); }

    private static java.math.BigDecimal pennies(Money m) { return m.amount().setScale(2, RoundingMode.HALF_UP); }

    private static String write(JsonNode n) { return MAPPER.writeValueAsString(n); }
}
