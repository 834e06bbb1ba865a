package uk.betteroff.kernel.result;

import java.time.LocalDate;
import java.util.List;

/** The out-of-work baseline and each in-work option, calculated on one date with one set of rates. */
public record Comparison(LocalDate date, String taxYear, String ratesFingerprint, ScenarioResult baseline,
                         List<ScenarioResult> scenarios) {
    public Comparison {
        scenarios = List.copyOf(scenarios);
    }

    /** Baseline first, then the in-work options. */
    public List<ScenarioResult> columns() {
        var all = new java.util.ArrayList<ScenarioResult>();
        all.add(baseline);
        all.addAll(scenarios);
        return all;
    }
}
