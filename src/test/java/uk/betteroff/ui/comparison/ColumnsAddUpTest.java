package uk.betteroff.ui.comparison;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.testing.TestRates;
import uk.betteroff.ui.MainViewModel;

/**
 * Each column adds up on screen (issue 19 item 9): total income − rent and charges − council tax to pay − costs of
 * working = money left, and the rent splits into what Housing Benefit pays, what UC's housing costs element pays and
 * what is left to pay yourself.
 */
class ColumnsAddUpTest {
    private static MainViewModel opened(String file) {
        String shared = System.getProperty("betteroff.shared.dir");
        Path p = Path.of(shared == null ? "src/test/resources" : shared, "cases", file);
        if (!Files.exists(p)) p = Path.of("src/test/resources/cases", file);
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), CaseStore.inMemory(), Runnable::run);
        vm.load(CaseReader.read(p), p);
        return vm;
    }

    private static BigDecimal shown(ComparisonViewModel c, String id, int col) {
        return new BigDecimal(c.cell(id, col).getText().replace("£", "").replace(",", "").replace("−", "-"));
    }

    private static void assertAddsUp(MainViewModel vm) {
        ComparisonViewModel c = vm.comparison();
        for (Period p : Period.values()) {
            if (p != Period.WEEK && p != Period.MONTH) continue;
            c.periodProperty().set(p);
            for (int col = 0; col < vm.currentComparison().columns().size(); col++) {
                BigDecimal rent = shown(c, ComparisonViewModel.RENT_AND_CHARGES, col);
                assertEquals(shown(c, FigureIds.MONEY_LEFT, col), shown(c, FigureIds.TOTAL_INCOME, col).subtract(rent)
                        .subtract(shown(c, FigureIds.COUNCIL_TAX_TO_PAY, col)).subtract(shown(c, FigureIds.WORK_COSTS, col)), p + " column " + col);
                assertEquals(rent, shown(c, ComparisonViewModel.RENT_FROM_HOUSING_BENEFIT, col)
                        .add(shown(c, ComparisonViewModel.RENT_FROM_UC_HOUSING_COSTS, col)).add(shown(c, FigureIds.RENT_TO_PAY, col)), p + " column " + col);
            }
        }
    }

    @Test
    void aUcSocialTenantsColumnShowsTheRentAndThatUcPaysIt() {
        MainViewModel vm = opened("lone-parent-social-rent.yaml");
        ComparisonViewModel c = vm.comparison();
        assertTrue(c.row(ComparisonViewModel.RENT_AND_CHARGES).isVisible(), "the rent money left takes off is shown");
        assertTrue(c.row(ComparisonViewModel.RENT_FROM_UC_HOUSING_COSTS).isVisible());
        // cases/lone-parent-social-rent.yaml: rent £110.00 a week, housing element £110 × 52/12 = £476.67 a month, all of it within the UC award
        assertEquals("£110.00", c.cell(ComparisonViewModel.RENT_AND_CHARGES, 0).getText());
        assertEquals("£110.00", c.cell(ComparisonViewModel.RENT_FROM_UC_HOUSING_COSTS, 0).getText());
        c.periodProperty().set(Period.MONTH);
        assertEquals("£476.67", c.cell(ComparisonViewModel.RENT_FROM_UC_HOUSING_COSTS, 0).getText());
        assertFalse(c.row(ComparisonViewModel.RENT_FROM_HOUSING_BENEFIT).isVisible(), "no Housing Benefit in a social tenancy on UC");
        assertAddsUp(vm);
    }

    @Test
    void aHostelResidentsColumnShowsTheRentAndThatHousingBenefitPaysIt() {
        MainViewModel vm = opened("hostel-25plus-after-oct-2026.yaml");
        ComparisonViewModel c = vm.comparison();
        assertTrue(c.row(ComparisonViewModel.RENT_FROM_HOUSING_BENEFIT).isVisible());
        assertFalse(c.row(ComparisonViewModel.RENT_FROM_UC_HOUSING_COSTS).isVisible(), "no UC housing costs element in supported housing (UC Regs 2013 Sch 1 para 3A)");
        assertEquals(c.cell(FigureIds.HOUSING_BENEFIT, 1).getText(), c.cell(ComparisonViewModel.RENT_FROM_HOUSING_BENEFIT, 1).getText());
        assertAddsUp(vm);
    }
}
