package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.cases.Recovery;
import uk.betteroff.ui.comparison.ComparisonViewModel;

/**
 * A half-finished case survives lunch (issue 19 item 3): a case with a mistyped field is saved as a draft that keeps
 * what was typed, and opens with the same fields marked; the autosave keeps it the same way.
 */
class DraftCaseTest {

    /** The hostel case with an age, the rent and the second option's wage mistyped. */
    private static MainViewModel halfFinished(Path data) {
        MainViewModel vm = HostelCase.newViewModel(data);
        MainViewModelTest.enterHostelCase(vm);
        vm.caseNameProperty().set("Hostel, before lunch");
        vm.household().adult(0).age().setText("3o");
        vm.household().rent().money().setText("2x0");
        vm.scenarios().slot(1).job(1).wage().setText("12.7l");
        return vm;
    }

    @Test
    void aCaseWithMistypedFieldsIsSavedAsADraftKeepingWhatWasTyped(@TempDir Path dir) throws Exception {
        MainViewModel vm = halfFinished(dir.resolve("data"));
        assertEquals(ComparisonViewModel.State.PROBLEMS, vm.comparison().getState());
        Path file = dir.resolve("lunch.yaml");
        assertEquals(java.util.Optional.empty(), vm.save(file), "saved, not refused with \"correct the fields first\"");
        assertFalse(vm.dirtyProperty().get());
        assertEquals("Saved as " + file.toAbsolutePath().normalize() + ", as a draft: 3 fields are still to correct (kept as typed).",
                vm.noticeProperty().get());
        CaseFile saved = CaseReader.read(file);
        assertEquals(Map.of("household.adults[0].age", "3o", "housing.rent", "2x0", "scenarios[1].jobs.adult_1.wage", "12.7l"), saved.draft());
        assertTrue(Files.readString(file).contains("\n  \"housing.rent\": \"2x0\"\n"), Files.readString(file));
    }

    @Test
    void aDraftOpensWithTheSameFieldsMarkedAndEverythingElseAsEntered(@TempDir Path dir) {
        Path file = dir.resolve("lunch.yaml");
        halfFinished(dir.resolve("data")).save(file);
        MainViewModel after = HostelCase.newViewModel(dir.resolve("data"));
        assertEquals(java.util.Optional.empty(), after.open(file));
        assertEquals("3o", after.household().adult(0).age().getText());
        assertNotNull(after.household().adult(0).age().getError(), "marked as not valid yet");
        assertEquals("2x0", after.household().rent().money().getText());
        assertNotNull(after.household().rent().money().getError());
        assertEquals("12.7l", after.scenarios().slot(1).job(1).wage().getText());
        assertEquals("16", after.scenarios().slot(0).job(1).hours().getText(), "what was valid is as entered");
        assertEquals("Hostel, before lunch", after.caseNameProperty().get());
        assertFalse(after.dirtyProperty().get());
        assertEquals("A draft: 3 fields are still to correct, as typed when it was saved.", after.noticeProperty().get());
        assertEquals(ComparisonViewModel.State.PROBLEMS, after.comparison().getState(), "a draft is never calculated from its stand-ins");
        // corrected after lunch: the comparison is the hostel case's, and the save is a complete case again
        after.household().adult(0).age().setText("30");
        after.household().rent().money().setText("250");
        after.scenarios().slot(1).job(1).wage().setText("12.71");
        assertEquals(ComparisonViewModel.State.RESULTS, after.comparison().getState());
        after.save(file);
        assertFalse(CaseReader.read(file).isDraft());
    }

    @Test
    void theAutosaveKeepsADraftTooSoACrashLosesNothing(@TempDir Path dir) {
        MainViewModel vm = halfFinished(dir.resolve("data"));
        var found = (Recovery.Found) CaseStore.inFolder(dir.resolve("data")).recovery().orElseThrow();
        assertEquals("2x0", found.caseFile().draft().get("housing.rent"));
        MainViewModel next = HostelCase.newViewModel(dir.resolve("other"));
        next.load(found.caseFile(), null);
        assertEquals("3o", next.household().adult(0).age().getText());
        vm.closeCleanly();
    }

    /**
     * Found by using the app: a new case in supported housing with the rent not entered yet (the form takes a blank
     * rent as none, the case reader refuses a supported tenancy without one) was autosaved, and after a crash the
     * recovery copy was refused as damaged. The rent joins the draft, so the copy opens again.
     */
    @Test
    void aCaseWhoseRentIsNotEnteredYetSurvivesACrashAndASave(@TempDir Path dir) throws Exception {
        MainViewModel vm = HostelCase.newViewModel(dir.resolve("data"));
        vm.household().adult(0).age().setText("3o");   // a new case: supported housing, no rent yet
        Recovery r = CaseStore.inFolder(dir.resolve("data")).recovery().orElseThrow();
        Recovery.Found found = assertInstanceOf(Recovery.Found.class, r, () -> r.toString());
        assertEquals(Map.of("household.adults[0].age", "3o", "housing.rent", ""), found.caseFile().draft());
        vm.household().adult(0).age().setText("30");   // a complete form, still without a rent
        Path file = dir.resolve("no-rent-yet.yaml");
        assertEquals(java.util.Optional.empty(), vm.save(file));
        assertEquals(Map.of("housing.rent", ""), CaseReader.read(file).draft(), "the file opens again");
        MainViewModel again = HostelCase.newViewModel(dir.resolve("data"));
        assertEquals(java.util.Optional.empty(), again.open(file));
        assertEquals("30", again.household().adult(0).age().getText());
    }
}
