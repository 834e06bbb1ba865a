package uk.betteroff.ui.comparison;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.ui.input.Problems;

/** The three in-work option slots; by default 16 and 30 hours shown, 37.5 hours ready to switch on. */
public final class ScenariosViewModel {
    public static final int SLOTS = 3;
    private static final String[] DEFAULT_HOURS = {"16", "30", "37.5"};

    private final List<ScenarioViewModel> slots = new ArrayList<>();
    private final String defaultWage;

    public ScenariosViewModel(String defaultWage, Runnable onChange) {
        this.defaultWage = defaultWage;
        for (int i = 0; i < SLOTS; i++) slots.add(new ScenarioViewModel(i + 1, i < 2, DEFAULT_HOURS[i], defaultWage, onChange));
        for (int i = 1; i < SLOTS; i++) slots.get(i).distinctFrom(List.copyOf(slots.subList(0, i)));
    }

    public List<ScenarioViewModel> slots() { return slots; }

    public ScenarioViewModel slot(int i) { return slots.get(i); }

    /** The options switched on, or null with the refused fields recorded. */
    public List<Scenario> build(Problems p, int adults) {
        List<Scenario> out = new ArrayList<>();
        boolean ok = true;
        for (ScenarioViewModel s : slots) {
            if (!s.includedProperty().get()) continue;
            Scenario built = s.build(p, adults);
            if (built == null) ok = false;
            else out.add(built);
        }
        return ok ? out : null;
    }

    /** An option switched on: its scenario, or null with its refused fields (each saying what to type). */
    public record Option(int number, Scenario scenario, List<String> problems) {}

    /** Each option switched on, built on its own, so a refused field in one option leaves the others calculable. */
    public List<Option> buildEach(int adults) {
        List<Option> out = new ArrayList<>();
        for (ScenarioViewModel s : slots) {
            if (!s.includedProperty().get()) continue;
            Problems p = new Problems();
            Scenario built = s.build(p, adults);
            out.add(new Option(s.number(), p.any() ? null : built, p.messages()));
        }
        return out;
    }

    /** Fills the slots from a case file's options; returns how many did not fit. */
    public int load(List<Scenario> scenarios) {
        reset();
        for (int i = 0; i < Math.min(SLOTS, scenarios.size()); i++) slots.get(i).load(scenarios.get(i));
        for (int i = scenarios.size(); i < SLOTS; i++) slots.get(i).includedProperty().set(false);
        return Math.max(0, scenarios.size() - SLOTS);
    }

    /** Resident mode: the first option only, its hours and wage blank for the resident to answer. */
    public void resetToOneBlankOption() {
        for (int i = 0; i < SLOTS; i++) slots.get(i).reset(i == 0, "", "");
    }

    public void reset() {
        for (int i = 0; i < SLOTS; i++) slots.get(i).reset(i < 2, DEFAULT_HOURS[i], defaultWage);
    }
}
