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

/**
 * The council tax rows (the charge, finding the council) are built the first time "pays council tax" is ticked
 * (issue 5, start-up: the window opens sooner without them). Once ticked they must work as before — typed into,
 * hidden when unticked and kept — in their place between "pays council tax" and "lives in London".
 */
@ExtendWith(ApplicationExtension.class)
class CouncilTaxRowsTest {
    private final HouseholdViewModel vm = new HouseholdViewModel(List.of(new CouncilChoice("oxford", "Oxford")),
            () -> java.time.LocalDate.of(2026, 12, 1), () -> { });
    private Parent form;

    @Start
    void start(Stage stage) {
        form = (Parent) new HouseholdView(vm, new Label("case name")).node();
        stage.setScene(new Scene(form, 500, 900));
        stage.show();
    }

    private static void depthFirst(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) depthFirst(c, out);
    }

    @Test
    void builtWhenFirstTickedThenTypedIntoHiddenAndKept(FxRobot r) {
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
    void findingTheCouncilOnlyInEngland(FxRobot r) {
        r.interact(() -> vm.councilTaxLiableProperty().set(true));
        assertTrue(isShown(form.lookup("#council_tax-search")));
        r.interact(() -> vm.nationProperty().set(uk.betteroff.kernel.household.Nation.WALES));
        assertFalse(isShown(form.lookup("#council_tax-search")), "Wales has one national scheme: no council to find");
        assertFalse(isShown(form.lookup("#council_tax-council")));
    }
}
