package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseReader;
import uk.betteroff.ui.comparison.ComparisonViewModel;

/**
 * The comparison when a Council Tax Reduction cannot be worked out, or is estimated or entered (issue 14 items 2 and 5):
 * every other figure stays, the missing one says "not worked out" with its reason, and the labels are words, not colour.
 * Figures from CtrEstimateTest (worked by hand there, SI 2012/2886 Sch paras 17, 28, 29, 37).
 */
class CtrNotWorkedOutTest {
    private static final Path LEEDS = Path.of("src/test/resources/cases/ctr-estimate/leeds-estimate.yaml");
    private static final Path LEEDS_NON_DEPENDANT = Path.of("src/test/resources/cases/ctr-estimate/leeds-non-dependant.yaml");

    @Test
    void aReductionNotModelledLeavesUcHbAndTheOtherFiguresInPlace() {
        MainViewModel vm = HostelCase.newViewModel();
        vm.load(CaseReader.read(LEEDS_NON_DEPENDANT), LEEDS_NON_DEPENDANT);
        ComparisonViewModel c = vm.comparison();
        assertEquals(ComparisonViewModel.State.RESULTS, c.getState(), c.getMessage());
        for (int col = 0; col <= 1; col++) {
            assertEquals("not worked out", c.cell("council_tax_reduction", col).getText());
            String spoken = c.cell("council_tax_reduction", col).getAccessibleText();
            assertTrue(spoken.contains("not worked out") && spoken.contains("non-dependant"), spoken);
            assertTrue(c.cell("universal_credit", col).getText().startsWith("£"), c.cell("universal_credit", col).getText());
            assertTrue(c.cell("net_earnings", col).getText().startsWith("£"));
            assertTrue(c.cell("council_tax_to_pay", col).getText().equals("£28.77 (before council tax reduction)"), c.cell("council_tax_to_pay", col).getText());
            assertTrue(c.cell("money_left", col).getText().endsWith("(before council tax reduction)"), c.cell("money_left", col).getText());
        }
        assertTrue(c.columns().get(1).getBetterOffSigned().endsWith("before council tax reduction"), c.columns().get(1).getBetterOffSigned());
        assertTrue(c.cell("council_tax_reduction", 1).getTrace().working().contains("non-dependant"), "Why? says the reason");
    }

    @Test
    void anEstimateIsLabelledInTheCellAndTheSettingsAreOffered() {
        MainViewModel vm = HostelCase.newViewModel();
        vm.load(CaseReader.read(LEEDS), LEEDS);
        ComparisonViewModel c = vm.comparison();
        assertEquals(ComparisonViewModel.State.RESULTS, c.getState(), c.getMessage());
        assertEquals("£28.77 (estimate)", c.cell("council_tax_reduction", 0).getText());
        assertEquals("£11.18 (estimate)", c.cell("council_tax_reduction", 1).getText());
        assertTrue(c.cell("council_tax_reduction", 1).getAccessibleText().contains("estimate"));
        assertTrue(vm.household().ctrEstimatedProperty().get(), "Leeds has no scheme file: the estimate's settings are shown");
        vm.household().ctrMaximumPercent().setText("80");
        vm.household().ctrTaperPercent().setText("25");
        // 80% maximum, 25% taper: £23.01 out of work, £1.04 at 16 hours (CtrEstimateTest)
        assertEquals("£23.01 (estimate)", vm.comparison().cell("council_tax_reduction", 0).getText());
        assertEquals("£1.04 (estimate)", vm.comparison().cell("council_tax_reduction", 1).getText());
        // the figure the adviser knows for the option is shown as entered
        vm.scenarios().slot(0).ctrKnown().money().setText("5.00");
        assertEquals("£5.00 (entered)", vm.comparison().cell("council_tax_reduction", 1).getText());
        assertEquals("£23.01 (estimate)", vm.comparison().cell("council_tax_reduction", 0).getText());
    }
}
