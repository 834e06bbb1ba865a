package uk.betteroff.ui.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The chart's MVVM split (STYLE.md habit 9), held like the package layering. */
class ChartLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.betteroff.ui.chart");

    @Test
    void viewModelUsesBeansAndCollectionsOnly() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..")
                .because("view models are unit-tested without a window; only views touch scene graph and threads (STYLE.md habit 9)")
                .check(CLASSES);
    }
}
