package uk.betteroff.ui.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.input.AmountInput;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Problems;

/**
 * One in-work option (a column of the comparison): whether it is shown, its name (by default "16 hours",
 * following the hours), a job for each person, and the costs of working.
 */
public final class ScenarioViewModel {
    private final int number;
    private final BooleanProperty included;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final List<JobViewModel> jobs;
    /** Any further jobs, for either person, beyond the one each has in the option's column ("she works 12 in one job and 8 in another"). */
    private final javafx.collections.ObservableList<JobViewModel> moreJobs = javafx.collections.FXCollections.observableArrayList();
    private final Runnable onChange;
    private final String wage;
    private final AmountInput travel = new AmountInput("costs.travel", "", Period.WEEK);
    private final AmountInput childcare = new AmountInput("costs.childcare", "", Period.MONTH);
    /** The Council Tax Reduction the adviser knows for this option (award letter, the council's calculator); blank: worked out. */
    private final AmountInput ctrKnown = new AmountInput("costs.ctr_known", "", Period.WEEK);
    private final StringBinding ownName;
    private StringBinding shownName;

    public ScenarioViewModel(int number, boolean included, String hours, String wage, Runnable onChange) {
        this.number = number;
        this.onChange = onChange;
        this.wage = wage;
        this.included = new SimpleBooleanProperty(this, "included", included);
        this.jobs = List.of(new JobViewModel(1, hours, wage, onChange), new JobViewModel(2, "", wage, onChange));
        this.ownName = Bindings.createStringBinding(this::computeName, name, jobs.get(0).hours().valueProperty(), jobs.get(1).hours().valueProperty());
        this.shownName = ownName;
        Changes.watch(o -> onChange.run(), this.included, name, travel.money().textProperty(), travel.perProperty(),
                childcare.money().textProperty(), childcare.perProperty(), moreJobs, ctrKnown.money().textProperty(), ctrKnown.perProperty());
    }

    /** 1, 2 or 3. */
    public int number() { return number; }
    public BooleanProperty includedProperty() { return included; }
    /** The name typed; blank means the automatic one. */
    public StringProperty nameProperty() { return name; }
    /**
     * The name shown on the column: what was typed, or "16 hours" from the hours (only hours that are a number:
     * "lot" hours name nothing), or "Option 2"; "16 hours (option 2)" when an earlier option has the same name,
     * so two columns never share a name.
     */
    public StringBinding shownNameProperty() { return shownName; }

    /** The name before it is told apart from the earlier options'. */
    StringBinding ownNameProperty() { return ownName; }

    /** Makes the shown name differ from every earlier option's (called once, by {@link ScenariosViewModel}). */
    void distinctFrom(List<ScenarioViewModel> earlier) {
        List<javafx.beans.Observable> deps = new ArrayList<>(List.of(ownName));
        for (ScenarioViewModel e : earlier) deps.add(e.shownNameProperty());
        shownName = Bindings.createStringBinding(() -> {
            String own = ownName.get();
            for (ScenarioViewModel e : earlier)
                if (e.shownNameProperty().get().equalsIgnoreCase(own)) return Messages.format("scenario.distinct", own, number);
            return own;
        }, deps.toArray(javafx.beans.Observable[]::new));
    }

    /**
     * True when {@code s}'s name is the one Better Off would give it from its hours (as every case saved with
     * an automatic name has): such a name follows the hours when reopened, rather than becoming a typed one.
     */
    static boolean automaticName(Scenario s, int number) {
        java.math.BigDecimal h1 = null, h2 = null;
        for (Job j : s.jobs()) { // each person's first job, the one in the column the name follows
            if (j.adult() == 1 && h1 == null) h1 = j.hours();
            else if (j.adult() == 2 && h2 == null) h2 = j.hours();
        }
        String auto = autoName(h1, h2, number);
        return s.name().equalsIgnoreCase(auto) || s.name().equalsIgnoreCase(Messages.format("scenario.distinct", auto, number));
    }
    public JobViewModel job(int adult) { return jobs.get(adult - 1); }
    public AmountInput travel() { return travel; }

    /** The option's further jobs, after each person's first. */
    public javafx.collections.ObservableList<JobViewModel> moreJobs() { return moreJobs; }

    /** A further job for person {@code adult} (1 or 2), with the option's default wage and no hours yet. */
    public JobViewModel addJob(int adult) {
        // made with 0 hours, then blanked: a draft saved while its hours are not valid yet keeps the job (0 hours standing
        // in, the text kept beside it), so it reopens where the text can go back
        JobViewModel j = new JobViewModel(adult, "0", wage, onChange);
        j.hours().setText("");
        moreJobs.add(j);
        return j;
    }

    public void removeJob(JobViewModel j) { moreJobs.remove(j); }
    public AmountInput childcare() { return childcare; }
    public AmountInput ctrKnown() { return ctrKnown; }

    private String computeName() {
        if (name.get() != null && !name.get().isBlank()) return name.get().strip();
        return autoName(jobs.get(0).hours().getValue(), jobs.get(1).hours().getValue(), number);
    }

    private static String autoName(java.math.BigDecimal h1, java.math.BigDecimal h2, int number) {
        if (h1 != null && h2 == null) return Messages.format("scenario.auto_name", plain(h1));
        if (h1 != null) return Messages.format("scenario.auto_name_two", plain(h1), plain(h2));
        if (h2 != null) return Messages.format("scenario.auto_name_partner", plain(h2));
        return Messages.format("scenario.n", number);
    }

    private static String plain(java.math.BigDecimal h) { return h.stripTrailingZeros().toPlainString(); }

    /** The scenario, or null with the refused fields recorded. {@code adults} is 1 or 2. */
    Scenario build(Problems p, int adults) {
        String where = shownName.get() + " — ";
        List<Job> js = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < adults; i++) {
            Optional<Job> j = jobs.get(i).build(p, where + (adults == 2 ? Messages.format("person.n", i + 1) + " — " : ""));
            if (j == null) ok = false;
            else j.ifPresent(js::add);
        }
        for (int i = 0; i < moreJobs.size(); i++) {
            JobViewModel more = moreJobs.get(i);
            if (more.adult() > adults) continue; // a partner's job counts only for a couple, as the partner's first job
            Optional<Job> j = more.build(p, where + Messages.format("job.more.n", i + 1, more.adult()) + " — ");
            if (j == null) ok = false;
            else j.ifPresent(js::add);
        }
        Amount t = p.get(travel, where), c = p.get(childcare, where);
        boolean known = !ctrKnown.money().getText().isBlank(); // "0" is a nil award the adviser knows; blank is none
        Amount ctr = known ? p.get(ctrKnown, where) : null;
        if (!ok || t == null || c == null || (known && ctr == null)) return null;
        return new Scenario(shownName.get(), js, t, c, ctr);
    }

    void load(Scenario s) {
        included.set(true);
        // a name Better Off gave from the hours keeps following them; only a name of the user's own stays put
        name.set(automaticName(s, number) ? "" : s.name());
        jobs.get(0).clear(jobs.get(0).wage().getText());
        jobs.get(1).clear(jobs.get(0).wage().getText());
        // each person's first job in the column, any other among the further jobs, in the file's order
        moreJobs.clear();
        boolean[] placed = new boolean[2];
        for (Job j : s.jobs()) {
            if (!placed[j.adult() - 1]) {
                jobs.get(j.adult() - 1).load(j);
                placed[j.adult() - 1] = true;
            } else addJob(j.adult()).load(j);
        }
        travel.set(s.travel());
        childcare.set(s.childcare());
        if (s.ctrEntered() == null) clearCtrKnown();
        else {
            ctrKnown.set(s.ctrEntered());
            if (ctrKnown.money().getText().isBlank()) ctrKnown.money().setText("0"); // a nil award entered stays entered
        }
    }

    private void clearCtrKnown() {
        ctrKnown.money().setText("");
        ctrKnown.perProperty().set(Period.WEEK);
    }

    public void reset(boolean include, String hours, String wage) {
        included.set(include);
        name.set("");
        jobs.get(0).clear(wage);
        jobs.get(0).hours().setText(hours);
        jobs.get(1).clear(wage);
        moreJobs.clear();
        travel.set(Amount.NONE_WEEKLY);
        childcare.set(new Amount(uk.betteroff.kernel.money.Money.ZERO, Period.MONTH));
        clearCtrKnown();
    }
}
