package uk.betteroff.cli;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.betteroff.cases.BatchReader;
import uk.betteroff.cases.BatchRowMapper;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.sweep.WorkIncentives;
import uk.betteroff.report.BatchCsv;

/** One batch task: a chunk of rows mapped, calculated and turned into output lines (and summary counts). */
final class BatchWork {
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    /** A chunk's output lines in input order, its counts, and "line: id: error" for each refused row. */
    record Chunk(String csv, int rows, int failed, int worseOff, int atCliff, int cappedOut, int cappedIn, List<String> errors) {}

    private final BetterOffCalculator calculator;
    private final BatchRowMapper mapper;
    private final boolean cliffs;

    BatchWork(BetterOffCalculator calculator, BatchRowMapper mapper, boolean cliffs) {
        this.calculator = calculator;
        this.mapper = mapper;
        this.cliffs = cliffs;
    }

    Chunk run(List<BatchReader.RawRow> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 120);
        int failed = 0, worse = 0, cliff = 0, capOut = 0, capIn = 0;
        List<String> errors = new ArrayList<>();
        for (BatchReader.RawRow raw : rows) {
            BatchRowMapper.Mapped m;
            String error;
            try {
                m = mapper.map(raw);
                if (m instanceof BatchRowMapper.Ready h) {
                    Comparison c = calculator.compare(h.circumstances(), List.of(h.scenario()));
                    ScenarioResult inWork = c.scenarios().get(0);
                    BatchCsv.answered(csv, h.id(), c);
                    if (inWork.figure(BETTER_OFF).week().isNegative()) worse++;
                    if (c.baseline().figure(BENEFIT_CAP_REDUCTION).month().isPositive()) capOut++;
                    if (inWork.figure(BENEFIT_CAP_REDUCTION).month().isPositive()) capIn++;
                    if (cliffs && atCliff(h, inWork)) cliff++;
                    continue;
                }
                error = ((BatchRowMapper.Refused) m).error();
            } catch (Unsupported e) {
                m = null;
                error = "not covered: " + e.reason();
            } catch (RuntimeException e) {
                m = null;
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String id = m != null ? m.id() : mapper.id(raw);
            BatchCsv.refused(csv, id, error);
            failed++;
            errors.add(raw.line() + ": " + (id.isEmpty() ? "" : id + ": ") + error);
        }
        return new Chunk(csv.toString(), rows.size(), failed, worse, cliff, capOut, capIn, errors);
    }

    /**
     * At a cliff: scanning the job's hours from 0 to the row's hours ({@link WorkIncentives}) finds a cliff at or
     * below those hours, and the money left at the row's hours is less than just before that cliff — working
     * fewer hours would leave the household more.
     */
    private boolean atCliff(BatchRowMapper.Ready h, ScenarioResult inWork) {
        BigDecimal hours = h.scenario().jobs().get(0).hours();
        BigDecimal upTo = hours.divide(QUARTER, 0, RoundingMode.CEILING).multiply(QUARTER).min(BigDecimal.valueOf(100));
        Optional<WorkIncentives.Result> w = WorkIncentives.find(calculator, h.circumstances(), h.scenario(), upTo);
        if (w.isEmpty()) return false;
        Money left = inWork.figure(MONEY_LEFT).week();
        RatesAt r = null;
        ScenarioResult baseline = null;
        for (WorkIncentives.Cliff k : w.get().cliffs()) {
            if (k.toHours().compareTo(hours) > 0) continue;
            if (r == null) {
                r = calculator.rates().at(h.circumstances().date());
                baseline = calculator.calculate(h.circumstances(), Scenario.outOfWork(), r, null);
            }
            Scenario s = h.scenario();
            Scenario before = new Scenario(s.name(), List.of(s.jobs().get(0).withHours(k.fromHours())), s.travel(), s.childcare());
            if (left.isLessThan(calculator.calculate(h.circumstances(), before, r, baseline).figure(MONEY_LEFT).week())) return true;
        }
        return false;
    }
}
