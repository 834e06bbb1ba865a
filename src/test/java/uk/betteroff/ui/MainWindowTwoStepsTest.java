package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.ui.chart.HoursChartView;
import uk.betteroff.ui.chart.HoursChartViewModel;

/**
 * The main window opens in two steps, however it is opened (issue 5, start-up; issue 18: one build path): the
 * first frame has the menus and the household form, ready for typing; the comparison and the hours chart take
 * the placeholder's place just after. A window whose view model leaves its first calculation until then (as the
 * desktop app's does) must end up the same as one whose view model had already calculated — the same controls
 * in the same places and order (so Tab, the mnemonics and screen readers meet them as before), the same
 * figures — with the focus still on the first field.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTwoStepsTest {
    private final CountDownLatch complete = new CountDownLatch(1);
    private final CountDownLatch otherComplete = new CountDownLatch(1);
    private final AtomicInteger completions = new AtomicInteger();
    private Stage twoSteps;
    private Stage atOnce;
    private boolean formWithoutComparisonAtFirst;
    private volatile int calculationsBeforeShown = -1;

    private static HoursChartViewModel chart() {
        return new HoursChartViewModel(HoursChartViewModel.bundle(java.util.Locale.UK), Executors.newSingleThreadExecutor(t -> {
            Thread th = new Thread(t, "chart-test");
            th.setDaemon(true);
            return th;
        }), javafx.application.Platform::runLater);
    }

    @Start
    void start(Stage stage) {
        twoSteps = stage;
        // as the desktop app makes it: the first calculation is left for the second step
        MainViewModel later = HostelCase.newViewModelCalculatedLater();
        MainWindow w = new MainWindow(later, stage, null, chart(), Runnable::run, () -> {
            completions.incrementAndGet();
            complete.countDown();
        });
        stage.show();
        w.focusFirstField();
        // read at the first frame's pulse, before the second step (which runs just after that frame is drawn)
        FirstFrame.notifyAfterShown(stage, () -> calculationsBeforeShown = later.calculations());
        Parent root = stage.getScene().getRoot();
        formWithoutComparisonAtFirst = root.lookup("#household-date") != null && root.lookup("#cell-housing_benefit-1") == null;

        atOnce = new Stage();
        new MainWindow(HostelCase.newViewModel(), atOnce, null, chart(), Runnable::run, otherComplete::countDown).focusFirstField();
        atOnce.show();
    }

    /**
     * Every node's class, id, style classes and visibility, depth first; left out: the hours chart's own contents
     * (they follow its background sweep) and the insides of text fields (caret blink, and a prompt shown only
     * while the window is not the focused one).
     */
    private static List<String> outline(Node n, int depth, List<String> out) {
        out.add("  ".repeat(depth) + n.getClass().getSimpleName() + " #" + n.getId() + " " + n.getStyleClass() + (n.isVisible() ? "" : " hidden"));
        if (n instanceof Parent p && !(n instanceof HoursChartView) && !(n instanceof javafx.scene.control.TextField))
            for (Node c : p.getChildrenUnmodifiable()) outline(c, depth + 1, out);
        return out;
    }

    @Test
    void theFormComesFirstAndTheWholeWindowIsTheOneBuiltAtOnce(FxRobot r) throws Exception {
        assertTrue(formWithoutComparisonAtFirst, "the first step shows the household form without the comparison");
        assertTrue(complete.await(20, TimeUnit.SECONDS), "the second step finished");
        assertTrue(otherComplete.await(20, TimeUnit.SECONDS), "the other window's second step finished");
        WaitForAsyncUtils.waitForFxEvents();

        Parent root = twoSteps.getScene().getRoot();
        assertNotNull(root.lookup("#cell-housing_benefit-1"), "the comparison is in the window");
        assertNotNull(root.lookup("#hoursChart"), "the hours chart is in the window");
        assertEquals("household-date", twoSteps.getScene().getFocusOwner().getId(), "the focus stays on the first field");
        List<String> expected = WaitForAsyncUtils.asyncFx(() -> outline(atOnce.getScene().getRoot(), 0, new ArrayList<>())).get(10, TimeUnit.SECONDS);
        List<String> actual = WaitForAsyncUtils.asyncFx(() -> outline(root, 0, new ArrayList<>())).get(10, TimeUnit.SECONDS);
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertEquals(1, completions.get(), "the window reports itself complete once");
        assertEquals(0, calculationsBeforeShown, "no calculation before the first frame");
        double[] dividerAtOnce = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.SplitPane) atOnce.getScene().getRoot().lookup(".split-pane"))
                .getDividerPositions()).get(10, TimeUnit.SECONDS);
        double[] dividerTwoSteps = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.SplitPane) root.lookup(".split-pane"))
                .getDividerPositions()).get(10, TimeUnit.SECONDS);
        assertArrayEquals(dividerAtOnce, dividerTwoSteps, 1e-9, "the divider between the form and the comparison stays where it was");
        for (String cell : List.of("#cell-universal_credit-0", "#cell-housing_benefit-1", "#cell-total_income-2"))
            assertEquals(text(atOnce, cell), text(twoSteps, cell), cell + ": the second step's comparison shows the same figures");
        assertFalse(text(twoSteps, "#cell-universal_credit-0").isBlank(), "and figures they are");
    }

    private static String text(Stage stage, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Labeled) stage.getScene().getRoot().lookup(id)).getText()).get(10, TimeUnit.SECONDS);
    }

    /** On screen: the node and every node above it visible. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    /** The second adult's fields are built when "couple" is first ticked, then shown and hidden with it. */
    @Test
    void theSecondAdultsFieldsAppearWhenCoupleIsTicked(FxRobot r) throws Exception {
        assertTrue(complete.await(20, TimeUnit.SECONDS), "the second step finished");
        r.interact(() -> atOnce.close());
        Parent root = twoSteps.getScene().getRoot();
        Node couple = root.lookup("#household-couple");
        assertNull(root.lookup("#person2-age"), "a single person's window has no second adult's fields yet");
        r.clickOn(couple);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(root.lookup("#person2-age")), "person 2's age, shown once couple is ticked");
        assertTrue(shown(root.lookup("#option1-person2-hours")), "person 2's hours in option 1");
        r.clickOn(couple);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(root.lookup("#person2-age")), "hidden again when couple is unticked");
        assertFalse(shown(root.lookup("#option1-person2-hours")), "and in option 1");
        r.clickOn(couple);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, root.lookupAll("#person2-age").size(), "built once");
        assertTrue(shown(root.lookup("#person2-age")));
    }
}
