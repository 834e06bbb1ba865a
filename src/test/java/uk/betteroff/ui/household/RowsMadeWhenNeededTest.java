package uk.betteroff.ui.household;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import uk.betteroff.kernel.household.Tenure;

/**
 * Rows of the household form that most households never need are made the first time they are (issue 5, start-up:
 * the window opens sooner without them): the council tax rows (the charge, finding the council) when "pays council
 * tax" is first ticked, a social tenant's bedrooms and a private tenant's LHA rate when that tenure is first chosen.
 * Once made they must work as before — typed into, labelled, hidden when they no longer apply and kept — in their
 * place in the form (its order is the Tab order and a screen reader's).
 */
@ExtendWith(ApplicationExtension.class)
class RowsMadeWhenNeededTest {
    private final HouseholdViewModel vm = new HouseholdViewModel(List.of(new CouncilChoice("oxford", "Oxford")),
            () -> java.time.LocalDate.of(2026, 12, 1), () -> { });
    private Parent form;

    @Start
    void start(Stage stage) {
        form = (Parent) new HouseholdView(vm, new Label("case name")).node();
        stage.setScene(new Scene(form, 500, 900));
        stage.show();
    }

    private static List<Node> depthFirst(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) depthFirst(c, out);
        return out;
    }

    private static Label labelFor(Parent form, Node target) {
        return depthFirst(form, new ArrayList<>()).stream().filter(n -> n instanceof Label l && l.getLabelFor() == target)
                .map(Label.class::cast).findFirst().orElseThrow(() -> new AssertionError("no label for " + target.getId()));
    }

    @Test
    void councilTaxRowsMadeWhenFirstTickedThenTypedIntoHiddenAndKept(FxRobot r) {
        assertNull(form.lookup("#council_tax-charge"), "not built while no council tax is payable");
        CheckBox liable = (CheckBox) form.lookup("#council_tax-liable");
        r.interact(liable::fire);
        TextField charge = (TextField) form.lookup("#council_tax-charge");
        assertNotNull(charge);
        assertTrue(charge.isVisible() && charge.getParent().isVisible());
        r.interact(charge::requestFocus);
        r.write("1500");
        assertEquals("1500", vm.councilTax().money().getText());

        List<Node> order = new ArrayList<>();
        depthFirst(form, order);
        Node london = order.stream().filter(n -> n instanceof CheckBox c && c.getText().contains("London")).findFirst().orElseThrow();
        assertTrue(order.indexOf(liable) < order.indexOf(charge) && order.indexOf(charge) < order.indexOf(form.lookup("#council_tax-council"))
                && order.indexOf(form.lookup("#council_tax-council")) < order.indexOf(london), "in the same place (Tab order, screen readers)");

        r.interact(liable::fire);
        assertFalse(isShown(charge), "hidden while no council tax is payable");
        r.interact(liable::fire);
        assertSame(charge, form.lookup("#council_tax-charge"), "built once, then kept");
        assertTrue(isShown(charge));
        assertEquals("1500", charge.getText(), "what was typed is kept");
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    @Test
    void findingTheCouncilInEveryNation(FxRobot r) {
        r.interact(() -> vm.councilTaxLiableProperty().set(true));
        assertTrue(isShown(form.lookup("#council_tax-search")));
        r.interact(() -> vm.nationProperty().set(uk.betteroff.kernel.household.Nation.WALES));
        // a Welsh council is found too (choosing one sets the nation); its reduction is the national scheme, as the form says
        assertTrue(isShown(form.lookup("#council_tax-search")));
        assertTrue(isShown(form.lookup("#council_tax-council")));
    }

    @Test
    void tenureRowsMadeWhenTheirTenureIsFirstChosenThenKeptInTheirPlace(FxRobot r) {
        assertNotEquals(Tenure.SOCIAL, vm.tenureProperty().get());
        assertNotEquals(Tenure.PRIVATE, vm.tenureProperty().get());
        assertNull(form.lookup("#home-bedrooms"), "not made for the first tenure");
        assertNull(form.lookup("#home-lha_rate"));
        System.gc(); // the condition must outlive a collection while the row waits to be made

        r.interact(() -> vm.tenureProperty().set(Tenure.PRIVATE));
        TextField lha = (TextField) form.lookup("#home-lha_rate");
        assertNotNull(lha, "made once private renting is chosen");
        assertTrue(isShown(lha) && isShown(labelFor(form, lha)));
        r.interact(() -> vm.tenureProperty().set(Tenure.SOCIAL));
        TextField beds = (TextField) form.lookup("#home-bedrooms");
        assertTrue(isShown(beds) && isShown(labelFor(form, beds)));
        assertFalse(isShown(lha), "the LHA rate is hidden for a social tenant");
        r.interact(beds::requestFocus);
        r.write("2");
        assertEquals("2", vm.bedrooms().getText());

        List<Node> order = depthFirst(form, new ArrayList<>());
        Node rent = form.lookup("#home-rent");
        assertTrue(order.indexOf(rent) < order.indexOf(beds) && order.indexOf(beds) < order.indexOf(lha),
                "rent, then bedrooms, then the LHA rate, as the rows read (Tab order, screen readers), whichever came first");

        r.interact(() -> vm.tenureProperty().set(Tenure.PRIVATE));
        r.interact(() -> vm.tenureProperty().set(Tenure.SOCIAL));
        assertSame(beds, form.lookup("#home-bedrooms"), "made once, then kept");
        assertEquals("2", beds.getText(), "what was typed is kept");
        assertEquals(1, form.lookupAll("#home-bedrooms").size());
    }
}
