package uk.betteroff.ui.resident;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.testing.TestRates;
import uk.betteroff.ui.MainViewModel;

/** Resident mode's one-sentence answer, worded from the same comparison the adviser sees. */
class ResidentViewModelTest {
    private static MainViewModel hostel() {
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inMemory(), Runnable::run);
        String shared = System.getProperty("betteroff.shared.dir");
        java.nio.file.Path p = java.nio.file.Path.of(shared == null ? "src/test/resources" : shared, "cases", "hostel-25plus-after-oct-2026.yaml");
        if (!java.nio.file.Files.exists(p)) p = java.nio.file.Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml");
        vm.load(CaseReader.read(p), p);
        return vm;
    }

    @Test
    void answerStatesMoneyLeftBothWaysTheDifferenceAndRentToPay() {
        MainViewModel vm = hostel();
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        var c = vm.currentComparison();
        var s = c.scenarios().getFirst();
        String a = r.getAnswer();
        assertTrue(a.contains("Not working, you would have " + c.baseline().figure(FigureIds.MONEY_LEFT).week().format() + " a week"), a);
        assertTrue(a.contains("Working 16 hours, you would have " + s.figure(FigureIds.MONEY_LEFT).week().format() + " a week left."), a);
        assertTrue(a.contains(s.figure(FigureIds.BETTER_OFF).week().format() + " a week more than not working"), a);
        assertTrue(a.contains("Rent you would pay yourself: " + s.figure(FigureIds.RENT_TO_PAY).week().format() + " a week."), a);
    }

    @Test
    void newResidentEmptiesTheAnswerOfTheLastOne() {
        MainViewModel vm = hostel();
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        String before = r.getAnswer();
        vm.newResident();
        assertNotEquals(before, r.getAnswer());
        assertEquals("", vm.household().rent().money().getText());
        assertTrue(vm.isResident(), "New resident stays in resident mode");
    }
}
