package uk.betteroff.report;

import java.util.List;

import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Scenario;

/**
 * The case as entered, for a print-out: its name, the household and home, and the in-work options. (The
 * report package depends on the kernel only, so it takes these rather than a case file; from a
 * {@code CaseFile c}: {@code new PrintedCase(c.name(), c.circumstances(), c.scenarios())}.)
 */
public record PrintedCase(String name, Circumstances circumstances, List<Scenario> scenarios) {
    public PrintedCase {
        if (name == null) name = "";
        if (circumstances == null) throw new IllegalArgumentException("a print-out needs the household (circumstances)");
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }
}
