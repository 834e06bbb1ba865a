package uk.betteroff.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.testing.TestRates;

/**
 * Every acceptance case (src/test/resources/cases, and ../shared/cases when it is beside the project)
 * must reproduce each expected figure within the case's tolerance. The sources of the expected figures
 * are written in each case's {@code source:} field.
 */
class AcceptanceCasesTest {

    static Path projectCases() { return Path.of("src/test/resources/cases"); }

    static Path sharedCases() {
        String p = System.getProperty("betteroff.shared.dir");
        return p == null ? Path.of("../shared/cases") : Path.of(p, "cases");
    }

    @TestFactory
    Stream<DynamicNode> projectCasesPass() throws IOException { return casesIn(projectCases()); }

    /** Council Tax Reduction worked cases, one file per scheme and situation, each with its source. */
    @TestFactory
    Stream<DynamicNode> councilTaxReductionCasesPass() throws IOException { return casesIn(projectCases().resolve("ctr")); }

    @TestFactory
    Stream<DynamicNode> sharedCasesPass() throws IOException {
        assumeSharedCasesPresent();
        return casesIn(sharedCases());
    }

    @Test
    void everySharedCaseHasAnIdenticalCopyInTheProject() throws IOException {
        assumeSharedCasesPresent();
        try (Stream<Path> s = Files.list(sharedCases())) {
            for (Path shared : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Path copy = projectCases().resolve(shared.getFileName());
                assertTrue(Files.exists(copy), "copy " + shared.getFileName() + " into " + projectCases());
                assertEquals(Files.readString(shared), Files.readString(copy), shared.getFileName() + " differs from ../shared/cases");
            }
        }
    }

    /**
     * Without ../shared beside the project these checks cannot run: they are reported as aborted, with the
     * reason, rather than passing silently (the project's own copies in src/test/resources still run).
     */
    private static void assumeSharedCasesPresent() {
        Assumptions.assumeTrue(Files.isDirectory(sharedCases()), () -> "the shared acceptance cases were not checked: "
                + sharedCases().toAbsolutePath().normalize() + " is absent (CI runs with ../shared beside the project)");
    }

    private static Stream<DynamicNode> casesIn(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no cases in " + dir);
        return files.stream().map(AcceptanceCasesTest::caseTests);
    }

    private static DynamicNode caseTests(Path file) {
        CaseFile c = CaseReader.read(file);
        Comparison result = TestRates.calculator().compare(c.circumstances(), c.scenarios());
        List<DynamicNode> tests = new ArrayList<>();
        for (var column : c.expect().entrySet()) {
            ScenarioResult col = column.getKey().equals("baseline") ? result.baseline()
                    : result.scenarios().stream().filter(s -> s.name().equals(column.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no scenario " + column.getKey()));
            for (CaseFile.Expectation e : column.getValue()) {
                tests.add(DynamicTest.dynamicTest(e.column() + " " + e.figure() + " " + e.period().yamlName() + " = " + e.amount()
                        + " (line " + e.line() + ")", () -> {
                    Money actual = col.figure(e.figure()).in(e.period());
                    Money diff = actual.minus(Money.of(e.amount()));
                    if (diff.amount().abs().compareTo(c.tolerance().amount()) > 0)
                        fail(file.getFileName() + " line " + e.line() + ": " + e.column() + " " + e.figure() + " expected " + e.amount()
                                + " a " + e.period().yamlName() + ", got " + actual.plain() + "\nSource: " + c.source().orElse("?")
                                + "\nWorking:\n" + uk.betteroff.report.TraceText.render(col.figure(e.figure()).trace()));
                }));
            }
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), tests);
    }
}
