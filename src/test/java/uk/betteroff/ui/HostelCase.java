package uk.betteroff.ui;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.testing.TestRates;

/**
 * The acceptance case the UI tests enter: {@code cases/hostel-25plus-after-oct-2026.yaml} (single, 30,
 * fit for work, supported hostel, rent £250 a week, 16 and 30 hours at £12.71, 22 November 2026). Its
 * expected figures and their source (HB Regs 2006 Sch 4 para 18 and the worked calculation in its
 * {@code source:}) are read from the file itself, never copied into the tests.
 */
final class HostelCase {
    static final String FILE = "hostel-25plus-after-oct-2026.yaml";

    private HostelCase() {}

    static Path path() {
        String shared = System.getProperty("betteroff.shared.dir");
        if (shared != null) {
            Path p = Path.of(shared, "cases", FILE);
            if (Files.isRegularFile(p)) return p;
        }
        return Path.of("src/test/resources/cases", FILE);
    }

    static CaseFile read() { return CaseReader.read(path()); }

    /** The expected amount for a column ("baseline" or a scenario name) and figure, in the period the case states. */
    static CaseFile.Expectation expected(String column, String figure) {
        return read().expect().get(column).stream().filter(e -> e.figure().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError(FILE + " has no expectation for " + column + " " + figure));
    }

    static BigDecimal tolerance() { return read().tolerance().amount(); }

    static LocalDate date() { return read().circumstances().date(); }

    /** Rent to pay yourself (docs/design.md: rent + ineligible charges − HB − UC housing element; no housing element in supported housing, UC Regs 2013 Sch 1 para 3A). */
    static BigDecimal rentToPayWeekly(String column) {
        CaseFile c = read();
        BigDecimal rent = c.circumstances().housing().rent().in(Period.WEEK).amount();
        return rent.subtract(expected(column, "housing_benefit").amount());
    }

    /** A view model on 1 December 2026 whose adviser store is in memory (nothing written). */
    static MainViewModel newViewModel() {
        return new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), uk.betteroff.cases.CaseStore.inMemory(), Runnable::run);
    }

    /** As {@link #newViewModel()}, with its first calculation left for later, as the desktop app makes it. */
    static MainViewModel newViewModelCalculatedLater() {
        return MainViewModel.firstCalculationLater(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), uk.betteroff.cases.CaseStore.inMemory(), Runnable::run);
    }

    /** As {@link #newViewModel()}, saving and autosaving in {@code dataFolder}. */
    static MainViewModel newViewModel(Path dataFolder) {
        return new MainViewModel(TestRates.loaded(), () -> LocalDate.of(2026, 12, 1), uk.betteroff.cases.CaseStore.inFolder(dataFolder), Runnable::run);
    }

    /** The hours chart's view model as the TestFX flows use it: its sweeps on a daemon thread of their own. */
    static uk.betteroff.ui.chart.HoursChartViewModel chartOnItsOwnThread() {
        return new uk.betteroff.ui.chart.HoursChartViewModel(uk.betteroff.ui.chart.HoursChartViewModel.bundle(java.util.Locale.UK),
                java.util.concurrent.Executors.newSingleThreadExecutor(t -> {
                    Thread th = new Thread(t, "chart-test");
                    th.setDaemon(true);
                    return th;
                }), javafx.application.Platform::runLater);
    }

    /**
     * The main window as the TestFX flows open it (in their {@code @Start}): every yes/no question answered yes,
     * shown, the focus on the first field. Its comparison joins just after the first frame: wait with
     * {@link #waitForWholeWindow}.
     */
    static MainWindow openWindow(javafx.stage.Stage stage, MainViewModel vm) {
        MainWindow window = new MainWindow(vm, stage, null, chartOnItsOwnThread(), Runnable::run);
        window.setConfirm(q -> true);
        stage.show();
        window.focusFirstField();
        return window;
    }

    /** Until the comparison and chart have joined the window (MainWindow: just after its first frame). */
    static void waitForWholeWindow(MainWindow window) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, window::isComplete);
    }
}
