package uk.betteroff.ui.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import uk.betteroff.kernel.household.Nation;
import uk.betteroff.testing.TestRates;

/**
 * The council picker lists every council in Great Britain (rates/councils.yaml) by name; typing part of a name and
 * pressing Enter takes the best match, and choosing a council sets the nation and the London benefit-cap setting.
 */
@ExtendWith(ApplicationExtension.class)
class CouncilPickerTest {
    private final HouseholdViewModel vm = new HouseholdViewModel(CouncilChoice.of(TestRates.loaded().councils()),
            () -> java.time.LocalDate.of(2026, 12, 1), () -> { });
    private Parent form;

    @Start
    void start(Stage stage) {
        form = (Parent) new HouseholdView(vm, new Label("case name")).node();
        stage.setScene(new Scene(form, 500, 900));
        stage.show();
    }

    private TextField search(FxRobot r) {
        r.interact(() -> vm.councilTaxLiableProperty().set(true));
        return (TextField) form.lookup("#council_tax-search");
    }

    private void typeAndEnter(FxRobot r, TextField search, String text) {
        r.interact(() -> {
            search.clear();
            search.requestFocus();
        });
        r.write(text);
        r.type(KeyCode.ENTER);
    }

    @Test
    void everyCouncilIsListedByName(FxRobot r) {
        search(r);
        @SuppressWarnings("unchecked")
        ComboBox<CouncilChoice> combo = (ComboBox<CouncilChoice>) form.lookup("#council_tax-council");
        // 296 + 22 + 32 in force now, and Surrey's two unitaries from 1 April 2027 (rates/councils.yaml)
        assertEquals(352, combo.getItems().size());
        assertTrue(combo.getItems().stream().anyMatch(c -> c.name().equals("Na h-Eileanan Siar")));
    }

    @Test
    void typingPartOfANameAndEnterChoosesTheCouncilAndItsNation(FxRobot r) {
        TextField search = search(r);
        typeAndEnter(r, search, "hull");
        assertEquals("kingston-upon-hull", vm.councilProperty().get().id(), "a word of the name: Kingston upon Hull before Solihull");
        assertEquals(Nation.ENGLAND, vm.nationProperty().get());
        assertFalse(vm.londonProperty().get());

        typeAndEnter(r, search, "york");
        assertEquals("york", vm.councilProperty().get().id(), "the whole name before East Riding of Yorkshire");

        typeAndEnter(r, search, "edinb");
        assertEquals("city-of-edinburgh", vm.councilProperty().get().id());
        assertEquals(Nation.SCOTLAND, vm.nationProperty().get(), "choosing a Scottish council sets Scotland");

        typeAndEnter(r, search, "tower ham");
        assertEquals("tower-hamlets", vm.councilProperty().get().id());
        assertEquals(Nation.ENGLAND, vm.nationProperty().get());
        assertTrue(vm.londonProperty().get(), "Tower Hamlets is in the London benefit-cap area");
        assertTrue(form.lookup("#council_tax-council").isVisible());
    }

    @Test
    void aCaseNamingACouncilByAnOlderIdFindsIt(FxRobot r) {
        r.interact(() -> vm.selectCouncil("glasgow"));
        assertEquals("glasgow-city", vm.councilProperty().get().id());
        assertEquals(Nation.SCOTLAND, vm.nationProperty().get());
    }
}
