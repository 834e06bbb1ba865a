package uk.betteroff.cases;

import java.math.RoundingMode;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.core.StreamWriteFeature;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.sweep.WorkIncentives;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.ScenarioResult;

/** The {@code calc --json} line for a case (docs/design.md "Command line"). */
public final class ResultJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private ResultJson() {}

    public static String line(String name, Comparison c) { return line(name, c, java.util.List.of()); }

    /**
     * With, for each in-work option that has one, where UC ends and any cliff
     * ({@code work_incentives}: an addition to the docs/design.md line, which keeps every field it names).
     */
    public static String line(String name, Comparison c, java.util.List<WorkIncentives.Result> incentives) {
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
            labels(so, s);
            int index = c.columns().indexOf(s) - 1;
            if (index >= 0) incentives.stream().filter(w -> w.scenario().equals(s.name())).findFirst()
                    .ifPresent(w -> so.set("work_incentives", incentives(w)));
        }
        return write(o);
    }

    /**
     * Only where there is something to say, so a complete column's line is as before: {@code estimated} and
     * {@code entered} (figure ids), {@code not_worked_out} (figure id → reason; the figure is absent from
     * {@code figures}) and {@code worked_without} (e.g. money_left → ["council_tax_reduction"]: before that figure).
     */
    private static void labels(ObjectNode so, ScenarioResult s) {
        if (!s.estimated().isEmpty()) s.estimated().forEach(so.withArray("estimated")::add);
        if (!s.entered().isEmpty()) s.entered().forEach(so.withArray("entered")::add);
        if (!s.notWorkedOut().isEmpty()) {
            ObjectNode n = so.putObject("not_worked_out");
            s.notWorkedOut().forEach(n::put);
        }
        ObjectNode without = null;
        for (String id : s.figures().keySet())
            if (!s.workedWithout(id).isEmpty()) {
                if (without == null) without = so.putObject("worked_without");
                s.workedWithout(id).forEach(without.withArray(id)::add);
            }
    }

    private static ObjectNode incentives(WorkIncentives.Result w) {
        ObjectNode o = N.objectNode();
        if (w.ucEndsAt().isPresent()) o.put("uc_ends_at_hours", w.ucEndsAt().get()); else o.putNull("uc_ends_at_hours");
        o.put("scanned_to_hours", w.upTo());
        var cliffs = o.putArray("cliffs");
        for (WorkIncentives.Cliff k : w.cliffs()) {
            ObjectNode co = cliffs.addObject();
            co.put("from_hours", k.fromHours());
            co.put("to_hours", k.toHours());
            co.put("loss_week", pennies(k.weeklyLoss()));
            var fell = co.putArray("figures_fell");
            k.fellFigures().forEach(fell::add);
            if (k.asWellOffAgainAt().isPresent()) co.put("as_well_off_again_at_hours", k.asWellOffAgainAt().get());
            else co.putNull("as_well_off_again_at_hours");
        }
        return o;
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
