package uk.betteroff.ui.household;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.input.AmountInput;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Problems;

/** One line of income other than earnings (new-style ESA or JSA, a pension, maintenance, other), as entered. */
public final class IncomeViewModel {
    private final ObjectProperty<UnearnedIncome.Type> type = new SimpleObjectProperty<>(this, "type", UnearnedIncome.Type.OTHER);
    private final AmountInput amount = new AmountInput("income.amount", "", Period.WEEK);

    public IncomeViewModel(Runnable onChange) {
        Changes.watch(o -> onChange.run(), type, amount.money().textProperty(), amount.perProperty());
    }

    public ObjectProperty<UnearnedIncome.Type> typeProperty() { return type; }

    public AmountInput amount() { return amount; }

    UnearnedIncome build(Problems p, String where) {
        Amount a = p.get(amount, where);
        return a == null ? null : new UnearnedIncome(type.get(), a);
    }

    void load(UnearnedIncome u) {
        type.set(u.type());
        amount.set(u.amount());
    }
}
