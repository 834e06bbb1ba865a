package uk.betteroff.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The package layering of docs/design.md ("Architecture"), each rule with its reason. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.betteroff");

    @Test
    void kernelDependsOnJavaBaseOnly() {
        classes().that().resideInAPackage("uk.betteroff.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("uk.betteroff.kernel..", "java.lang..", "java.math..",
                        "java.util..", "java.time..", "java.text..", "java.io..")
                .because("the kernel is pure: no JavaFX, no YAML, no files, no clock (docs/style.md habit 1)")
                .check(CLASSES);
    }

    @Test
    void kernelReadsNoFilesAndNoClock() {
        noClasses().that().resideInAPackage("uk.betteroff.kernel..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
                .because("tax year, date and rates are passed in; the kernel never looks at the clock or the disk")
                .check(CLASSES);
    }

    @Test
    void kernelHasNoDoubles() {
        noClasses().that().resideInAPackage("uk.betteroff.kernel..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float")
                .because("money is exact (Money/BigDecimal), never double")
                .check(CLASSES);
    }

    @Test
    void ratesAndCasesDoNotDependOnUiCliOrReport() {
        noClasses().that().resideInAnyPackage("uk.betteroff.rates..", "uk.betteroff.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.betteroff.ui..", "uk.betteroff.cli..", "uk.betteroff.report..", "javafx..")
                .because("rates and cases sit below the user interfaces (docs/design.md)")
                .check(CLASSES);
    }

    @Test
    void casesDoNotDependOnRates() {
        noClasses().that().resideInAPackage("uk.betteroff.cases..")
                .should().dependOnClassesThat().resideInAPackage("uk.betteroff.rates..")
                .because("cases may depend on kernel and Jackson only (docs/design.md)")
                .check(CLASSES);
    }

    @Test
    void reportDependsOnKernelOnly() {
        noClasses().that().resideInAPackage("uk.betteroff.report..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.betteroff.ui..", "uk.betteroff.cli..", "uk.betteroff.rates..",
                        "uk.betteroff.cases..", "javafx..", "tools.jackson..")
                .because("print-outs render kernel results and nothing else (docs/design.md)")
                .check(CLASSES);
    }

    @Test
    void cliDoesNotDependOnUiOrJavaFx() {
        noClasses().that().resideInAPackage("uk.betteroff.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.betteroff.ui..", "javafx..")
                .because("the command line runs without a display; uk.betteroff.Launcher chooses between it and the app (docs/design.md)")
                .check(CLASSES);
    }

    @Test
    void ratesSourceKnowsNothingOfTheUserInterfaces() {
        noClasses().that().resideInAPackage("uk.betteroff.rates..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "uk.betteroff")
                .because("the rates precedence is plain logic the CLI and the settings view share")
                .check(CLASSES);
    }

    @Test
    void viewModelsUseBeansAndCollectionsOnly() {
        noClasses().that().resideInAPackage("uk.betteroff.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("view models are unit-tested without a window; only views touch the scene graph and the UI thread, "
                        + "which view models reach through an executor they are given (docs/style.md habit 9)")
                .check(CLASSES);
    }

    @Test
    void yamlSupportKnowsNothingOfTheDomain() {
        noClasses().that().resideInAPackage("uk.betteroff.yaml..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.betteroff.kernel..", "uk.betteroff.rates..", "uk.betteroff.cases..")
                .because("the located-YAML reader is shared infrastructure under rates and cases")
                .check(CLASSES);
    }
}
