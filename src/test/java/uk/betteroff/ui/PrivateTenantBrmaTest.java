package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.comparison.ComparisonViewModel;
import uk.betteroff.ui.household.BrmaChoice;
import uk.betteroff.ui.household.HouseholdViewModel;

/**
 * A private tenant's LHA area in the home section: the BRMAs of the case's nation to choose from, the rate of the
 * chosen one used when no LHA rate is typed, and an opened case's BRMA kept when it is saved again.
 */
class PrivateTenantBrmaTest {
    private static final Path ASHFORD = Path.of("src/test/resources/cases/private-brma-ashford-single-40.yaml");

    private static BrmaChoice choice(HouseholdViewModel h, String id) {
        return h.brmasInNation().stream().filter(c -> id.equals(c.id())).findFirst().orElseThrow(() -> new AssertionError(id + " not offered"));
    }

    @Test
    void theBrmasOfTheNationAreOfferedAfterNone() {
        HouseholdViewModel h = HostelCase.newViewModel().household();
        assertEquals(BrmaChoice.NONE, h.brmasInNation().getFirst());
        assertEquals(153, h.brmasInNation().size(), "none and England's 152 BRMAs");
        assertTrue(h.brmasInNation().stream().noneMatch(c -> "lothian".equals(c.id())));
        h.nationProperty().set(Nation.SCOTLAND);
        assertEquals(19, h.brmasInNation().size(), "none and Scotland's 18 BRMAs");
        assertTrue(choice(h, "lothian").found());
        h.nationProperty().set(Nation.ENGLAND);
        assertFalse(choice(h, "central-london").found(), "an English BRMA whose figures were not found says so");
        assertTrue(choice(h, "central-london").toString().contains("type the LHA rate"));
    }

    @Test
    void aChosenBrmaGivesTheHousingElementWithNoRateTyped() {
        // the Ashford case typed in: single 40, private, £800 a month, Ashford BRMA; its source works out UC £1,174.89 a
        // month out of work (standard allowance £424.90 + the Ashford 1-bedroom rate for UC £749.99)
        MainViewModel vm = HostelCase.newViewModel();
        HouseholdViewModel h = vm.household();
        h.date().setText("01/07/2026");
        h.adult(0).age().setText("40");
        h.tenureProperty().set(Tenure.PRIVATE);
        h.rent().money().setText("800.00");
        h.rent().perProperty().set(Period.MONTH);
        h.councilTaxLiableProperty().set(false);
        h.brmaProperty().set(choice(h, "ashford"));
        ComparisonViewModel c = vm.comparison();
        c.periodProperty().set(Period.MONTH);
        assertEquals(ComparisonViewModel.State.RESULTS, c.getState(), c.getMessage());
        assertEquals("£1,174.89", c.cell("universal_credit", 0).getText());
        // the category worked out is shown beside the choice: aged 40, so 1 bedroom (UC Regs 2013 Sch 4 paras 9, 28)
        assertTrue(h.lhaCategoryProperty().get().startsWith("LHA category: 1 bedroom"), h.lhaCategoryProperty().get());
        // aged 30 instead: single and under 35, shared accommodation (Sch 4 paras 27-28): Ashford £393.24 a month (ashford.gov.uk)
        h.adult(0).age().setText("30");
        assertEquals("£818.14", c.cell("universal_credit", 0).getText(), "£424.90 + £393.24");
        assertTrue(h.lhaCategoryProperty().get().startsWith("LHA category: Shared accommodation"), h.lhaCategoryProperty().get());
        // 3 months in homeless hostels with resettlement support (para 29(4), aged 16 to 34) lifts the shared rate: 1 bedroom again
        h.sharedAccommodationExceptionProperty().set(uk.betteroff.kernel.household.SharedAccommodationException.HOMELESS_HOSTEL);
        assertEquals("£1,174.89", c.cell("universal_credit", 0).getText(), "para 29(4): 1 bedroom, £424.90 + £749.99");
        h.sharedAccommodationExceptionProperty().set(uk.betteroff.kernel.household.SharedAccommodationException.NONE);
        h.adult(0).age().setText("40");
        // a rate typed wins: £424.90 + £700.00
        h.lhaRate().money().setText("700.00");
        assertEquals("£1,124.90", c.cell("universal_credit", 0).getText());
    }

    @Test
    void anOpenedCasesBrmaIsShownAndSavedAgain() {
        MainViewModel vm = HostelCase.newViewModel();
        CaseFile f = CaseReader.read(ASHFORD);
        vm.load(f, ASHFORD);
        assertEquals("ashford", vm.household().brmaProperty().get().id());
        CaseFile again = vm.toCaseFile().orElseThrow();
        assertEquals("ashford", again.circumstances().housing().brma());
        vm.household().reset();
        assertEquals(BrmaChoice.NONE, vm.household().brmaProperty().get());
    }
}
