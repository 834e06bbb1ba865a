package uk.betteroff.ui.explain;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The Why? window at 200% text: its Close button reads "Close" (was cut to "Cl…"), long steps wrap instead of
 * being cut off, and the rates version is said once in its foot, not with every step (issue 19 item 13).
 */
@ExtendWith(ApplicationExtension.class)
class ExplainViewTest {
    private static final String LONG = "Housing Benefit where no Universal Credit is paid this month, so its own means test applies, "
            + "less the non-dependant deductions for each other adult in the home";
    private static final String FINGERPRINT = "05ac2192dfd3bbce664622047de8985c881a3e217fc98537e4100a46e7b9d636";
    private Stage owner;

    @Start
    void start(Stage primary) {
        // an owner of its own: the primary stage the other UI tests are shown in is left as it is
        owner = new Stage();
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        owner.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeOwner() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(owner::hide);
    }

    private static TraceNode trace() {
        TraceNode leaf = new TraceNode("hb.long", LONG, Money.of("12.34"), Period.WEEK, "", List.of(), List.of(), List.of());
        return new TraceNode("housing_benefit", "Housing Benefit", Money.of("233.70"), Period.WEEK, "", List.of(), List.of(), List.of(leaf));
    }

    @Test
    void atDoubleTextSizeNothingIsCutOff(FxRobot r) {
        ExplainViewModel vm = new ExplainViewModel("Housing Benefit", "16 hours", trace(), FINGERPRINT, "/opt/betteroff/rates",
                List.of("2026-27.yaml sha256:aa", "references.yaml sha256:bb"));
        ExplainView[] view = new ExplainView[1];
        r.interact(() -> {
            view[0] = new ExplainView(vm, owner, List.of(), "-fx-font-size: 26px;");
            view[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Stage why = view[0].stage();
        Button close = r.from(why.getScene().getRoot()).lookup(".button").queryAs(Button.class);
        assertFalse(close.isTextTruncated(), "Close shows in full, not \"Cl…\" (" + close.getWidth() + " px)");
        TreeView<?> tree = r.from(why.getScene().getRoot()).lookup(".tree-view").queryAs(TreeView.class);
        assertTrue(tree.getRoot().isExpanded());
        List<TreeCell<?>> cells = r.from(tree).lookup(".tree-cell").queryAll().stream().<TreeCell<?>>map(n -> (TreeCell<?>) n)
                .filter(c -> c.getItem() != null).toList();
        assertEquals(2, cells.size());
        for (TreeCell<?> c : cells) assertFalse(c.isTextTruncated(), "cut off: " + c.getText() + " " + c.getWidth() + "x" + c.getHeight() + " tree " + tree.getWidth() + " pref " + c.prefHeight(c.getWidth()));
        Label version = r.from(why.getScene().getRoot()).lookup("#explain-rates-version").queryAs(Label.class);
        assertTrue(version.getText().contains(FINGERPRINT), version.getText());
        assertFalse(version.isTextTruncated(), version.getText());
        assertFalse(vm.getDetails().contains(FINGERPRINT), "the steps don't repeat it");
        r.interact(why::close);
    }

    @Test
    void aRateReadFromTheRatesFolderIsNamedByItsFileAndLine() {
        TraceNode n = new TraceNode("hb.taper", "Taper", Money.ZERO, Period.NONE, "", List.of(),
                List.of(new TraceNode.RateUse("hb.taper", "65%", "/opt/betteroff/rates/2026-27.yaml line 691", List.of("hbr-reg-71"))), List.of());
        ExplainViewModel vm = new ExplainViewModel("Housing Benefit", "16 hours", n, FINGERPRINT, "/opt/betteroff/rates", List.of());
        assertTrue(vm.getDetails().contains("• hb.taper = 65% (2026-27.yaml line 691; hbr-reg-71)"), vm.getDetails());
        assertFalse(vm.getDetails().contains("Rates version"), vm.getDetails());
    }
}
