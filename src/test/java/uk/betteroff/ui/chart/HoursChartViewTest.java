package uk.betteroff.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.testing.TestRates;

/** The real chart and table, rendered on JavaFX's headless platform (no display), for the before-October hostel case. */
@ExtendWith(ApplicationExtension.class)
class HoursChartViewTest {
    private static final CaseFile HOSTEL = CaseReader.read(Path.of("src/test/resources/cases/hostel-25plus-before-oct-2026.yaml"));
    private HoursChartViewModel vm;

    @Start
    void start(Stage stage) {
        // both executors run at once: the sweep happens inside robot.interact, on the FX thread
        vm = new HoursChartViewModel(HoursChartViewModel.bundle(Locale.UK), Runnable::run, Runnable::run);
        stage.setScene(new Scene(new HoursChartView(vm), 1000, 800));
        stage.show();
    }

    @Test
    void chartAndTableRenderEveryHalfHourWithTheChangesMarkedInWords(FxRobot robot) {
        robot.interact(() -> vm.setInputs(TestRates.calculator(), HOSTEL.circumstances(), HOSTEL.scenarios().get(2), 0));

        TableView<?> table = robot.lookup("#hoursTable").queryTableView();
        assertEquals(97, table.getItems().size(), "0 to 48 hours in half hours");
        assertEquals(7, table.getColumns().size());
        assertFalse(robot.lookup("#hoursTable .table-row-cell").queryAll().isEmpty(), "rows are drawn");

        LineChart<?, ?> chart = robot.lookup("#hoursChart").query();
        assertEquals(97, chart.getData().get(0).getData().size());
        assertEquals(2, chart.getData().get(1).getData().size(), "the out-of-work line");
        assertTrue(chart.getAccessibleText().contains("Universal Credit ends at 14.03 hours"), chart::getAccessibleText);

        // markers 1-3 at 14.03 h, 4-5 at 19.03/19.05 h, 6 at 30 h, 7 at 47.41 h: four numbered markers, each with words
        Set<Node> markers = robot.lookup("#hoursChart .hours-chart-marker").queryAll();
        assertEquals(4, markers.size());
        Set<Label> labels = robot.lookup("#hoursChart .hours-chart-marker-label").queryAllAs(Label.class);
        assertTrue(labels.stream().anyMatch(l -> l.getText().contains("1  UC ends, 14.03 h")), () -> labels.stream().map(Label::getText).toList().toString());
        assertTrue(labels.stream().allMatch(l -> l.isVisible() && l.getWidth() > 0));
        // the marginal rate is written on the line where a stretch has room: at least the 55% of 0-14 hours
        Set<Label> rates = robot.lookup("#hoursChart .hours-chart-rate-label").queryAllAs(Label.class);
        assertTrue(rates.stream().anyMatch(l -> l.isVisible() && l.getText().equals("55% lost")), () -> rates.stream().map(Label::getText).toList().toString());
        assertTrue(robot.lookup(".hours-chart-baseline-label").queryAs(Label.class).getText().contains("£98.05"));
    }

    @Test
    void aRefusalShowsItsMessageInsteadOfTheChart(FxRobot robot) {
        robot.interact(() -> vm.setInputs(TestRates.calculator(), HOSTEL.circumstances(), Scenario.outOfWork(), 0));
        Label message = robot.lookup("#hoursChartMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("This option has no job, so there are no hours to chart.", message.getText());
        assertEquals(0, robot.lookup("#hoursTable").queryTableView().getItems().size());
    }
}
