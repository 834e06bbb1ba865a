package uk.betteroff.ui.input;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.money.Period;

/** An amount and the period it is paid or charged per ("250.00 a week"). */
public final class AmountInput {
    private final TextInput<uk.betteroff.kernel.money.Money> money;
    private final ObjectProperty<Period> per;

    public AmountInput(String labelKey, String initial, Period initialPer) {
        this.money = new TextInput<>(labelKey, initial, Parsers.money(true));
        this.per = new SimpleObjectProperty<>(this, "per", initialPer);
    }

    public TextInput<uk.betteroff.kernel.money.Money> money() { return money; }

    public ObjectProperty<Period> perProperty() { return per; }

    /** The amount, or null when the text is refused. */
    public Amount value() {
        var m = money.getValue();
        return m == null ? null : new Amount(m, per.get());
    }

    public void set(Amount a) {
        money.setText(Parsers.format(a.money(), true));
        per.set(a.per());
    }

    /** The periods an amount can be entered per. */
    public static final java.util.List<Period> PERIODS = java.util.List.of(Period.WEEK, Period.FORTNIGHT, Period.FOUR_WEEKS, Period.MONTH, Period.YEAR);
}
