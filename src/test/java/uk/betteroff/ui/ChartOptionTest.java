package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Which in-work option the hours chart follows: a view-model rule, tested without a window. */
class ChartOptionTest {

    @Test
    void theChartFollowsTheFirstOptionSwitchedOnInWhichSomeoneWorks() {
        MainViewModel vm = HostelCase.newViewModel();
        MainViewModelTest.enterHostelCase(vm);
        assertEquals("16 hours", vm.inputsProperty().get().chartOption().orElseThrow().name());
        vm.scenarios().slot(0).job(1).hours().setText("");   // the first option: no one works
        assertEquals("30 hours", vm.inputsProperty().get().chartOption().orElseThrow().name());
        vm.scenarios().slot(0).includedProperty().set(false);
        assertEquals("30 hours", vm.inputsProperty().get().chartOption().orElseThrow().name());
    }

    @Test
    void withNoJobInAnyOptionTheChartHasNothingToFollow() {
        MainViewModel vm = HostelCase.newViewModel();
        MainViewModelTest.enterHostelCase(vm);
        vm.scenarios().slot(0).job(1).hours().setText("");
        vm.scenarios().slot(1).job(1).hours().setText("");
        assertTrue(vm.inputsProperty().get().chartOption().isEmpty());
    }
}
