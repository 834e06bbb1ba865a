package uk.betteroff.cli;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.cases.BatchReader;
import uk.betteroff.cases.BatchRowMapper;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.kernel.sweep.FewerHours;
import uk.betteroff.report.BatchCsv;

/** One batch task: a chunk of rows mapped, calculated and turned into output lines (and summary counts). */
final class BatchWork {
    /** More than rounding: a pound a week is what "more money" means for the summary's cliff count. */
    static final Money CLIFF_MARGIN = Money.of("1.00");

    /** A chunk's output lines in input order, its counts, and "line: id: error" for each refused row. */
    record Chunk(String csv, int rows, int failed, int worseOff, int atCliff, int cliffUnknown, int cappedOut, int cappedIn, List<String> errors) {}

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
        int failed = 0, worse = 0, cliff = 0, cliffUnknown = 0, capOut = 0, capIn = 0;
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
                    if (cliffs) {
                        try {
                            if (atCliff(h, c)) cliff++;
                        } catch (Unsupported e) {
                            cliffUnknown++;
                        }
                    }
                    continue;
                }
                error = ((BatchRowMapper.Refused) m).error();
            } catch (Unsupported e) {
                m = null;
                error = "not covered: " + e.reason();
            } catch (RuntimeException | StackOverflowError e) {
                // whatever goes wrong with one row is that row's error: the good rows around it are still answered
                m = null;
                error = unexpected(e);
            }
            String id = m != null ? m.id() : mapper.id(raw);
            BatchCsv.refused(csv, id, error);
            failed++;
            errors.add(raw.line() + ": " + (id.isEmpty() ? "" : id + ": ") + error);
        }
        return new Chunk(csv.toString(), rows.size(), failed, worse, cliff, cliffUnknown, capOut, capIn, errors);
    }

    /**
     * Every row of a chunk whose task failed outside any one row's work, refused with why, so the run's output still
     * has a line for each (in order) and the other chunks' rows are kept.
     */
    Chunk failed(List<BatchReader.RawRow> rows, Throwable cause) {
        StringBuilder csv = new StringBuilder(rows.size() * 80);
        List<String> errors = new ArrayList<>();
        String error = unexpected(cause);
        for (BatchReader.RawRow raw : rows) {
            String id;
            try {
                id = mapper.id(raw);
            } catch (RuntimeException e) {
                id = "";
            }
            BatchCsv.refused(csv, id, error);
            errors.add(raw.line() + ": " + (id.isEmpty() ? "" : id + ": ") + error);
        }
        return new Chunk(csv.toString(), rows.size(), rows.size(), 0, 0, 0, 0, 0, errors);
    }

    /** A failure no check foresaw, in words: a household record's own rule keeps its message; anything else is named. */
    static String unexpected(Throwable e) {
        if (e instanceof IllegalArgumentException && e.getMessage() != null) return e.getMessage();
        return "Better Off could not answer this row (an internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ", " + uk.betteroff.yaml.Fields.shown(e.getMessage())) + "); the other rows are not affected";
    }

    /**
     * At a cliff: fewer hours in the same job would leave the household at least {@link #CLIFF_MARGIN} a week
     * more money ({@link FewerHours}) — it has worked past a point where money left falls and not yet back.
     */
    private boolean atCliff(BatchRowMapper.Ready h, Comparison c) {
        return FewerHours.find(calculator, h.circumstances(), h.scenario(), c.scenarios().get(0), c.baseline(), CLIFF_MARGIN).isPresent();
    }
}
