package uk.betteroff.ui.comparison;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.cases.CaseWriter;
import uk.betteroff.testing.TestRates;
import uk.betteroff.ui.MainViewModel;

/**
 * An option's name follows its hours until the user types a name of their own, in a new case and in a reopened one,
 * and two columns never share a name (issue 19 item 8).
 */
class OptionNamesTest {
    /** A new case with a hostel rent (a case file refuses a supported tenancy with no rent). */
    private static MainViewModel newCase() {
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inMemory(), Runnable::run);
        vm.household().rent().money().setText("250");
        return vm;
    }

    private static String shown(MainViewModel vm, int slot) { return vm.scenarios().slot(slot).shownNameProperty().get(); }

    /** Saved to case-file text and read back, as Save and Open do. */
    private static MainViewModel savedAndReopened(MainViewModel vm, java.nio.file.Path dir) throws Exception {
        CaseFile cf = vm.toCaseFile().orElseThrow();
        java.nio.file.Path p = dir.resolve("case.yaml");
        java.nio.file.Files.writeString(p, CaseWriter.toYaml(cf));
        MainViewModel reopened = newCase();
        reopened.load(CaseReader.read(p), p);
        return reopened;
    }

    @Test
    void aNewOptionsNameFollowsItsHours() {
        MainViewModel vm = newCase();
        assertEquals("16 hours", shown(vm, 0));
        vm.scenarios().slot(0).job(1).hours().setText("25");
        assertEquals("25 hours", shown(vm, 0));
        assertEquals("25 hours", vm.currentComparison().scenarios().getFirst().name(), "the column calculated is named so too");
    }

    @Test
    void aReopenedOptionsNameStillFollowsItsHours(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MainViewModel vm = savedAndReopened(newCase(), dir);
        assertEquals("", vm.scenarios().slot(0).nameProperty().get(), "the saved name \"16 hours\" was Better Off's own, not typed");
        vm.scenarios().slot(0).job(1).hours().setText("25");
        assertEquals("25 hours", shown(vm, 0));
        assertEquals("25 hours", vm.currentComparison().scenarios().getFirst().name());
    }

    @Test
    void aTypedNameStaysThroughSaveAndReopen(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MainViewModel vm = newCase();
        vm.scenarios().slot(0).nameProperty().set("Part-time at the café");
        MainViewModel reopened = savedAndReopened(vm, dir);
        reopened.scenarios().slot(0).job(1).hours().setText("25");
        assertEquals("Part-time at the café", shown(reopened, 0));
    }

    @Test
    void twoColumnsNeverShareAName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        MainViewModel vm = newCase();
        vm.scenarios().slot(1).job(1).hours().setText("16");
        assertEquals("16 hours", shown(vm, 0));
        assertEquals("16 hours (option 2)", shown(vm, 1));
        var names = vm.currentComparison().scenarios().stream().map(s -> s.name()).toList();
        assertEquals(java.util.List.of("16 hours", "16 hours (option 2)"), names);
        MainViewModel reopened = savedAndReopened(vm, dir);
        reopened.scenarios().slot(1).job(1).hours().setText("20");
        assertEquals("20 hours", shown(reopened, 1), "the told-apart name was automatic too, and follows the hours");
        vm.scenarios().slot(0).nameProperty().set("Job");
        vm.scenarios().slot(1).nameProperty().set("job");
        assertEquals("job (option 2)", shown(vm, 1), "typed names are told apart as well");
    }

    @Test
    void hoursThatAreNotANumberNameNothingAndTheMessageSaysWhatToType() {
        MainViewModel vm = newCase();
        vm.scenarios().slot(0).job(1).hours().setText("lot");
        assertEquals("Option 1", shown(vm, 0));
        String problem = vm.comparison().columns().get(1).getProblem();
        assertTrue(problem.contains("Option 1 — Hours a week: Enter a number from 0 to 100"), problem);
    }
}
