package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.testing.TestRates;

/**
 * Issue 15 item 2 in the real window: a couple with three jobs between them in one option ("he works 37.5, she works
 * 12 in one job and 8 in another"), entered by mouse and by keyboard only. The column shows the figures the same
 * case gives as a case file with those three jobs, and a summary line for her further job.
 */
@ExtendWith(ApplicationExtension.class)
class MoreJobsFlowTest {
    private MainViewModel vm;
    private MainWindow window;

    /** The same household and option as a case file (docs/design.md format), calculated by the kernel directly. */
    private static final String CASE = """
            format: betteroff-case/1
            name: Couple, three jobs
            date: 2026-11-22
            nation: england
            household:
              adults:
                - {age: 30}
                - {age: 30}
              children: []
            housing:
              tenure: supported
              rent: {amount: 250.00, per: week}
            scenarios:
              - name: three jobs
                jobs:
                  - {adult: 1, hours: 37.5, hourly_wage: 12.71}
                  - {adult: 2, hours: 12, hourly_wage: 12.71}
                  - {adult: 2, hours: 8, hourly_wage: 12.71}
            """;

    @Start
    void start(Stage stage) throws java.io.IOException {
        Path dataFolder = Files.createTempDirectory("betteroff-jobs-test");
        vm = HostelCase.newViewModel(dataFolder.resolve("data"));
        window = HostelCase.openWindow(stage, vm);
    }

    @BeforeEach
    void wholeWindow() throws java.util.concurrent.TimeoutException {
        HostelCase.waitForWholeWindow(window);
    }

    /** The household typed in (as the hostel case's single adult, with a partner of 30). */
    private void household(FxRobot r) {
        r.interact(() -> {
            vm.household().date().setText("22/11/2026");
            vm.household().coupleProperty().set(true);
            vm.household().adult(0).age().setText("30");
            vm.household().adult(1).age().setText("30");
            vm.household().rent().money().setText("250");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void coupleWithThreeJobsByMouse(FxRobot r) {
        household(r);
        replace(r, "option1.person1.hours", "37.5");
        replace(r, "option1.person1.wage", "12.71");
        replace(r, "option1.person2.hours", "12");
        replace(r, "option1.person2.wage", "12.71");
        r.clickOn("#option1-more_jobs");
        WaitForAsyncUtils.waitForFxEvents();
        Stage more = moreJobsWindow(r);
        r.clickOn(more.getScene().getRoot().lookup("#more_jobs-add-person2"));
        WaitForAsyncUtils.waitForFxEvents();
        r.doubleClickOn(more.getScene().getRoot().lookup("#more_jobs-1-hours")).write("8");
        r.doubleClickOn(more.getScene().getRoot().lookup("#more_jobs-1-wage")).push(KeyCode.CONTROL, KeyCode.A).write("12.71");
        r.clickOn(more.getScene().getRoot().lookup("#more_jobs-close"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(more.isShowing());
        assertThreeJobsOnScreen(r);
        // removed again with the mouse: the column is back to two jobs
        r.clickOn("#option1-more_jobs");
        WaitForAsyncUtils.waitForFxEvents();
        r.clickOn(moreJobsWindow(r).getScene().getRoot().lookup("#more_jobs-1-remove"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.scenarios().slot(0).moreJobs().isEmpty());
        assertFalse(node(r, "option1.more_jobs.summary", Label.class).isVisible());
    }

    @Test
    void coupleWithThreeJobsByKeyboardOnly(FxRobot r) {
        household(r);
        mnemonic(r, KeyCode.H, "option1.person1.hours");
        r.push(KeyCode.CONTROL, KeyCode.A).write("37.5");
        tabTo(r, "option1.person1.wage");
        r.push(KeyCode.CONTROL, KeyCode.A).write("12.71");
        tabTo(r, "option1.person2.hours");
        r.push(KeyCode.CONTROL, KeyCode.A).write("12");
        tabTo(r, "option1.person2.wage");
        r.push(KeyCode.CONTROL, KeyCode.A).write("12.71");
        tabTo(r, "option1.more_jobs");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        Stage more = moreJobsWindow(r);
        assertTrue(more.isFocused(), "the jobs window takes the keyboard focus");
        r.targetWindow(more); // TestFX types into its target window; the keyboard's focus is already there
        tabTo(more, r, "more_jobs-add-person2");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("more_jobs-1-hours", more.getScene().getFocusOwner().getId(), "a new job's hours take the focus");
        r.write("8");
        tabTo(more, r, "more_jobs-1-wage");
        r.push(KeyCode.CONTROL, KeyCode.A).write("12.71");
        r.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(more.isShowing(), "Escape closes the jobs window");
        assertThreeJobsOnScreen(r);
    }

    /** The column's pay and Universal Credit are the case file's with the same three jobs, and her further job is summed up. */
    private void assertThreeJobsOnScreen(FxRobot r) {
        CaseFile file = CaseReader.read("three-jobs.yaml", CASE);
        Comparison c = TestRates.calculator().compare(file.circumstances(), file.scenarios());
        for (String figure : new String[] {"gross_earnings", "net_earnings", "universal_credit", "housing_benefit", "money_left"}) {
            Figure f = c.scenarios().getFirst().figures().get(figure);
            if (f == null || f.in(Period.WEEK).isZero()) continue;
            String shown = node(r, "cell." + figure + ".1", Button.class).getText();
            assertEquals(f.in(Period.WEEK).format(), shown, () -> figure + " for three jobs; further jobs: "
                    + vm.scenarios().slot(0).moreJobs().stream().map(j -> j.hours().getText() + " h at " + j.wage().getText()).toList());
        }
        assertEquals("Person 2: 1 more job(s), 8 hours", node(r, "option1.more_jobs.summary", Label.class).getText());
        assertEquals(3, vm.toCaseFile().orElseThrow().scenarios().getFirst().jobs().size(), "saved with its three jobs");
    }

    private static Stage moreJobsWindow(FxRobot r) {
        return (Stage) r.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().contains("More jobs")).findFirst()
                .orElseThrow(() -> new AssertionError("no More jobs window"));
    }

    private static void replace(FxRobot r, String id, String text) {
        r.doubleClickOn("#" + id.replace('.', '-'));
        r.push(KeyCode.CONTROL, KeyCode.A);
        r.write(text);
    }

    private static <T extends Node> T node(FxRobot r, String id, Class<T> type) {
        return r.lookup("#" + id.replace('.', '-')).queryAs(type);
    }

    private static void mnemonic(FxRobot r, KeyCode letter, String id) {
        r.push(KeyCode.ALT, letter);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = r.listTargetWindows().getFirst().getScene().getFocusOwner();
        assertEquals(id.replace('.', '-'), focused == null ? null : focused.getId(), "Alt+" + letter.getName());
    }

    private static void tabTo(FxRobot r, String id) { tabTo(r.listTargetWindows().getFirst(), r, id.replace('.', '-')); }

    private static void tabTo(Window w, FxRobot r, String id) {
        for (int i = 0; i < 120; i++) {
            Node focused = w.getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) return;
            r.push(KeyCode.TAB);
        }
        fail("Tab never reached " + id);
    }
}
