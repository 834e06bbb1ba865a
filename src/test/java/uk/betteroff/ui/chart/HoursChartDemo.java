package uk.betteroff.ui.chart;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.testing.TestRates;

/**
 * Not shipped: opens the hours chart alone in a real window, for screenshots (docs/chart.png).
 * Arguments: [case file] [font size %] [week|month].
 */
public final class HoursChartDemo extends Application {
    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        Path file = Path.of(args.isEmpty() ? "src/test/resources/cases/hostel-25plus-before-oct-2026.yaml" : args.get(0));
        int font = args.size() > 1 ? Integer.parseInt(args.get(1)) : 100;
        CaseFile c = CaseReader.read(file);
        HoursChartViewModel vm = HoursChartView.newViewModel();
        if (args.size() > 2 && args.get(2).equals("month")) vm.setPeriod(Period.MONTH);
        HoursChartView view = new HoursChartView(vm);
        view.setStyle("-fx-font-size: " + (13 * font / 100) + "px;");
        vm.setInputs(TestRates.calculator(), c.circumstances(), c.scenarios().get(c.scenarios().size() - 1), 0);
        stage.setTitle("Better Off – hours chart");
        stage.setScene(new Scene(view, 1280, 860));
        stage.show();
    }

    /** Entry point from the class path (a main class that is itself an Application must be on the module path). */
    public static final class Main {
        public static void main(String[] args) { Application.launch(HoursChartDemo.class, args); }
    }
}
