package uk.betteroff.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import uk.betteroff.rates.RatesLocation.Os;
import uk.betteroff.rates.RatesSetting;
import uk.betteroff.rates.RatesSource;
import uk.betteroff.testing.TestRates;

/** Settings → Rates as drawn (JavaFX headless platform): the rates in use, and a refused folder with its reasons. */
@ExtendWith(ApplicationExtension.class)
class RatesSettingsViewTest {
    @TempDir static Path tmp;
    private RatesSourceViewModel vm;

    @Start
    void start(Stage stage) {
        Map<String, String> env = Map.of("ProgramData", tmp.resolve("pd").toString(), "LOCALAPPDATA", tmp.resolve("la").toString());
        vm = new RatesSourceViewModel(RatesSetting.none(), s -> RatesSource.of(null, s, env, Os.WINDOWS, tmp, TestRates.folder()), Runnable::run, Runnable::run);
        vm.load();
        stage.setScene(new Scene(new RatesSettingsView(vm).root(), 720, 520));
        stage.show();
    }

    @Test
    void showsWhereTheRatesComeFromWithTheirFingerprintAndFiles(FxRobot robot) {
        assertEquals("the rates built into Better Off", robot.lookup("#ratesOrigin").queryAs(TextField.class).getText());
        assertEquals(TestRates.loaded().book().fingerprint(), robot.lookup("#ratesSha256").queryAs(TextField.class).getText());
        assertEquals(TestRates.loaded().book().files().size(), robot.lookup("#ratesFiles").queryListView().getItems().size());
        assertFalse(robot.lookup("#ratesProblems").query().isVisible(), "no problems, no problems list");
        assertTrue(robot.lookup("#ratesUseDefault").queryAs(Button.class).isDisabled(), "nothing chosen, nothing to undo");
        assertFalse(robot.lookup("#ratesChoose").queryAs(Button.class).isDisabled());
        Label l = robot.lookup(".label").match((Label x) -> "SHA-256:".equals(x.getText())).queryAs(Label.class);
        assertEquals(robot.lookup("#ratesSha256").query(), l.getLabelFor(), "every field has its label");
    }

    @Test
    void aFolderThatFailsItsChecksIsListedWithItsReasons(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty-pack"));
        robot.interact(() -> vm.choose(empty));
        ListView<?> problems = robot.lookup("#ratesProblems").queryListView();
        assertTrue(problems.isVisible());
        assertTrue(problems.getItems().get(0).toString().startsWith("Not used: " + empty), problems.getItems().toString());
        assertEquals("the rates built into Better Off", robot.lookup("#ratesOrigin").queryAs(TextField.class).getText());
    }

    @Test
    void openShowsASettingsWindowAndTheStatusLabelFollowsTheViewModel(FxRobot robot) {
        Stage[] opened = new Stage[1];
        Label[] status = new Label[1];
        robot.interact(() -> {
            opened[0] = RatesSettingsView.open(null, vm);
            status[0] = RatesSettingsView.statusLabel(vm);
        });
        assertTrue(opened[0].isShowing());
        assertEquals("Settings — Rates", opened[0].getTitle());
        assertEquals(vm.status().get(), status[0].getText());
        assertTrue(status[0].getText().startsWith("Rates: built in, sha256 "), status[0].getText());
        robot.interact(opened[0]::close);
    }
}
