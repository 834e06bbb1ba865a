package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.kernel.household.Tenure;

/**
 * The real window, driven by TestFX on JavaFX's headless platform: the hostel case entered with the
 * mouse and with the keyboard only, HB and rent to pay read off the comparison and checked against
 * {@code cases/hostel-25plus-after-oct-2026.yaml}; resident mode writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFlowTest {
    private MainViewModel vm;
    private MainWindow window;

    private Path dataFolder;

    @Start
    void start(Stage stage) throws java.io.IOException {
        dataFolder = Files.createTempDirectory("betteroff-ui-test");
        vm = HostelCase.newViewModel(dataFolder.resolve("data"));
        window = HostelCase.openWindow(stage, vm);
    }

    /** The comparison joins the window just after its first frame (MainWindow): each test starts with the whole window. */
    @org.junit.jupiter.api.BeforeEach
    void wholeWindow() throws java.util.concurrent.TimeoutException {
        HostelCase.waitForWholeWindow(window);
    }

    private static void replace(FxRobot r, String id, String text) {
        r.doubleClickOn("#" + id.replace('.', '-'));
        r.push(KeyCode.CONTROL, KeyCode.A);
        r.write(text);
    }

    private static <T extends Node> T node(FxRobot r, String id, Class<T> type) {
        return r.lookup("#" + id.replace('.', '-')).queryAs(type);
    }

    private static BigDecimal pounds(String shown) { return new BigDecimal(shown.replace("£", "").replace(",", "")); }

    /** HB and rent to pay in both in-work columns, as shown on screen, against the case file. */
    private static void assertHostelFiguresOnScreen(FxRobot r) {
        BigDecimal tol = HostelCase.tolerance();
        for (int col = 1; col <= 2; col++) {
            String name = col == 1 ? "16 hours" : "30 hours";
            var hb = HostelCase.expected(name, "housing_benefit");
            String shownHb = node(r, "cell.housing_benefit." + col, Button.class).getText();
            assertTrue(pounds(shownHb).subtract(hb.amount()).abs().compareTo(tol) <= 0,
                    HostelCase.FILE + " line " + hb.line() + ": HB " + name + " expected " + hb.amount() + ", screen shows " + shownHb);
            String shownRent = node(r, "cell.rent_to_pay." + col, Button.class).getText();
            assertTrue(pounds(shownRent).subtract(HostelCase.rentToPayWeekly(name)).abs().compareTo(tol) <= 0,
                    "rent to pay " + name + ": screen shows " + shownRent);
        }
        String hbOut = node(r, "cell.housing_benefit.0", Button.class).getText();
        assertEquals(0, pounds(hbOut).compareTo(HostelCase.expected("baseline", "housing_benefit").amount()), hbOut);
    }

    @Test
    void hostelCaseEnteredWithTheMouse(FxRobot r) {
        assertTrue(r.window(w -> w instanceof Stage).getClass() != null);
        assertTrue(((Stage) r.listTargetWindows().getFirst()).getTitle().startsWith("Better Off"));
        replace(r, "household.date", "22/11/2026");
        replace(r, "person1.age", "30");
        r.interact(() -> node(r, "home.tenure", ChoiceBox.class).getSelectionModel().select(Tenure.SUPPORTED));
        replace(r, "home.rent", "250");
        replace(r, "option1.person1.hours", "16");
        replace(r, "option1.person1.wage", "12.71");
        replace(r, "option2.person1.hours", "30");
        replace(r, "option2.person1.wage", "12.71");
        WaitForAsyncUtils.waitForFxEvents();
        assertHostelFiguresOnScreen(r);
        assertTrue(node(r, "better_off.1", Label.class).getText().matches("(Better|Worse) off by £[0-9.,]+ a week \\(£[0-9.]+( less)? for each extra hour\\)"),
                node(r, "better_off.1", Label.class).getText());
    }

    @Test
    void savedReopenedAndCompared(FxRobot r) {
        hostelCaseEnteredWithTheMouse(r);
        Path file = dataFolder.resolve("hostel.yaml");
        window.setSaveChooser(suggested -> file);
        r.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(file), "Ctrl+S saved the case");
        assertFalse(((Stage) r.listTargetWindows().getFirst()).getTitle().endsWith("*"), "no unsaved edits after saving");
        r.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", node(r, "home.rent", TextField.class).getText());
        r.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("250.00", node(r, "home.rent", TextField.class).getText());
        assertHostelFiguresOnScreen(r);
    }

    @Test
    void hostelCaseEnteredWithTheKeyboardOnly(FxRobot r) {
        // Focus starts on the date of assessment.
        assertEquals("household-date", r.listTargetWindows().getFirst().getScene().getFocusOwner().getId());
        r.push(KeyCode.CONTROL, KeyCode.A).write("22/11/2026");
        mnemonic(r, KeyCode.A, "person1.age");          // "_Age"
        r.push(KeyCode.CONTROL, KeyCode.A).write("30");
        mnemonic(r, KeyCode.W, "home.tenure");          // "_Where they live"
        // Supported housing is the first choice; choose it with the arrow keys regardless of the default.
        r.push(KeyCode.HOME);
        assertEquals(Tenure.SUPPORTED, vm.household().tenureProperty().get());
        mnemonic(r, KeyCode.T, "home.rent");            // "Ren_t"
        r.push(KeyCode.CONTROL, KeyCode.A).write("250");
        mnemonic(r, KeyCode.H, "option1.person1.hours"); // "_Hours a week"
        r.push(KeyCode.CONTROL, KeyCode.A).write("16");
        tabTo(r, "option1.person1.wage");
        r.push(KeyCode.CONTROL, KeyCode.A).write("12.71");
        tabTo(r, "option2.person1.hours");
        r.push(KeyCode.CONTROL, KeyCode.A).write("30");
        tabTo(r, "option2.person1.wage");
        r.push(KeyCode.CONTROL, KeyCode.A).write("12.71");
        WaitForAsyncUtils.waitForFxEvents();
        assertHostelFiguresOnScreen(r);
        // Enter on a figure opens its working.
        tabTo(r, "cell.housing_benefit.1");
        r.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Stage why = (Stage) r.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().contains("Why?")).findFirst()
                .orElseThrow(() -> new AssertionError("no Why? window"));
        assertTrue(why.getTitle().startsWith("Better Off — Why? Housing Benefit — 16 hours"), why.getTitle());
        assertTrue(why.isFocused(), "the Why? window takes the keyboard focus");
        r.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(why.isShowing(), "Escape closes the Why? window");
    }

    /** Alt+letter (the label's mnemonic) must move the focus to the field it labels. */
    private static void mnemonic(FxRobot r, KeyCode letter, String id) {
        r.push(KeyCode.ALT, letter);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = r.listTargetWindows().getFirst().getScene().getFocusOwner();
        assertEquals(id.replace('.', '-'), focused == null ? null : focused.getId(), "Alt+" + letter.getName());
    }

    /** Presses Tab until the node with this id has focus (at most 80 times): proves it is reachable by keyboard. */
    private static void tabTo(FxRobot r, String id) {
        for (int i = 0; i < 80; i++) {
            Window w = r.listTargetWindows().getFirst();
            Node focused = w.getScene().getFocusOwner();
            if (focused != null && id.replace('.', '-').equals(focused.getId())) return;
            r.push(KeyCode.TAB);
        }
        fail("Tab never reached " + id);
    }

    @Test
    void textSizeAndHighContrastFromTheKeyboard(FxRobot r) {
        for (int i = 0; i < 4; i++) r.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2.0, vm.textScaleProperty().get(), "Ctrl+= four times: 200% text");
        assertTrue(node(r, "cell.money_left.1", Button.class).isVisible());
        assertTrue(window.root().getStyle().contains("26.0px"), window.root().getStyle());
        r.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.root().getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("high-contrast.css")));
    }

    @Test
    void badInputIsDecoratedWithWhatIsAllowedAndNothingCrashes(FxRobot r) {
        replace(r, "home.rent", "lots");
        WaitForAsyncUtils.waitForFxEvents();
        TextField rent = node(r, "home.rent", TextField.class);
        assertTrue(rent.getStyleClass().contains("invalid"));
        assertEquals("Enter an amount in pounds, like 250 or 250.00.", rent.getAccessibleHelp());
        assertTrue(r.lookup(".field-error").queryAll().stream().anyMatch(n -> n.isVisible() && ((Label) n).getText().contains("Enter an amount")));
        assertTrue(node(r, "result.message", Label.class).getText().contains("Rent (£)"));
    }

    @Test
    void residentModeLeavesNoFileBehind(FxRobot r, @TempDir Path home) throws Exception {
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try (Stream<Path> before = Files.walk(dataFolder)) {
            var dataBefore = before.toList();
            r.interact(vm::enterResidentMode);
            assertTrue(((Stage) r.listTargetWindows().getFirst()).getTitle().startsWith("Better Off — resident mode"));
            assertEquals("", node(r, "resident.age", TextField.class).getText(), "resident mode starts empty");
            assertEquals("", node(r, "resident.answer", Label.class).getText(), "no answer before the questions are answered");
            replace(r, "resident.age", "30");
            r.interact(() -> {
                node(r, "resident.health", ChoiceBox.class).getSelectionModel().select(0); // No (fit for work)
                node(r, "resident.partner", ChoiceBox.class).getSelectionModel().select(1); // No
                node(r, "resident.children", ChoiceBox.class).getSelectionModel().select(1);
                node(r, "resident.tenure", ChoiceBox.class).getSelectionModel().select(0); // supported housing
                node(r, "resident.london", ChoiceBox.class).getSelectionModel().select(1);
                node(r, "resident.council.tax", ChoiceBox.class).getSelectionModel().select(1);
            });
            replace(r, "resident.rent", "250");
            replace(r, "resident.hours", "16");
            replace(r, "resident.wage", "12.71");
            WaitForAsyncUtils.waitForFxEvents();
            String answer = node(r, "resident.answer", Label.class).getText();
            assertTrue(answer.contains("Working 16 hours, you would have £"), answer);
            r.clickOn("#resident-new");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("", node(r, "resident.rent", TextField.class).getText(), "New resident wipes what was typed");
            r.clickOn("#resident-back");
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(vm.isResident());
            try (Stream<Path> s = Files.walk(home)) {
                assertEquals(java.util.List.of(home), s.toList(), "resident mode wrote to the user's home folder");
            }
            try (Stream<Path> s = Files.walk(dataFolder)) {
                assertEquals(dataBefore, s.toList(), "resident mode wrote to the app's data folder (autosave, recent cases)");
            }
        } finally {
            System.setProperty("user.home", realHome);
        }
    }
}
