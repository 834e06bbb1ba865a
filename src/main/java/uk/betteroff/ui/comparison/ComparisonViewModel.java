package uk.betteroff.ui.comparison;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.Figure;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.report.RentParts;
import uk.betteroff.ui.Messages;

/**
 * The comparison's results: one column for out of work and one per in-work option, a row per figure,
 * the bottom line and "better off by …", weekly or monthly. When the household can't be calculated it
 * shows why instead: the fields to correct, or the kernel's reason for an unsupported circumstance.
 */
public final class ComparisonViewModel {
    public static final int COLUMNS = 4;

    public enum State { RESULTS, PROBLEMS, UNSUPPORTED }

    /**
     * The rows that make a column add up (issue 19 item 9): the rent and charges money left takes off, what Housing
     * Benefit (paid to the landlord) and UC's housing costs element (paid to the tenant) pay towards it, then rent to
     * pay yourself. Each follows from the calculator's figures ({@link RentParts}); its "why?" is rent to pay's working.
     */
    public static final String RENT_AND_CHARGES = "rent_and_charges", RENT_FROM_HOUSING_BENEFIT = "rent_from_housing_benefit",
            RENT_FROM_UC_HOUSING_COSTS = "rent_from_uc_housing_costs";

    /** Figures shown, in order; {@code true} marks rows shown even when nil everywhere. */
    private static final List<Object[]> ROWS = List.of(
            new Object[] {GROSS_EARNINGS, false}, new Object[] {INCOME_TAX, false}, new Object[] {NATIONAL_INSURANCE, false},
            new Object[] {PENSION_CONTRIBUTION, false}, new Object[] {NET_EARNINGS, true}, new Object[] {UNIVERSAL_CREDIT, true},
            new Object[] {BENEFIT_CAP_REDUCTION, false}, new Object[] {HOUSING_BENEFIT, true}, new Object[] {COUNCIL_TAX_REDUCTION, false},
            new Object[] {CHILD_BENEFIT, false}, new Object[] {CARERS_ALLOWANCE, false}, new Object[] {SCOTTISH_CHILD_PAYMENT, false},
            new Object[] {OTHER_INCOME, false}, new Object[] {TOTAL_INCOME, true}, new Object[] {RENT_AND_CHARGES, false},
            new Object[] {RENT_FROM_HOUSING_BENEFIT, false}, new Object[] {RENT_FROM_UC_HOUSING_COSTS, false}, new Object[] {RENT_TO_PAY, true},
            new Object[] {COUNCIL_TAX_TO_PAY, true}, new Object[] {WORK_COSTS, true});

    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.WEEK);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.PROBLEMS);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final List<RowViewModel> rows = ROWS.stream().map(r -> new RowViewModel((String) r[0], (Boolean) r[1], COLUMNS)).toList();
    private final List<ColumnViewModel> columns = IntStream.range(0, COLUMNS).mapToObj(i -> new ColumnViewModel()).toList();
    private final ObservableList<String> assumptions = FXCollections.observableArrayList();
    private List<Integer> slots = List.of();
    private Map<Integer, String> columnProblems = Map.of();

    public ComparisonViewModel() {
        period.addListener(o -> render());
    }

    public ObjectProperty<Period> periodProperty() { return period; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    public State getState() { return state.get(); }
    /** The fields to correct, or the reason the circumstance isn't covered; empty with results. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public String getMessage() { return message.get(); }
    /** The last comparison calculated (null before the first or while fields are refused). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    public Comparison getComparison() { return comparison.get(); }
    public List<RowViewModel> rows() { return rows; }
    public List<ColumnViewModel> columns() { return columns; }
    /** The simplifications behind these results, each once. */
    public ObservableList<String> assumptions() { return assumptions; }

    public RowViewModel row(String figureId) {
        return rows.stream().filter(r -> r.figureId().equals(figureId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + figureId));
    }

    /** The cell for a figure in a column (0 = out of work). */
    public CellViewModel cell(String figureId, int column) {
        return figureId.equals(MONEY_LEFT) ? columns.get(column).moneyLeft() : row(figureId).cell(column);
    }

    /** Results whose in-work columns are the option slots 1, 2, 3 in order. */
    public void show(Comparison c) {
        show(c, IntStream.rangeClosed(1, c.scenarios().size()).boxed().toList(), Map.of());
    }

    /**
     * Results, each in-work result under its own option's inputs: {@code slots} gives the option (1–3) of each of
     * {@code c}'s scenarios, and {@code columnProblems} the refused fields of options that could not be calculated.
     * A refused field blanks only the column that depends on it, and that column says which field and what to type.
     */
    public void show(Comparison c, List<Integer> slots, Map<Integer, String> columnProblems) {
        comparison.set(c);
        this.slots = List.copyOf(slots);
        this.columnProblems = Map.copyOf(columnProblems);
        state.set(State.RESULTS);
        message.set("");
        render();
    }

    public void showProblems(List<String> problems) {
        comparison.set(null);
        state.set(State.PROBLEMS);
        message.set(Messages.get("result.problems") + "\n" + String.join("\n", problems.stream().map(p -> "• " + p).toList()));
        clearCells();
    }

    public void showUnsupported(String reason) {
        comparison.set(null);
        state.set(State.UNSUPPORTED);
        message.set(Messages.format("result.unsupported", reason));
        clearCells();
    }

    private void clearCells() {
        for (RowViewModel r : rows) {
            r.cells().forEach(CellViewModel::clear);
            r.setVisible(false);
        }
        columns.forEach(ColumnViewModel::clear);
        assumptions.clear();
    }

    private void render() {
        Comparison c = comparison.get();
        if (c == null) return;
        Period p = period.get();
        ScenarioResult[] byColumn = new ScenarioResult[COLUMNS];
        byColumn[0] = c.baseline();
        for (int j = 0; j < c.scenarios().size() && j < slots.size(); j++)
            if (slots.get(j) < COLUMNS) byColumn[slots.get(j)] = c.scenarios().get(j);
        for (RowViewModel r : rows) {
            boolean any = false;
            for (int i = 0; i < COLUMNS; i++) {
                if (byColumn[i] == null) {
                    r.cell(i).clear();
                    continue;
                }
                ScenarioResult s = byColumn[i];
                if (s.notWorkedOut().containsKey(r.figureId())) {
                    // not worked out: said in words with its reason, never shown as £0 (issue 14 item 5)
                    any = true;
                    notWorkedOut(r.cell(i), r.label(), s, r.figureId());
                    continue;
                }
                Figure f = figure(s, r.figureId());
                any |= !f.in(p).isZero();
                fill(r.cell(i), r.label(), s, f, p);
            }
            r.setVisible(any);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < COLUMNS; i++) {
            ColumnViewModel col = columns.get(i);
            ScenarioResult s = byColumn[i];
            if (s == null) {
                col.clear();
                col.setProblem(columnProblems.getOrDefault(i, ""));
                continue;
            }
            fill(col.moneyLeft(), Messages.get("figure.money_left"), s, s.figure(MONEY_LEFT), p);
            if (i == 0) col.set(s.name(), Messages.get("result.baseline"), "");
            else col.set(s.name(), betterOffWords(s, p), signed(s.figure(BETTER_OFF).in(p)) + before(s, BETTER_OFF));
            for (Assumption a : s.assumptions()) seen.add(a.text());
        }
        assumptions.setAll(new ArrayList<>(seen));
    }

    /** A figure of the column, or one of the rent rows worked from them. */
    static Figure figure(ScenarioResult s, String id) {
        if (!id.equals(RENT_AND_CHARGES) && !id.equals(RENT_FROM_HOUSING_BENEFIT) && !id.equals(RENT_FROM_UC_HOUSING_COSTS)) return s.figure(id);
        RentParts w = RentParts.of(s, Period.WEEK), m = RentParts.of(s, Period.MONTH);
        java.util.function.Function<RentParts, Money> part = switch (id) {
            case RENT_AND_CHARGES -> RentParts::rentAndCharges;
            case RENT_FROM_HOUSING_BENEFIT -> RentParts::housingBenefit;
            default -> RentParts::ucHousingCosts;
        };
        return new Figure(id, part.apply(w), part.apply(m), Period.WEEK, s.figure(RENT_TO_PAY).trace());
    }

    /**
     * The amount, with a visible label (not colour alone) where it is an estimate, entered by the adviser, or worked
     * without a figure that is not worked out ("before council tax reduction"); the screen reader hears the same.
     */
    private static void fill(CellViewModel cell, String label, ScenarioResult s, Figure f, Period p) {
        String amount = f.in(p).format();
        String per = Messages.get("period." + p.yamlName() + ".words");
        String note = s.estimated().contains(f.id()) ? Messages.get("result.cell.estimate")
                : s.entered().contains(f.id()) ? Messages.get("result.cell.entered") : before(s, f.id()).strip();
        String shown = note.isEmpty() ? amount : amount + " (" + note + ")";
        cell.set(shown, Messages.format("result.cell.accessible", label, s.name(), shown, per), f.trace(), s.name());
    }

    private static void notWorkedOut(CellViewModel cell, String label, ScenarioResult s, String id) {
        String why = s.notWorkedOut().get(id);
        cell.set(Messages.get("result.cell.not_worked_out"), Messages.format("result.cell.not_worked_out.accessible", label, s.name(), why),
                s.ctr().trace(), s.name());
    }

    /** " before council tax reduction" for a total worked without a figure that is not worked out, else "". */
    static String before(ScenarioResult s, String id) {
        List<String> missing = s.workedWithout(id);
        if (missing.isEmpty()) return "";
        return " " + Messages.format("result.cell.before", String.join(" " + Messages.get("result.cell.before.and") + " ",
                missing.stream().map(m -> Messages.get("figure." + m).toLowerCase(java.util.Locale.ROOT)).toList()));
    }

    /** "Better off by £42.10 a week (£2.63 for each extra hour)" — words and sign, not colour. */
    static String betterOffWords(ScenarioResult s, Period p) {
        Money by = s.figure(BETTER_OFF).in(p);
        String per = Messages.get("period." + p.yamlName() + ".words");
        if (by.isZero()) return Messages.get("result.no_difference");
        String perHour = "";
        if (s.hours().signum() > 0) {
            Money hourly = s.figure(BETTER_OFF).week().dividedBy(s.hours()).roundHalfUpToPenny();
            perHour = Messages.format(by.isPositive() ? "result.per_extra_hour" : "result.per_extra_hour.less", abs(hourly).format());
        }
        return Messages.format(by.isPositive() ? "result.better_off" : "result.worse_off", abs(by).format(), per, perHour).strip();
    }

    static String signed(Money m) {
        if (m.isZero()) return m.format();
        return m.isPositive() ? "+" + m.format() : m.format();
    }

    private static Money abs(Money m) { return m.isNegative() ? m.negate() : m; }

}
