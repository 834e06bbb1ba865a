package uk.betteroff.ui.household;

import java.math.BigDecimal;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.input.AmountInput;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.Problems;
import uk.betteroff.ui.input.TextInput;

/**
 * Another adult in the home who is not part of the claim (a non-dependant: a grown-up son or daughter, a relative):
 * age, gross income and hours (HB Regs 2006 reg 74 and the CTR schemes band the deduction by them; UC takes a flat
 * housing cost contribution, UC Regs 2013 Sch 4 paras 13-14), and whether something exempts them from any deduction.
 */
public final class NonDependantViewModel {
    private final TextInput<Integer> age = new TextInput<>("non_dependant.age", "20", Parsers.adultAge());
    private final AmountInput grossIncome = new AmountInput("non_dependant.gross_income", "", Period.WEEK);
    private final TextInput<BigDecimal> hours = new TextInput<>("non_dependant.hours", "", Parsers.hours(true));
    private final BooleanProperty exempt = new SimpleBooleanProperty(this, "exempt", false);

    public NonDependantViewModel(Runnable onChange) {
        Changes.watch(o -> onChange.run(), age.textProperty(), grossIncome.money().textProperty(), grossIncome.perProperty(),
                hours.textProperty(), exempt);
    }

    public TextInput<Integer> age() { return age; }

    /** Gross income from every source, the figure the HB and CTR bands use. */
    public AmountInput grossIncome() { return grossIncome; }

    /** Hours of paid work a week; blank or 0 when they do not work. */
    public TextInput<BigDecimal> hours() { return hours; }

    /** Something exempts them from every deduction (a disability benefit's care part, Carer's Allowance, a student, …). */
    public BooleanProperty exemptProperty() { return exempt; }

    NonDependant build(Problems p, String where) {
        Integer a = p.get(age, where);
        Amount income = p.get(grossIncome, where);
        BigDecimal h = p.get(hours, where);
        if (a == null || income == null || !p.accepted(hours)) return null;
        return new NonDependant(a, income, h == null ? BigDecimal.ZERO : h, exempt.get());
    }

    void load(NonDependant n) {
        age.setText(Integer.toString(n.age()));
        grossIncome.set(n.grossIncome());
        hours.setText(n.hours().toPlainString()); // as held, so it saves back the same
        exempt.set(n.exempt());
    }
}
