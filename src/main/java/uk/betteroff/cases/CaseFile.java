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
 * A case file ({@code format: betteroff-case/1}, docs/design.md): the household and its in-work options, and
 * for acceptance cases the expected figures with the tolerance and source. A draft saved by the app also holds
 * the text typed into fields that is not valid yet ({@code draft:}, field path → text): the case then carries a
 * placeholder for each such field, so it is not to be calculated until they are corrected.
 */
public record CaseFile(String name, Circumstances circumstances, List<Scenario> scenarios,
                       Map<String, List<Expectation>> expect, Money tolerance, Optional<String> toleranceReason,
                       Optional<String> source, String council, Map<String, String> draft) {
    public CaseFile {
        scenarios = List.copyOf(scenarios);
        expect = Map.copyOf(expect);
        draft = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(draft));
    }

    /** A complete case (no draft fields). */
    public CaseFile(String name, Circumstances circumstances, List<Scenario> scenarios, Map<String, List<Expectation>> expect,
                    Money tolerance, Optional<String> toleranceReason, Optional<String> source, String council) {
        this(name, circumstances, scenarios, expect, tolerance, toleranceReason, source, council, Map.of());
    }

    /** A case as entered (in the app): no expected figures, no tolerance, no source note. */
    public static CaseFile of(String name, Circumstances circumstances, List<Scenario> scenarios) {
        return new CaseFile(name, circumstances, scenarios, Map.of(), Money.ZERO, Optional.empty(), Optional.empty(), circumstances.council());
    }

    /** The same case without its expected figures and tolerance: what {@link CaseWriter} saves. */
    public CaseFile withoutExpectations() {
        return new CaseFile(name, circumstances, scenarios, Map.of(), Money.ZERO, Optional.empty(), source, council, draft);
    }

    /** The same case as a draft: {@code fields} (path → text as typed) are not valid yet. */
    public CaseFile withDraft(Map<String, String> fields) {
        return new CaseFile(name, circumstances, scenarios, expect, tolerance, toleranceReason, source, council, fields);
    }

    /** True when fields were saved as typed but not valid yet: the figures in the file stand in for them. */
    public boolean isDraft() { return !draft.isEmpty(); }

    /**
     * Why a draft can't be calculated, naming its fields ("household.adults[0].age (typed "3o")"), for the command line;
     * empty for a complete case.
     */
    public Optional<String> draftRefusal() {
        if (draft.isEmpty()) return Optional.empty();
        StringBuilder fields = new StringBuilder();
        draft.forEach((path, text) -> fields.append(fields.isEmpty() ? "" : ", ").append(path).append(" (typed \"").append(text).append("\")"));
        return Optional.of("this case is a draft saved by Better Off with fields not yet valid: " + fields
                + ". Open it in Better Off, correct them and save it; it is not calculated until then.");
    }

    /** One expected figure: column name ("baseline" or a scenario name), figure id, period, amount, and its line. */
    public record Expectation(String column, String figure, Period period, BigDecimal amount, int line) {}
}
