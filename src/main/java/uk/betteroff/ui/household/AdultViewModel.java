package uk.betteroff.ui.household;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.Problems;
import uk.betteroff.ui.input.TextInput;

/** One adult of the claim: age, work capability, disability benefit, carer, and income other than earnings. */
public final class AdultViewModel {
    private final Runnable onChange;
    private final TextInput<Integer> age = new TextInput<>("person.age", "30", Parsers.adultAge());
    private final ObjectProperty<WorkCapability> workCapability = new SimpleObjectProperty<>(this, "workCapability", WorkCapability.FIT);
    private final ObjectProperty<DisabilityBenefit> disabilityBenefit = new SimpleObjectProperty<>(this, "disabilityBenefit", DisabilityBenefit.NONE);
    private final BooleanProperty carer = new SimpleBooleanProperty(this, "carer", false);
    private final ObservableList<IncomeViewModel> incomes = FXCollections.observableArrayList();

    public AdultViewModel(Runnable onChange) {
        this.onChange = onChange;
        Changes.watch(o -> onChange.run(), age.textProperty(), workCapability, disabilityBenefit, carer, incomes);
    }

    public TextInput<Integer> age() { return age; }

    public ObjectProperty<WorkCapability> workCapabilityProperty() { return workCapability; }

    public ObjectProperty<DisabilityBenefit> disabilityBenefitProperty() { return disabilityBenefit; }

    public BooleanProperty carerProperty() { return carer; }

    public ObservableList<IncomeViewModel> incomes() { return incomes; }

    public IncomeViewModel addIncome() {
        IncomeViewModel i = new IncomeViewModel(onChange);
        incomes.add(i);
        return i;
    }

    public void removeIncome(IncomeViewModel i) { incomes.remove(i); }

    Adult build(Problems p, String where) {
        Integer a = p.get(age, where);
        List<UnearnedIncome> in = new ArrayList<>();
        for (IncomeViewModel i : incomes) {
            UnearnedIncome u = i.build(p, where);
            if (u != null && !u.amount().isZero()) in.add(u);
        }
        return a == null ? null : new Adult(a, workCapability.get(), disabilityBenefit.get(), carer.get(), in);
    }

    void load(Adult a) {
        age.setText(Integer.toString(a.age()));
        workCapability.set(a.workCapability());
        disabilityBenefit.set(a.disabilityBenefit());
        carer.set(a.carer());
        incomes.clear();
        for (UnearnedIncome u : a.unearnedIncome()) addIncome().load(u);
    }

    void reset() {
        age.setText("30");
        workCapability.set(WorkCapability.FIT);
        disabilityBenefit.set(DisabilityBenefit.NONE);
        carer.set(false);
        incomes.clear();
    }
}
