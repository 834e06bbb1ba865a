package uk.betteroff.ui.chart;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import uk.betteroff.kernel.money.Period;

/**
 * The hours chart as one node: a line chart of money left against hours worked (0-48) with the out-of-work
 * line and the change points marked with numbered markers and labelled in words on the chart, the same
 * points and the marginal rates as a list below it, and beside it a table of every half hour for
 * screen-reader users. It only shows {@link HoursChartViewModel}; give the model its inputs with
 * {@link HoursChartViewModel#setInputs} and its period with {@link HoursChartViewModel#periodProperty()}.
 * <p>
 * Sizes are in em (chart.css), so the chart stays usable at 200% font size: the chart side scrolls and
 * the table scrolls sideways.
 */
public final class HoursChartView extends BorderPane {
    private static final double SIDE_BY_SIDE_EMS = 75;
    private final HoursChartViewModel vm;
    private final ResourceBundle text;
    private final MarkedLineChart chart;
    private final NumberAxis yAxis = new NumberAxis();
    private final XYChart.Series<Number, Number> line = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> outOfWork = new XYChart.Series<>();
    private final TableView<HoursChartViewModel.Row> table = new TableView<>();
    private final VBox changes = new VBox();
    private final VBox segments = new VBox();
    /** A plain label in the view, read for the font size the view is styled with (em-based widths). */
    private final Label emProbe = new Label();

    public HoursChartView(HoursChartViewModel vm) {
        this.vm = vm;
        this.text = vm.text();
        getStyleClass().add("hours-chart-view");
        getStylesheets().add(HoursChartView.class.getResource("chart.css").toExternalForm());

        Label title = new Label();
        title.getStyleClass().add("hours-chart-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        Label message = new Label();
        message.setId("hoursChartMessage");
        message.getStyleClass().add("hours-chart-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Label busy = new Label(text.getString("chart.busy"));
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        emProbe.setVisible(false);
        emProbe.setManaged(false);
        VBox top = new VBox(title, message, busy, emProbe);
        top.getStyleClass().add("hours-chart-top");
        setTop(top);

        NumberAxis xAxis = new NumberAxis(0, HoursChartViewModel.TO_HOURS.doubleValue(), 4);
        xAxis.setLabel(text.getString("chart.axis.hours"));
        yAxis.setForceZeroInRange(true);
        chart = new MarkedLineChart(xAxis, yAxis);
        chart.setId("hoursChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().add("hours-chart");
        chart.setAccessibleRole(AccessibleRole.TEXT);
        // focusable, so a screen reader reaches the chart's summary by Tab before the table
        chart.setFocusTraversable(true);
        chart.accessibleTextProperty().bind(vm.summaryProperty());
        line.setName(text.getString("chart.series.moneyLeft"));
        outOfWork.setName(text.getString("chart.series.baseline"));
        chart.getData().add(line);
        chart.getData().add(outOfWork);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label changesHeading = heading("chart.changes.heading");
        Label segmentsHeading = heading("chart.segments.heading");
        changes.getStyleClass().add("hours-chart-list");
        segments.getStyleClass().add("hours-chart-list");
        VBox chartSide = new VBox(chart, changesHeading, changes, segmentsHeading, segments);
        chartSide.getStyleClass().add("hours-chart-side");
        ScrollPane chartScroll = new ScrollPane(chartSide);
        chartScroll.setFitToWidth(true);
        // the chart fills the height when everything fits; otherwise (large type, a short window) the side scrolls
        chartScroll.viewportBoundsProperty().addListener((o, was, now) ->
                chartScroll.setFitToHeight(now.getHeight() >= chartSide.prefHeight(now.getWidth())));

        buildTable();
        SplitPane content = new SplitPane(chartScroll, table);
        content.setDividerPositions(0.54);
        // side by side while there is room for both (about 90 characters' width); at large type the table goes below
        content.orientationProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> getWidth() >= SIDE_BY_SIDE_EMS * emProbe.getFont().getSize() ? Orientation.HORIZONTAL : Orientation.VERTICAL,
                widthProperty(), emProbe.fontProperty()));
        content.visibleProperty().bind(vm.messageProperty().isEmpty());
        setCenter(content);

        vm.moneyLeft().addListener((ListChangeListener<HoursChartViewModel.Point>) c -> refreshLine());
        vm.baselineProperty().addListener((o, was, now) -> refreshBaseline());
        vm.markers().addListener((ListChangeListener<HoursChartViewModel.Marker>) c -> refreshMarkers());
        vm.segments().addListener((ListChangeListener<String>) c -> refreshSegments());
        vm.stretches().addListener((ListChangeListener<HoursChartViewModel.Stretch>) c -> chart.setStretches(vm.stretches()));
        vm.periodProperty().addListener((o, was, now) -> refreshAxis());
        table.setItems(vm.rows());
        refreshAxis();
        refreshLine();
        refreshBaseline();
        refreshMarkers();
        refreshSegments();
        chart.setStretches(vm.stretches());
    }

    /**
     * A view model for this view in the app: sweeps on its own background thread and publishes on the JavaFX
     * application thread, with the strings of the default locale.
     */
    public static HoursChartViewModel newViewModel() {
        Executor worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hours-chart");
            t.setDaemon(true);
            return t;
        });
        return new HoursChartViewModel(HoursChartViewModel.bundle(Locale.getDefault()), worker, Platform::runLater);
    }

    public HoursChartViewModel viewModel() { return vm; }

    private Label heading(String key) {
        Label l = new Label(text.getString(key));
        l.getStyleClass().add("hours-chart-heading");
        l.setAccessibleRole(AccessibleRole.TEXT);
        return l;
    }

    private void buildTable() {
        table.setId("hoursTable");
        table.setAccessibleText(text.getString("chart.table.accessible"));
        table.setPlaceholder(new Label(""));
        table.getColumns().add(column("chart.table.hours", 4, HoursChartViewModel.Row::hoursText));
        table.getColumns().add(column("chart.table.gross", 7.5, HoursChartViewModel.Row::grossText));
        table.getColumns().add(column("chart.table.uc", 6.5, HoursChartViewModel.Row::ucText));
        table.getColumns().add(column("chart.table.hb", 6.5, HoursChartViewModel.Row::hbText));
        table.getColumns().add(column("chart.table.rent", 6.5, HoursChartViewModel.Row::rentText));
        table.getColumns().add(column("chart.table.moneyLeft", 6.5, HoursChartViewModel.Row::moneyLeftText));
        table.getColumns().add(column("chart.table.rate", 6, HoursChartViewModel.Row::marginalRateText));
        table.setMinWidth(0);
    }

    /** A column {@code ems} wide in the view's font, so it widens with the font size (headers wrap; see chart.css). */
    private TableColumn<HoursChartViewModel.Row, String> column(String key, double ems, Function<HoursChartViewModel.Row, String> cell) {
        TableColumn<HoursChartViewModel.Row, String> c = new TableColumn<>(text.getString(key));
        c.prefWidthProperty().bind(emProbe.fontProperty().map(f -> f.getSize() * ems));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(cell.apply(f.getValue())));
        c.setSortable(false);
        c.getStyleClass().add("hours-chart-figure");
        return c;
    }

    private void refreshAxis() {
        yAxis.setLabel(text.getString(vm.getPeriod() == Period.MONTH ? "chart.axis.money.month" : "chart.axis.money.week"));
    }

    private void refreshLine() {
        line.getData().setAll(vm.moneyLeft().stream()
                .map(p -> new XYChart.Data<Number, Number>(p.hours().doubleValue(), p.amount().amount().doubleValue())).toList());
    }

    private void refreshBaseline() {
        var base = vm.baselineProperty().get();
        if (base == null) {
            outOfWork.getData().clear();
            chart.setBaseline(Double.NaN, "");
            return;
        }
        double y = base.amount().doubleValue();
        chart.setBaseline(y, new java.text.MessageFormat(text.getString("chart.baseline.label")).format(new Object[] {base.format()}));
        outOfWork.getData().setAll(java.util.List.of(new XYChart.Data<>(HoursChartViewModel.FROM_HOURS.doubleValue(), y),
                new XYChart.Data<>(HoursChartViewModel.TO_HOURS.doubleValue(), y)));
    }

    private void refreshMarkers() {
        chart.setMarkers(vm.markers(), text);
        changes.getChildren().setAll(vm.markers().stream()
                .map(m -> listItem(new java.text.MessageFormat(text.getString("chart.changes.item")).format(new Object[] {String.valueOf(m.number()), m.description()})))
                .toList());
    }

    private void refreshSegments() {
        segments.getChildren().setAll(vm.segments().stream().map(this::listItem).toList());
    }

    private Label listItem(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setAccessibleText(s);
        return l;
    }
}
