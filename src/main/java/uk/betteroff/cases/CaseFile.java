package uk.betteroff.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;

/**
 * A case file ({@code format: betteroff-case/1}, DESIGN.md): the household and its in-work options, and
 * for acceptance cases the expected figures with the tolerance and source.
 */
public record CaseFile(String name, Circumstances circumstances, List<Scenario> scenarios,
                       Map<String, List<Expectation>> expect, Money tolerance, Optional<String> toleranceReason,
                       Optional<String> source, String council) {
    public CaseFile {
        scenarios = List.copyOf(scenarios);
        expect = Map.copyOf(expect);
    }

    /** A case as entered (in the app): no expected figures, no tolerance, no source note. */
    public static CaseFile of(String name, Circumstances circumstances, List<Scenario> scenarios) {
        return new CaseFile(name, circumstances, scenarios, Map.of(), Money.ZERO, Optional.empty(), Optional.empty(), circumstances.council());
    }

    /** The same case without its expected figures and tolerance: what {@link CaseWriter} saves. */
    public CaseFile withoutExpectations() {
        return new CaseFile(name, circumstances, scenarios, Map.of(), Money.ZERO, Optional.empty(), source, council);
    }

    /** One expected figure: column name ("baseline" or a scenario name), figure id, period, amount, and its line. */
    public record Expectation(String column, String figure, Period period, BigDecimal amount, int line) {}
}
