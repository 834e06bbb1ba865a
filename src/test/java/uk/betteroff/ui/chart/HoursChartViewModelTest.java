package uk.betteroff.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.sweep.ChangePoints;
import uk.betteroff.testing.Cases;
import uk.betteroff.testing.TestRates;

/** The chart's view model without any window: the sweep and the publishing run on the test thread. */
class HoursChartViewModelTest {
    private static final Executor NOW = Runnable::run;
    private static final CaseFile BEFORE = CaseReader.read(Path.of("src/test/resources/cases/hostel-25plus-before-oct-2026.yaml"));

    private static HoursChartViewModel vm(Executor worker) {
        return new HoursChartViewModel(HoursChartViewModel.bundle(Locale.UK), worker, NOW);
    }

    private static HoursChartViewModel.Row rowAt(HoursChartViewModel vm, String hours) {
        return vm.rows().stream().filter(r -> r.hours().compareTo(new BigDecimal(hours)) == 0).findFirst().orElseThrow();
    }

    private static HoursChartViewModel hostel() {
        HoursChartViewModel vm = vm(NOW);
        // the case's "30 hours" option; the chart varies its hours from 0 to 48 at the same £12.71 wage
        vm.setInputs(TestRates.calculator(), BEFORE.circumstances(), BEFORE.scenarios().get(2), 0);
        return vm;
    }

    @Test
    void hostelChartHas97HalfHoursWithTheCaseFigures() {
        HoursChartViewModel vm = hostel();
        assertEquals("", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(97, vm.rows().size());
        assertEquals(97, vm.moneyLeft().size());
        assertEquals(96, vm.marginalRates().size());
        // docs/rules/rates-housing-ctr.md §4.2 table, "left after rent" column: 0 h £98.05 (the out-of-work line), 14 h £178.13, 16 h £136.53
        assertEquals(Money.of("98.05"), vm.baselineProperty().get());
        assertEquals(Money.of("98.05"), rowAt(vm, "0").moneyLeft());
        assertEquals(Money.of("178.13"), rowAt(vm, "14").moneyLeft());
        HoursChartViewModel.Row sixteen = rowAt(vm, "16");
        // the case file's 16-hour column: UC nil, HB £183.17; gross 16 × £12.71 = £203.36
        assertEquals(Money.of("203.36"), sixteen.gross());
        assertEquals(Money.ZERO, sixteen.universalCredit());
        assertEquals(Money.of("183.17"), sixteen.housingBenefit());
        assertEquals(Money.of("66.83"), sixteen.rentToPay());
        assertEquals(Money.of("136.53"), sixteen.moneyLeft());
        assertEquals("16", sixteen.hoursText());
        assertEquals("£136.53", sixteen.moneyLeftText());
        assertEquals("–", vm.rows().get(0).marginalRateText());
    }

    @Test
    void marginalRateShowsTheTapersAndTheCliff() {
        HoursChartViewModel vm = hostel();
        // 10 → 10.5 h: on UC with no work allowance, 55% taper (UC Regs reg 22). Gross rises £6.36 or £6.35 a half hour
        // and weekly UC is a rounded monthly figure, so the step rate carries up to a penny of rounding: ±0.2%.
        BigDecimal onUc = rate(vm, "10.5");
        assertTrue(onUc.subtract(new BigDecimal("0.55")).abs().compareTo(new BigDecimal("0.002")) <= 0, onUc::toPlainString);
        // 14 → 14.5 h crosses the cliff (£50.47 lost for about £6 more pay): far more than 100% lost
        assertTrue(rate(vm, "14.5").compareTo(BigDecimal.ONE) > 0);
        assertEquals("55%", rowAt(vm, "10.5").marginalRateText());
        assertTrue(vm.segments().contains("From 0 to 14.02 hours: 55% of each extra £1 earned is lost (you keep 45p)."), vm.segments()::toString);
        HoursChartViewModel.Stretch first = vm.stretches().get(0);
        assertEquals("55% lost", first.shortLabel());
        assertEquals(new BigDecimal("7.01"), first.middleHours());
        // labelled at the nearest half hour, 7 h: pay £88.97 (7 × £12.71) + UC £49.12 a week + HB £250 − rent £250
        assertEquals(Money.of("138.09"), first.moneyLeftAtMiddle());
        assertEquals(vm.segments().size(), vm.stretches().size());
    }

    private static BigDecimal rate(HoursChartViewModel vm, String hours) {
        return vm.marginalRates().stream().filter(r -> r.hours().compareTo(new BigDecimal(hours)) == 0).findFirst().orElseThrow().rate();
    }

    @Test
    void changePointsAreMarkedAndLabelledInWords() {
        HoursChartViewModel vm = hostel();
        List<HoursChartViewModel.Marker> m = vm.markers();
        HoursChartViewModel.Marker uc = m.stream().filter(x -> x.kind() == ChangePoints.Kind.UC_ENDS).findFirst().orElseThrow();
        assertEquals(new BigDecimal("14.03"), uc.hours());
        assertEquals("UC ends", uc.shortLabel());
        // ChangePointsTest works these: UC £0.21 a month (£0.05 a week) at 14.02 h; money left £127.77 at 14.03 h
        assertEquals("Universal Credit ends at 14.03 hours (it was £0.05 a week just before).", uc.description());
        assertEquals(Money.of("127.77"), uc.moneyLeft());
        HoursChartViewModel.Marker fall = m.stream().filter(x -> x.kind() == ChangePoints.Kind.MONEY_LEFT_FALLS).findFirst().orElseThrow();
        assertEquals("Money left falls by £50.47 a week at 14.03 hours (what falls: Universal Credit and Housing Benefit); you are as well off again at 27.85 hours.", fall.description());
        for (int i = 0; i < m.size(); i++) assertEquals(i + 1, m.get(i).number());
        assertTrue(vm.summaryProperty().get().contains("1. "), vm.summaryProperty()::get);
        assertTrue(vm.summaryProperty().get().contains(uc.description()));
        assertTrue(vm.titleProperty().get().contains("£12.71 an hour"), vm.titleProperty()::get);
    }

    @Test
    void monthlyShowsTheSameSweepInMonths() {
        HoursChartViewModel vm = hostel();
        vm.setPeriod(Period.MONTH);
        assertEquals(97, vm.rows().size());
        // case file baseline: UC £424.90 a month
        assertEquals(Money.of("424.90"), vm.rows().get(0).universalCredit());
        assertEquals(vm.rows().get(0).moneyLeft(), vm.baselineProperty().get());
        HoursChartViewModel.Marker uc = vm.markers().stream().filter(x -> x.kind() == ChangePoints.Kind.UC_ENDS).findFirst().orElseThrow();
        assertEquals("Universal Credit ends at 14.03 hours (it was £0.21 a month just before).", uc.description());
        assertTrue(vm.titleProperty().get().contains("an hour, a month"), vm.titleProperty()::get);
        vm.setPeriod(Period.YEAR);
        assertEquals(Period.WEEK, vm.getPeriod(), "the chart is weekly or monthly only");
    }

    @Test
    void unsupportedCircumstanceBecomesAMessage() {
        HoursChartViewModel vm = hostel();
        // a job for adult 2 in a one-adult household: the calculator refuses it (Unsupported) with its reason
        Scenario two = new Scenario("Partner works", List.of(Cases.job(2, "16", "12.71")), null, null);
        vm.setInputs(TestRates.calculator(), BEFORE.circumstances(), two, 0);
        assertTrue(vm.messageProperty().get().contains("adult 2"), vm.messageProperty()::get);
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.markers().isEmpty());
        assertEquals(null, vm.baselineProperty().get());
    }

    @Test
    void noJobOrASalaryIsSaidPlainly() {
        HoursChartViewModel vm = vm(NOW);
        assertEquals("Enter a household and an in-work option to see the hours chart.", vm.messageProperty().get());
        vm.setInputs(TestRates.calculator(), BEFORE.circumstances(), Scenario.outOfWork(), 0);
        assertEquals("This option has no job, so there are no hours to chart.", vm.messageProperty().get());
        vm.setInputs(TestRates.calculator(), BEFORE.circumstances(), BEFORE.scenarios().get(0), 3);
        assertEquals("This option has no job 4 (it has 1).", vm.messageProperty().get());
        Job salaried = new Job(1, new BigDecimal("37.5"), Optional.empty(), Optional.of(Money.of("24000")), Job.PayFrequency.MONTHLY, null);
        vm.setInputs(TestRates.calculator(), BEFORE.circumstances(), new Scenario("Salary", List.of(salaried), null, null), 0);
        assertTrue(vm.messageProperty().get().startsWith("This job is paid a yearly salary"));
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void onlyTheLatestInputsAreShownAndBusyMeanwhile() {
        Deque<Runnable> queued = new ArrayDeque<>();
        HoursChartViewModel vm = vm(queued::add);
        CaseFile after = CaseReader.read(Path.of("src/test/resources/cases/hostel-25plus-after-oct-2026.yaml"));
        vm.setInputs(TestRates.calculator(), BEFORE.circumstances(), BEFORE.scenarios().get(0), 0);
        vm.setInputs(TestRates.calculator(), after.circumstances(), after.scenarios().get(0), 0);
        assertTrue(vm.busyProperty().get());
        assertTrue(vm.rows().isEmpty(), "nothing is calculated on the calling thread");
        // the newer calculation finishes first; the older one, run later, is skipped and must not replace it
        queued.removeLast().run();
        assertFalse(vm.busyProperty().get());
        queued.removeFirst().run();
        assertFalse(vm.busyProperty().get());
        // the after-October case: HB £233.70 at 16 hours (case file), not the before-October £183.17
        assertEquals(Money.of("233.70"), rowAt(vm, "16").housingBenefit());
        assertTrue(vm.markers().stream().noneMatch(m -> m.kind() == ChangePoints.Kind.MONEY_LEFT_FALLS));
    }

    @Test
    void carersAllowanceLabelKeepsItsApostrophe() {
        CaseFile carer = CaseReader.read(Path.of("src/test/resources/cases/carer-earnings-limit.yaml"));
        HoursChartViewModel vm = vm(NOW);
        vm.setInputs(TestRates.calculator(), carer.circumstances(), carer.scenarios().get(0), 0);
        HoursChartViewModel.Marker ca = vm.markers().stream().filter(m -> m.kind() == ChangePoints.Kind.CARERS_ALLOWANCE_LOST).findFirst().orElseThrow();
        // MessageFormat writes a quote as '' in chart.properties; the user must see one
        assertEquals("Carer's Allowance lost", ca.shortLabel());
        assertTrue(ca.description().startsWith("Carer's Allowance (£"), ca::description);
        // WorkIncentivesTest: at 16.06 h only Carer's Allowance falls (UC comes back, less than the CA lost)
        HoursChartViewModel.Marker fall = vm.markers().stream().filter(m -> m.kind() == ChangePoints.Kind.MONEY_LEFT_FALLS).findFirst().orElseThrow();
        assertTrue(fall.description().contains("(what falls: Carer's Allowance)"), fall::description);
    }

    @Test
    void everyChangeKindHasItsWords() {
        var text = HoursChartViewModel.bundle(Locale.UK);
        for (ChangePoints.Kind k : ChangePoints.Kind.values()) {
            assertFalse(text.getString("chart.point." + k.name()).isBlank());
            assertFalse(text.getString("chart.point." + k.name() + ".short").isBlank());
        }
    }
}
