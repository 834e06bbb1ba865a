package uk.betteroff.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.sweep.ChangePoints;
import uk.betteroff.kernel.sweep.HoursSweep;
import uk.betteroff.testing.TestRates;

/**
 * The trace is for people only: no calculation reads it. A calculator without explanations gives columns whose
 * traces cannot be read at all (asking throws), so if any figure, the change points, the cliffs or the marginal
 * rates were found by looking up a trace node or a rate id in a trace — as change points once did with
 * "hb.maximum", "hb.earnings_disregard" and the "hb.childcare.max_" prefix — they would fail here; and they must
 * come out the same as with explanations. Run on every acceptance case (their sources are in the case files).
 */
class ExplanationsTest {
    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/cases"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyFigureIsTheSameWithoutExplanations(Path file) {
        CaseFile c = CaseReader.read(file);
        BetterOffCalculator explaining = TestRates.calculator(), quiet = explaining.withoutExplanations();
        assertFalse(quiet.explains());
        Comparison a = explaining.compare(c.circumstances(), c.scenarios()), b = quiet.compare(c.circumstances(), c.scenarios());
        assertEquals(a.columns().size(), b.columns().size());
        for (int i = 0; i < a.columns().size(); i++) {
            ScenarioResult x = a.columns().get(i), y = b.columns().get(i);
            assertEquals(List.copyOf(x.figures().values()), List.copyOf(y.figures().values()), x.name());
            assertEquals(x.assumptions(), y.assumptions(), x.name());
            assertThrows(IllegalStateException.class, y::trace, "a column without explanations has no trace to give");
            for (Figure f : y.figures().values()) assertThrows(IllegalStateException.class, f::trace, f.id());
            // and the explaining column's trace is there for people, one node per figure
            assertEquals(x.figures().size(), x.trace().children().size());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void changePointsCliffsAndMarginalRatesAreTheSameWithoutExplanations(Path file) {
        CaseFile c = CaseReader.read(file);
        BetterOffCalculator explaining = TestRates.calculator(), quiet = explaining.withoutExplanations();
        for (int s = 0; s < c.scenarios().size(); s++) {
            if (c.scenarios().get(s).jobs().isEmpty()) continue;
            ChangePoints.Result a = changePoints(explaining, c, s), b = changePoints(quiet, c, s);
            assertEquals(a.segments(), b.segments(), file + " scenario " + s);
            assertEquals(a.points().size(), b.points().size(), file + " scenario " + s);
            for (int i = 0; i < a.points().size(); i++) {
                ChangePoints.ChangePoint p = a.points().get(i), q = b.points().get(i);
                assertEquals(p.words(), q.words());
                assertEquals(p.figureMonth(), q.figureMonth());
                assertEquals(p.fellFigures(), q.fellFigures());
            }
        }
    }

    /** The app's chart: 0 to 48 hours in half hours for the scenario's first job. */
    private static ChangePoints.Result changePoints(BetterOffCalculator calc, CaseFile c, int scenario) {
        HoursSweep.Sweep sweep = HoursSweep.run(calc, c.circumstances(), c.scenarios().get(scenario), 0, BigDecimal.ZERO, BigDecimal.valueOf(48),
                new BigDecimal("0.5"));
        return ChangePoints.find(calc, c.circumstances(), sweep);
    }
}
