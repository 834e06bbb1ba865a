package uk.betteroff.ui.chart;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.scene.layout.StackPane;

/**
 * A line chart that marks the change points: each group of points (those within half an hour of each other)
 * gets a numbered marker on the money-left line and a label in words at the top of the plot, joined by a
 * dashed guide line — so a point is found by number and text, never by colour alone. Labels are stacked in
 * rows so that they never overlap.
 */
final class MarkedLineChart extends LineChart<Number, Number> {
    private static final BigDecimal GROUP_WITHIN = new BigDecimal("0.5");

    private record Group(List<HoursChartViewModel.Marker> markers, StackPane marker, Label label, Line guide) {}

    private final List<Group> groups = new ArrayList<>();
    private final Label baselineLabel = new Label();
    private final List<HoursChartViewModel.Stretch> stretches = new ArrayList<>();
    private final List<Label> stretchLabels = new ArrayList<>();
    private double baseline = Double.NaN;

    MarkedLineChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        baselineLabel.getStyleClass().add("hours-chart-baseline-label");
        baselineLabel.setVisible(false);
        getPlotChildren().add(baselineLabel);
    }

    /** Names the out-of-work line on the chart itself, at its right-hand end (not by its dashes or colour alone). */
    void setBaseline(double value, String words) {
        baseline = value;
        baselineLabel.setText(words);
        baselineLabel.setVisible(!Double.isNaN(value));
        requestChartLayout();
    }

    void setMarkers(List<HoursChartViewModel.Marker> markers, ResourceBundle text) {
        for (Group g : groups) getPlotChildren().removeAll(g.guide(), g.label(), g.marker());
        groups.clear();
        List<HoursChartViewModel.Marker> current = new ArrayList<>();
        for (HoursChartViewModel.Marker m : markers) {
            if (!current.isEmpty() && m.hours().subtract(current.get(0).hours()).compareTo(GROUP_WITHIN) > 0) {
                groups.add(group(current, text));
                current = new ArrayList<>();
            }
            current.add(m);
        }
        if (!current.isEmpty()) groups.add(group(current, text));
        for (Group g : groups) getPlotChildren().addAll(g.guide(), g.label(), g.marker());
        requestChartLayout();
    }

    /** Writes each stretch's marginal rate on the line at its middle, where there is room. */
    void setStretches(List<HoursChartViewModel.Stretch> list) {
        getPlotChildren().removeAll(stretchLabels);
        stretches.clear();
        stretchLabels.clear();
        for (HoursChartViewModel.Stretch s : list) {
            Label l = new Label(s.shortLabel());
            l.getStyleClass().add("hours-chart-rate-label");
            l.setAccessibleRole(AccessibleRole.TEXT);
            l.setAccessibleText(s.description());
            stretches.add(s);
            stretchLabels.add(l);
        }
        getPlotChildren().addAll(stretchLabels);
        requestChartLayout();
    }

    private static Group group(List<HoursChartViewModel.Marker> ms, ResourceBundle text) {
        String numbers = ms.size() == 1 ? String.valueOf(ms.get(0).number())
                : ms.get(0).number() + "–" + ms.get(ms.size() - 1).number();
        Text number = new Text(numbers);
        number.getStyleClass().add("hours-chart-marker-number");
        Circle ring = new Circle();
        ring.getStyleClass().add("hours-chart-marker-ring");
        StackPane marker = new StackPane(ring, number);
        marker.getStyleClass().add("hours-chart-marker");
        ring.radiusProperty().bind(number.layoutBoundsProperty().map(b -> Math.max(b.getWidth(), b.getHeight()) / 2 + 3));
        StringBuilder words = new StringBuilder();
        StringBuilder spoken = new StringBuilder();
        for (HoursChartViewModel.Marker m : ms) {
            if (!words.isEmpty()) words.append('\n');
            words.append(new MessageFormat(text.getString("chart.marker.line"))
                    .format(new Object[] {String.valueOf(m.number()), m.shortLabel(), HoursChartViewModel.hours(m.hours())}));
            spoken.append(new MessageFormat(text.getString("chart.marker.accessible")).format(new Object[] {String.valueOf(m.number()), m.description()})).append(' ');
        }
        Label label = new Label(words.toString());
        label.getStyleClass().add("hours-chart-marker-label");
        label.setPadding(new Insets(2, 4, 2, 4));
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleText(spoken.toString().trim());
        marker.setAccessibleRole(AccessibleRole.TEXT);
        marker.setAccessibleText(spoken.toString().trim());
        Line guide = new Line();
        guide.getStyleClass().add("hours-chart-marker-guide");
        guide.setMouseTransparent(true);
        return new Group(List.copyOf(ms), marker, label, guide);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double plotWidth = x.getWidth();
        double gap = 4;
        if (!Double.isNaN(baseline)) {
            double bw = baselineLabel.prefWidth(-1), bh = baselineLabel.prefHeight(bw);
            double by = y.getDisplayPosition(baseline);
            baselineLabel.resizeRelocate(plotWidth - bw - gap, by + gap, bw, bh);
            baselineLabel.toFront();
        }
        // markers first, so labels can keep clear of every marker
        List<javafx.geometry.Bounds> markerBounds = new ArrayList<>();
        for (Group g : groups) {
            HoursChartViewModel.Marker first = g.markers().get(0);
            double px = x.getDisplayPosition(first.hours().doubleValue());
            double py = y.getDisplayPosition(first.moneyLeft().amount().doubleValue());
            Node m = g.marker();
            double mw = m.prefWidth(-1), mh = m.prefHeight(-1);
            m.resizeRelocate(px - mw / 2, py - mh / 2, mw, mh);
            markerBounds.add(new javafx.geometry.BoundingBox(px - mw / 2, py - mh / 2, mw, mh));
        }
        List<javafx.geometry.Bounds> placed = new ArrayList<>();
        // each stretch's rate just below the line at its middle, if the stretch is wide enough and nothing is there
        for (int i = 0; i < stretches.size(); i++) {
            HoursChartViewModel.Stretch st = stretches.get(i);
            Label l = stretchLabels.get(i);
            double lw = l.prefWidth(-1), lh = l.prefHeight(lw);
            double from = x.getDisplayPosition(st.fromHours().doubleValue()), to = x.getDisplayPosition(st.toHours().doubleValue());
            double px = x.getDisplayPosition(st.middleHours().doubleValue());
            double py = y.getDisplayPosition(st.moneyLeftAtMiddle().amount().doubleValue());
            javafx.geometry.Bounds b = new javafx.geometry.BoundingBox(px - lw / 2, py + gap, lw, lh);
            boolean room = to - from >= lw + 2 * gap && b.getMaxY() <= y.getHeight()
                    && markerBounds.stream().noneMatch(b::intersects);
            l.setVisible(room);
            if (room) {
                l.resizeRelocate(b.getMinX(), b.getMinY(), lw, lh);
                placed.add(b);
            }
        }
        // labels in rows from the top: the first row where it overlaps neither a label of that row nor any marker
        double rowHeight = 0;
        for (Group g : groups) rowHeight = Math.max(rowHeight, g.label().prefHeight(g.label().prefWidth(-1)));
        for (Group g : groups) {
            Node m = g.marker();
            double px = m.getLayoutX() + m.getLayoutBounds().getWidth() / 2;
            double py = m.getLayoutY() + m.getLayoutBounds().getHeight() / 2;
            double mh = m.getLayoutBounds().getHeight();
            Label l = g.label();
            double lw = l.prefWidth(-1), lh = l.prefHeight(lw);
            double lx = Math.max(0, Math.min(px - lw / 2, plotWidth - lw));
            double ly = gap;
            for (int row = 0; row < 12; row++) {
                ly = gap + row * (gap + rowHeight / 3);
                javafx.geometry.Bounds b = new javafx.geometry.BoundingBox(lx - gap, ly, lw + 2 * gap, lh + gap);
                if (placed.stream().noneMatch(b::intersects) && markerBounds.stream().noneMatch(b::intersects)) break;
            }
            placed.add(new javafx.geometry.BoundingBox(lx, ly, lw, lh));
            l.resizeRelocate(lx, ly, lw, lh);
            // the guide joins the label to its marker, whichever is higher
            double labelBottom = ly + lh;
            g.guide().setStartX(px);
            g.guide().setEndX(px);
            g.guide().setStartY(py > labelBottom ? labelBottom : ly);
            g.guide().setEndY(py > labelBottom ? py - mh / 2 : py + mh / 2);
        }
    }
}
