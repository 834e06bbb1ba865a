package uk.betteroff.ui.household;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The household pane's list rows (a child, an income) in a narrow pane that scrolls, as in the main window: when a row
 * wraps, each label stays on the line of the field it labels (issue 19 item 13: labels sat apart from their drop-downs).
 */
@ExtendWith(ApplicationExtension.class)
class ChildRowsTest {
    private final HouseholdViewModel vm = new HouseholdViewModel(List.of(), () -> java.time.LocalDate.of(2026, 12, 1), () -> { });
    private Parent form;
    private Stage stage;

    @Start
    void start(Stage primary) {
        // a window of its own, as the tests resize it: the primary stage the other UI tests are shown in keeps its size
        Stage stage = new Stage();
        this.stage = stage;
        form = (Parent) new HouseholdView(vm, new Label("case name")).node();
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 420, 400));   // the main window's left pane, at its width, scrolling
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeOwnWindow() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(stage::hide);
    }

    private static List<Node> depthFirst(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) depthFirst(c, out);
        return out;
    }

    private void assertEveryLabelBesideItsField(String what) {
        List<Label> labels = depthFirst(form, new ArrayList<>()).stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() != null && l.isVisible()).map(Label.class::cast).toList();
        int checked = 0;
        for (Label l : labels) {
            Node row = l;
            while (row != null && !row.getStyleClass().contains("list-row")) row = row.getParent();
            if (row == null) continue;   // a form row, not a list row
            Bounds lb = l.localToScene(l.getLayoutBounds()), fb = l.getLabelFor().localToScene(l.getLabelFor().getLayoutBounds());
            assertTrue(lb.getCenterY() > fb.getMinY() && lb.getCenterY() < fb.getMaxY(),
                    what + ": \"" + l.getText() + "\" at y " + lb.getCenterY() + ", its field from " + fb.getMinY() + " to " + fb.getMaxY());
            assertTrue(lb.getMaxX() <= fb.getMinX(), what + ": \"" + l.getText() + "\" is before its field");
            checked++;
        }
        assertTrue(checked >= 3, what + ": labels checked " + checked);
    }

    @Test
    void aChildsLabelsStayBesideTheirFieldsWhenTheRowWraps(FxRobot r) {
        r.interact(() -> {
            vm.addChild();
            vm.addChild();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryLabelBesideItsField("420 px");
        for (double w : new double[] {360, 500, 640}) {
            r.interact(() -> stage.setWidth(w));
            WaitForAsyncUtils.waitForFxEvents();
            assertEveryLabelBesideItsField(w + " px");
        }
    }

    @Test
    void anIncomesLabelsStayBesideTheirFieldsToo(FxRobot r) {
        r.interact(() -> vm.adult(0).addIncome());
        WaitForAsyncUtils.waitForFxEvents();
        for (double w : new double[] {360, 420, 500}) {
            r.interact(() -> stage.setWidth(w));
            WaitForAsyncUtils.waitForFxEvents();
            List<Label> labels = depthFirst(form, new ArrayList<>()).stream()
                    .filter(n -> n instanceof Label l && l.getLabelFor() != null && (l.getText().contains("Kind of income") || l.getText().contains("Amount")))
                    .map(Label.class::cast).toList();
            for (Label l : labels) {
                Bounds lb = l.localToScene(l.getLayoutBounds()), fb = l.getLabelFor().localToScene(l.getLabelFor().getLayoutBounds());
                assertTrue(lb.getCenterY() > fb.getMinY() && lb.getCenterY() < fb.getMaxY(), w + " px: \"" + l.getText() + "\" apart from its field");
            }
        }
    }
}
