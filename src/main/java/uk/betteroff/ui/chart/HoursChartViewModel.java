package uk.betteroff.ui.chart;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.sweep.ChangePoints;
import uk.betteroff.kernel.sweep.ChangePoints.ChangePoint;
import uk.betteroff.kernel.sweep.HoursSweep;

/**
 * The hours chart's state: money left at each half hour from 0 to 48 for the chosen in-work option and
 * job, the out-of-work line, the points where things change (labelled in words), the marginal rate and
 * the rows of the data table, weekly or monthly.
 * <p>
 * The sweep runs on the {@code worker} executor and its result is published on the {@code uiThread}
 * executor (in the app a background thread and {@code Platform::runLater}; in tests both run at once on
 * the calling thread). Only the latest inputs' result is shown. A circumstance the kernel does not cover
 * becomes {@link #messageProperty()}, never an exception.
 */
public final class HoursChartViewModel {
    public static final BigDecimal FROM_HOURS = BigDecimal.ZERO;
    public static final BigDecimal TO_HOURS = BigDecimal.valueOf(48);
    public static final BigDecimal STEP_HOURS = new BigDecimal("0.5");

    /** One point of a line: hours and an amount in the chosen period. */
    public record Point(BigDecimal hours, Money amount) {}

    /** The marginal rate from the previous half hour to this one (a fraction; 0.55 = 55p of each extra £1 lost). */
    public record RatePoint(BigDecimal hours, BigDecimal rate) {}

    /**
     * A point where something changes, as the chart marks it: a number, a short label for the chart and the
     * whole sentence for the list and screen readers.
     */
    public record Marker(int number, ChangePoints.Kind kind, BigDecimal hours, Money moneyLeft, String shortLabel, String description) {}

    /**
     * A stretch of hours between change points with its marginal rate (a fraction), a short label for the chart,
     * the sentence, and money left at its middle (where the chart writes the label).
     */
    public record Stretch(BigDecimal fromHours, BigDecimal toHours, BigDecimal marginalRate, Money moneyLeftAtMiddle,
                          String shortLabel, String description) {
        public BigDecimal middleHours() { return fromHours.add(toHours).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP); }
    }

    /** One row of the data table, each cell as shown (the figures are also kept for tests and sorting). */
    public record Row(BigDecimal hours, Money gross, Money universalCredit, Money housingBenefit, Money rentToPay, Money moneyLeft,
                      BigDecimal marginalRate, String hoursText, String grossText, String ucText, String hbText, String rentText,
                      String moneyLeftText, String marginalRateText) {}

    private record Inputs(BetterOffCalculator calculator, Circumstances circumstances, Scenario scenario, int jobIndex) {}

    private record Computed(Inputs inputs, HoursSweep.Sweep sweep, ChangePoints.Result changes) {}

    private final ResourceBundle text;
    private final Executor worker;
    private final Executor uiThread;
    private final AtomicLong generation = new AtomicLong();
    private Computed computed;

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.WEEK);
    private final ObservableList<Point> moneyLeft = FXCollections.observableArrayList();
    // one read-only wrapper, kept: a listener on a fresh wrapper each call would be collected with it
    private final ObservableList<Point> moneyLeftView = FXCollections.unmodifiableObservableList(moneyLeft);
    private final ReadOnlyObjectWrapper<Money> baseline = new ReadOnlyObjectWrapper<>(this, "baseline");
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    // one read-only wrapper, kept: a listener on a fresh wrapper each call would be collected with it
    private final ObservableList<Marker> markersView = FXCollections.unmodifiableObservableList(markers);
    private final ObservableList<String> segments = FXCollections.observableArrayList();
    // one read-only wrapper, kept: a listener on a fresh wrapper each call would be collected with it
    private final ObservableList<String> segmentsView = FXCollections.unmodifiableObservableList(segments);
    private final ObservableList<Stretch> stretches = FXCollections.observableArrayList();
    private final ObservableList<Stretch> stretchesView = FXCollections.unmodifiableObservableList(stretches);
    private final ObservableList<RatePoint> marginalRates = FXCollections.observableArrayList();
    // one read-only wrapper, kept: a listener on a fresh wrapper each call would be collected with it
    private final ObservableList<RatePoint> marginalRatesView = FXCollections.unmodifiableObservableList(marginalRates);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // one read-only wrapper, kept: a listener on a fresh wrapper each call would be collected with it
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /**
     * @param text the chart's resource bundle ({@link #bundle(Locale)})
     * @param worker runs the sweep (a background thread in the app)
     * @param uiThread publishes results (the JavaFX application thread in the app)
     */
    public HoursChartViewModel(ResourceBundle text, Executor worker, Executor uiThread) {
        this.text = Objects.requireNonNull(text);
        this.worker = Objects.requireNonNull(worker);
        this.uiThread = Objects.requireNonNull(uiThread);
        message.set(text.getString("chart.message.noInputs"));
        period.addListener((o, was, now) -> {
            if (now != Period.WEEK && now != Period.MONTH) period.set(Period.WEEK);
            else if (computed != null) show(computed);
        });
    }

    /** The chart's strings ({@code uk/betteroff/ui/chart/chart.properties}, {@code chart_cy.properties} for Welsh). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("uk.betteroff.ui.chart.chart", locale, HoursChartViewModel.class.getModule());
    }

    /**
     * Chart this in-work option with the hours of its job {@code jobIndex} (0-based) varied from 0 to 48; everything
     * else as entered. Recalculates at once (in the background).
     */
    public void setInputs(BetterOffCalculator calculator, Circumstances circumstances, Scenario scenario, int jobIndex) {
        schedule(new Inputs(calculator, circumstances, scenario, jobIndex));
    }

    /** No household or option to chart: clears the chart and says so. */
    public void clear() {
        generation.incrementAndGet();
        computed = null;
        clearSeries();
        busy.set(false);
        message.set(text.getString("chart.message.noInputs"));
    }

    private void schedule(Inputs in) {
        long gen = generation.incrementAndGet();
        String refusal = refusal(in);
        if (refusal != null) {
            computed = null;
            clearSeries();
            busy.set(false);
            message.set(refusal);
            return;
        }
        busy.set(true);
        worker.execute(() -> {
            // typing queues a recalculation per keystroke: only the newest is worth the sweep
            if (gen != generation.get()) return;
            Computed c = null;
            String failure = null;
            try {
                HoursSweep.Sweep sweep = HoursSweep.run(in.calculator(), in.circumstances(), in.scenario(), in.jobIndex(), FROM_HOURS, TO_HOURS, STEP_HOURS);
                c = new Computed(in, sweep, ChangePoints.find(in.calculator(), in.circumstances(), sweep));
            } catch (Unsupported e) {
                failure = e.reason();
            } catch (IllegalArgumentException e) {
                failure = format("chart.message.cannot", e.getMessage());
            } catch (RuntimeException e) {
                failure = format("chart.message.failed", String.valueOf(e.getMessage()));
            }
            Computed done = c;
            String why = failure;
            uiThread.execute(() -> {
                if (gen != generation.get()) return;
                busy.set(false);
                if (done == null) {
                    computed = null;
                    clearSeries();
                    message.set(why);
                } else {
                    computed = done;
                    message.set("");
                    show(done);
                }
            });
        });
    }

    /** Inputs the chart cannot draw, said before any calculation. */
    private String refusal(Inputs in) {
        if (in.calculator() == null || in.circumstances() == null || in.scenario() == null) return text.getString("chart.message.noInputs");
        List<Job> jobs = in.scenario().jobs();
        if (jobs.isEmpty()) return text.getString("chart.message.noJob");
        if (in.jobIndex() < 0 || in.jobIndex() >= jobs.size()) return format("chart.message.noSuchJob", in.jobIndex() + 1, jobs.size());
        if (jobs.get(in.jobIndex()).hourlyWage().isEmpty()) return text.getString("chart.message.salary");
        return null;
    }

    private void clearSeries() {
        moneyLeft.clear();
        markers.clear();
        segments.clear();
        stretches.clear();
        marginalRates.clear();
        rows.clear();
        baseline.set(null);
        title.set("");
        summary.set("");
    }

    /** Projects the last calculation into the chosen period (cheap: no recalculation). */
    private void show(Computed c) {
        Period p = period.get();
        List<Point> line = new ArrayList<>();
        List<RatePoint> rates = new ArrayList<>();
        List<Row> table = new ArrayList<>();
        HoursSweep.Point prev = null;
        for (HoursSweep.Point pt : c.sweep().points()) {
            ScenarioResult r = pt.result();
            line.add(new Point(pt.hours(), r.figure(MONEY_LEFT).in(p)));
            BigDecimal rate = prev == null ? null : marginalRate(prev.result(), r);
            if (rate != null) rates.add(new RatePoint(pt.hours(), rate));
            table.add(row(pt.hours(), r, rate, p));
            prev = pt;
        }
        List<Marker> marks = new ArrayList<>();
        int n = 1;
        for (ChangePoint cp : c.changes().points())
            marks.add(new Marker(n++, cp.kind(), cp.hours(), cp.moneyLeft(p), format("chart.point." + cp.kind().name() + ".short"), describe(cp, p)));
        List<String> words = c.changes().segments().stream().map(this::describe).toList();
        List<Stretch> parts = c.changes().segments().stream().map(sg -> stretch(sg, c.sweep(), p)).toList();

        Money base = c.sweep().baseline().figure(MONEY_LEFT).in(p);
        moneyLeft.setAll(line);
        marginalRates.setAll(rates);
        rows.setAll(table);
        markers.setAll(marks);
        segments.setAll(words);
        stretches.setAll(parts);
        baseline.set(base);
        Job job = c.inputs().scenario().jobs().get(c.inputs().jobIndex());
        title.set(format("chart.title", c.inputs().scenario().name(), job.hourlyWage().orElseThrow().format(), periodWords(p)));
        StringBuilder s = new StringBuilder(format("chart.summary", base.format(), periodWords(p), line.get(line.size() - 1).amount().format(),
                hours(TO_HOURS), marks.size()));
        for (Marker m : marks) s.append(' ').append(format("chart.changes.item", String.valueOf(m.number()), m.description()));
        summary.set(s.toString());
    }

    /** 1 − Δmoney left / Δgross between neighbouring half hours (weekly figures), to a tenth of a percent. */
    private static BigDecimal marginalRate(ScenarioResult a, ScenarioResult b) {
        Money dGross = b.figure(GROSS_EARNINGS).week().minus(a.figure(GROSS_EARNINGS).week());
        if (!dGross.isPositive()) return null;
        Money dLeft = b.figure(MONEY_LEFT).week().minus(a.figure(MONEY_LEFT).week());
        return BigDecimal.ONE.subtract(dLeft.amount().divide(dGross.amount(), 3, RoundingMode.HALF_UP));
    }

    private Row row(BigDecimal h, ScenarioResult r, BigDecimal rate, Period p) {
        Money gross = r.figure(GROSS_EARNINGS).in(p), uc = r.figure(UNIVERSAL_CREDIT).in(p), hb = r.figure(HOUSING_BENEFIT).in(p);
        Money rent = r.figure(RENT_TO_PAY).in(p), left = r.figure(MONEY_LEFT).in(p);
        return new Row(h, gross, uc, hb, rent, left, rate, hours(h), gross.format(), uc.format(), hb.format(), rent.format(), left.format(),
                rate == null ? text.getString("chart.table.noRate") : wholePercent(rate));
    }

    private String describe(ChangePoint cp, Period p) {
        String key = "chart.point." + cp.kind().name();
        if (cp.kind() == ChangePoints.Kind.MONEY_LEFT_FALLS && cp.asWellOffAgainAt().isEmpty()) key += ".noRecovery";
        return format(key, hours(cp.hours()), cp.figure(p).format(), periodWords(p),
                cp.asWellOffAgainAt().map(HoursChartViewModel::hours).orElse(""), figureNames(cp.fellFigures()));
    }

    private Stretch stretch(ChangePoints.Segment sg, HoursSweep.Sweep sweep, Period p) {
        BigDecimal mid = sg.fromHours().add(sg.toHours()).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        // the sweep point nearest the middle: the label sits on the drawn line, which joins sweep points
        HoursSweep.Point near = sweep.points().stream()
                .min(java.util.Comparator.comparing((HoursSweep.Point x) -> x.hours().subtract(mid).abs())).orElseThrow();
        return new Stretch(sg.fromHours(), sg.toHours(), sg.marginalRate(), near.result().figure(MONEY_LEFT).in(p),
                format("chart.segment.short", percent(sg.marginalRate())), describe(sg));
    }

    /** "Universal Credit, Housing Benefit and Council Tax Reduction". */
    private String figureNames(List<String> ids) {
        List<String> names = ids.stream().map(id -> text.containsKey("chart.figure." + id) ? format("chart.figure." + id) : format("chart.figure.other")).toList();
        if (names.size() <= 1) return names.isEmpty() ? format("chart.figure.other") : names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + format("chart.figure.and") + names.get(names.size() - 1);
    }

    private String describe(ChangePoints.Segment s) {
        BigDecimal keptPence = BigDecimal.ONE.subtract(s.marginalRate()).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return format("chart.segment", hours(s.fromHours()), hours(s.toHours()), percent(s.marginalRate()), keptPence.toPlainString());
    }

    private String periodWords(Period p) { return text.getString(p == Period.MONTH ? "chart.period.month" : "chart.period.week"); }

    private String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(text.getString(key), text.getLocale());
        // numbers are passed already formatted, so MessageFormat never regroups them
        Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Integer ? a.toString() : a).toArray();
        return f.format(plain);
    }

    static String hours(BigDecimal h) { return h.stripTrailingZeros().toPlainString(); }

    /** Whole percent for a half-hour step: over half an hour, penny rounding moves the rate by up to 0.2%, so tenths would be noise. */
    static String wholePercent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    public ObjectProperty<Period> periodProperty() { return period; }
    public Period getPeriod() { return period.get(); }
    public void setPeriod(Period p) { period.set(p); }

    /** Money left at each half hour, in the chosen period. */
    public ObservableList<Point> moneyLeft() { return moneyLeftView; }
    /** Money left out of work (the flat line), in the chosen period; null while there is nothing to chart. */
    public ReadOnlyObjectProperty<Money> baselineProperty() { return baseline.getReadOnlyProperty(); }
    public ObservableList<Marker> markers() { return markersView; }
    /** The marginal rate on each stretch between change points, in words. */
    public ObservableList<String> segments() { return segmentsView; }
    /** The same stretches with their rates as figures, for the chart's own labels. */
    public ObservableList<Stretch> stretches() { return stretchesView; }
    public ObservableList<RatePoint> marginalRates() { return marginalRatesView; }
    public ObservableList<Row> rows() { return rowsView; }
    /** Why there is no chart (nothing entered, no job, or the kernel's reason); empty when there is one. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /** The whole chart in words, for screen readers. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** True while a recalculation is running. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ResourceBundle text() { return text; }
}
