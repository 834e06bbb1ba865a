package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.ui.MainWindow.UnsavedChoice;

/**
 * Work is never lost: closing the window, File → Exit, New, Open and Recent ask Save / Don't save / Cancel when
 * there are unsaved edits, as every desktop app does (issue 19 items 1–2); a save says so in the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkTest {
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;
    private Path folder;
    private final List<String> asked = new ArrayList<>();
    private UnsavedChoice answer = UnsavedChoice.CANCEL;

    @Start
    void start(Stage primary) throws java.io.IOException {
        // a window of its own, as the tests close it: the primary stage the other UI tests are shown in stays as it is
        Platform.setImplicitExit(false);
        Stage stage = new Stage();
        this.stage = stage;
        folder = Files.createTempDirectory("betteroff-unsaved-test");
        vm = HostelCase.newViewModel(folder.resolve("data"));
        window = new MainWindow(vm, stage, null, null, Runnable::run);
        window.setConfirm(q -> {
            throw new AssertionError("a yes/no question was asked where Save / Don't save / Cancel belongs: " + q);
        });
        window.setAskUnsaved(q -> {
            asked.add(q);
            return answer;
        });
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @org.junit.jupiter.api.AfterEach
    void closeOwnWindow() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> {
            stage.setOnCloseRequest(null);
            stage.hide();
        });
    }

    /** The window's close button: true when the window may close (the request was not consumed). */
    private boolean closeButton(FxRobot r) {
        WindowEvent e = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        r.interact(() -> stage.getOnCloseRequest().handle(e));
        return !e.isConsumed();
    }

    private void typeRent(FxRobot r, String rent) {
        r.interact(() -> {
            MainViewModelTest.enterHostelCase(vm);
            vm.household().rent().money().setText(rent);
        });
    }

    @Test
    void closingWithNoEditsAsksNothing(FxRobot r) {
        assertTrue(closeButton(r));
        assertEquals(List.of(), asked);
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindowAndTheWork(FxRobot r) {
        typeRent(r, "250");
        answer = UnsavedChoice.CANCEL;
        assertFalse(closeButton(r), "Cancel keeps the window open");
        assertEquals(List.of("Save the changes to \u201cNew case\u201d before closing Better Off?"), asked);
        assertEquals("250", vm.household().rent().money().getText());
        assertTrue(vm.dirtyProperty().get());
    }

    @Test
    void closingAndSavingWritesTheCaseFirst(FxRobot r) throws Exception {
        typeRent(r, "250");
        Path file = folder.resolve("kept.yaml");
        window.setSaveChooser(suggested -> file);
        answer = UnsavedChoice.SAVE;
        assertTrue(closeButton(r));
        assertTrue(Files.readString(file).contains("amount: 250.00"), "saved before closing");
    }

    @Test
    void aSaveCancelledInItsDialogCancelsTheClose(FxRobot r) {
        typeRent(r, "250");
        window.setSaveChooser(suggested -> null);   // the adviser pressed Cancel in the save dialog
        answer = UnsavedChoice.SAVE;
        assertFalse(closeButton(r));
    }

    @Test
    void exitWithDontSaveClosesWithoutWriting(FxRobot r) throws Exception {
        typeRent(r, "250");
        window.setSaveChooser(suggested -> {
            throw new AssertionError("Don't save asked where to save");
        });
        answer = UnsavedChoice.DONT_SAVE;
        r.interact(window::exit);
        assertFalse(stage.isShowing(), "File → Exit closed the window");
        assertEquals(1, asked.size());
    }

    @Test
    void ctrlNInAdviserModeAsksTheAdvisersQuestionNotTheResidents(FxRobot r) {
        typeRent(r, "250");
        answer = UnsavedChoice.CANCEL;
        r.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Save the changes to \u201cNew case\u201d before starting a new case?"), asked);
        assertEquals("250", vm.household().rent().money().getText(), "Cancel keeps the work");
        answer = UnsavedChoice.DONT_SAVE;
        r.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", vm.household().rent().money().getText(), "Don't save starts the new case");
    }

    @Test
    void openAsksFirstToo(FxRobot r) {
        typeRent(r, "250");
        answer = UnsavedChoice.CANCEL;
        r.push(KeyCode.CONTROL, KeyCode.O);   // Cancel: the open dialog is never shown
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Save the changes to \u201cNew case\u201d before opening another case?"), asked);
    }

    @Test
    void aSaveSaysSoInTheStatusBarUntilTheNextEdit(FxRobot r) {
        typeRent(r, "250");
        Path file = folder.resolve("hostel.yaml");
        window.setSaveChooser(suggested -> file);
        r.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = ((Label) r.lookup(".status-bar .label").query()).getText();
        assertEquals("Saved as " + file.toAbsolutePath().normalize(), shown);
        r.interact(() -> vm.household().rent().money().setText("260"));
        assertEquals("", ((Label) r.lookup(".status-bar .label").query()).getText(), "an edit since: no longer true");
    }

    @Test
    void f1OpensTheGuideWithEveryFigureExplained(FxRobot r) {
        r.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage guide = (Stage) r.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().contains("Guide")).findFirst()
                .orElseThrow(() -> new AssertionError("F1 opened no guide"));
        assertEquals("Better Off — Guide to Better Off", guide.getTitle());
        List<String> texts = r.from(guide.getScene().getRoot()).lookup(".label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        for (String id : uk.betteroff.kernel.result.FigureIds.ALL)
            assertTrue(texts.contains(Messages.get("figure." + id)), "the guide explains " + id);
        assertTrue(texts.contains("Where the rules come from"), texts.toString());
        r.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(guide.isShowing());
    }
}
