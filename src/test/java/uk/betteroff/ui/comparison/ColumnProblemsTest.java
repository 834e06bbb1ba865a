package uk.betteroff.ui.comparison;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseStore;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.testing.TestRates;
import uk.betteroff.ui.MainViewModel;

/** One refused field blanks only what depends on it, and says which field and what to type (issue 19 item 10). */
class ColumnProblemsTest {
    private static MainViewModel hostel() {
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inMemory(), Runnable::run);
        vm.household().rent().money().setText("250");
        return vm;
    }

    @Test
    void aRefusedOptionFieldBlanksOnlyThatOptionsColumn() {
        MainViewModel vm = hostel();
        String outOfWork = vm.comparison().cell(FigureIds.MONEY_LEFT, 0).getText();
        vm.scenarios().slot(1).job(1).hours().setText("lot");
        ComparisonViewModel c = vm.comparison();
        assertEquals(ComparisonViewModel.State.RESULTS, c.getState());
        assertEquals(outOfWork, c.cell(FigureIds.MONEY_LEFT, 0).getText(), "out of work is still shown");
        assertFalse(c.cell(FigureIds.MONEY_LEFT, 1).getText().isEmpty(), "16 hours is still shown");
        assertEquals("", c.cell(FigureIds.MONEY_LEFT, 2).getText(), "the option with the refused field is blank");
        assertEquals("", c.cell(FigureIds.HOUSING_BENEFIT, 2).getText());
        assertTrue(c.columns().get(2).getProblem().contains("Option 2 — Hours a week: Enter a number from 0 to 100"), c.columns().get(2).getProblem());
        assertEquals("", c.columns().get(1).getProblem());
        vm.scenarios().slot(1).job(1).hours().setText("30");
        assertEquals("", c.columns().get(2).getProblem());
        assertFalse(c.cell(FigureIds.MONEY_LEFT, 2).getText().isEmpty());
    }

    @Test
    void aRefusedHouseholdFieldBlanksEveryColumnAndNamesTheField() {
        MainViewModel vm = hostel();
        vm.household().rent().money().setText("two fifty");
        assertEquals(ComparisonViewModel.State.PROBLEMS, vm.comparison().getState());
        assertEquals("", vm.comparison().cell(FigureIds.MONEY_LEFT, 0).getText());
        assertTrue(vm.comparison().getMessage().contains("Rent (£): Enter an amount in pounds"), vm.comparison().getMessage());
    }

    @Test
    void aRefusedWageSaysWhatAWageLooksLike() {
        MainViewModel vm = hostel();
        vm.scenarios().slot(0).job(1).wage().setText("twelve");
        String problem = vm.comparison().columns().get(1).getProblem();
        assertTrue(problem.contains("Wage (£): Enter the pay in pounds: an hourly wage like 12.71, or a yearly salary like 24000."), problem);
        assertFalse(problem.contains("250"), problem);
    }

    @Test
    void eachResultSitsUnderItsOwnOptionsInputs() {
        MainViewModel vm = hostel();
        vm.scenarios().slot(1).includedProperty().set(false);
        vm.scenarios().slot(2).includedProperty().set(true);
        ComparisonViewModel c = vm.comparison();
        assertEquals("", c.cell(FigureIds.MONEY_LEFT, 2).getText(), "option 2 is switched off: its column is empty");
        assertEquals("37.5 hours", c.columns().get(3).getTitle(), "option 3's result is in option 3's column");
    }
}
