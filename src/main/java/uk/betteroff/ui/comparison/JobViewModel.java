package uk.betteroff.ui.comparison;

import java.math.BigDecimal;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Limits;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.Problems;
import uk.betteroff.ui.input.TextInput;

/** One person's job in an in-work option: hours, an hourly wage or an annual salary, pay frequency, pension. */
public final class JobViewModel {
    public enum PayKind { HOURLY, SALARY }

    public enum PensionChoice { NONE, AUTO, PERCENT }

    private final int adult;
    private final TextInput<BigDecimal> hours;
    private final ObjectProperty<PayKind> payKind = new SimpleObjectProperty<>(this, "payKind", PayKind.HOURLY);
    private final TextInput<Money> wage;
    private final ObjectProperty<Job.PayFrequency> pay = new SimpleObjectProperty<>(this, "pay", Job.PayFrequency.WEEKLY);
    private final ObjectProperty<PensionChoice> pension = new SimpleObjectProperty<>(this, "pension", PensionChoice.NONE);
    private final TextInput<BigDecimal> pensionPercent = new TextInput<>("job.pension_percent", "5",
            Parsers.percent());

    /** {@code adult} is 1 or 2; blank hours mean this person does not work in this option. */
    public JobViewModel(int adult, String initialHours, String initialWage, Runnable onChange) {
        this.adult = adult;
        this.hours = new TextInput<>("job.hours", initialHours, Parsers.hours(true));
        this.wage = new TextInput<>("job.wage", initialWage, Parsers.wage());
        Changes.watch(o -> onChange.run(), hours.textProperty(), payKind, wage.textProperty(), pay, pension, pensionPercent.textProperty());
    }

    public int adult() { return adult; }
    public TextInput<BigDecimal> hours() { return hours; }
    public ObjectProperty<PayKind> payKindProperty() { return payKind; }
    public TextInput<Money> wage() { return wage; }
    public ObjectProperty<Job.PayFrequency> payProperty() { return pay; }
    public ObjectProperty<PensionChoice> pensionProperty() { return pension; }
    public TextInput<BigDecimal> pensionPercent() { return pensionPercent; }

    /** True when hours are entered (this person works in this option). */
    public boolean working() { return hours.isValid() && hours.getValue() != null; }

    /** The job, or empty when no hours are entered; null when a field is refused (recorded in {@code p}). */
    Optional<Job> build(Problems p, String where) {
        BigDecimal h = p.get(hours, where);
        if (h == null) return p.accepted(hours) ? Optional.empty() : null;
        Money w = p.get(wage, where);
        BigDecimal pct = pension.get() == PensionChoice.PERCENT ? p.get(pensionPercent, where) : BigDecimal.ZERO;
        if (w == null || pct == null) return null;
        Job.Pension pen = switch (pension.get()) {
            case NONE -> new Job.Pension.None();
            case AUTO -> new Job.Pension.AutoEnrolment();
            case PERCENT -> new Job.Pension.EmployeePercent(new Rate(pct.movePointLeft(2)));
        };
        boolean hourly = payKind.get() == PayKind.HOURLY;
        // the field is shared with the yearly salary (up to Limits.MONEY_MAX); an hourly wage has its own bound, as in a case file
        if (hourly && w.amount().compareTo(Limits.HOURLY_WAGE_MAX) > 0) {
            p.add(where + Messages.plain(wage.labelKey()) + ": " + Messages.format("input.hourly_wage.too_large",
                    "£" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(Limits.HOURLY_WAGE_MAX)));
            return null;
        }
        return Optional.of(new Job(adult, h, hourly ? Optional.of(w) : Optional.empty(), hourly ? Optional.empty() : Optional.of(w), pay.get(), pen));
    }

    void load(Job j) {
        hours.setText(j.hours().toPlainString()); // as held, so it saves back the same (37.5, 16.0)
        payKind.set(j.hourlyWage().isPresent() ? PayKind.HOURLY : PayKind.SALARY);
        wage.setText(j.hourlyWage().or(j::annualSalary).map(Money::plain).orElse(""));
        pay.set(j.pay());
        switch (j.pension()) {
            case Job.Pension.None n -> pension.set(PensionChoice.NONE);
            case Job.Pension.AutoEnrolment a -> pension.set(PensionChoice.AUTO);
            case Job.Pension.EmployeePercent e -> {
                pension.set(PensionChoice.PERCENT);
                pensionPercent.setText(e.share().fraction().movePointRight(2).toPlainString());
            }
        }
    }

    void clear(String wageText) {
        hours.setText("");
        payKind.set(PayKind.HOURLY);
        wage.setText(wageText);
        pay.set(Job.PayFrequency.WEEKLY);
        pension.set(PensionChoice.NONE);
        pensionPercent.setText("5");
    }
}
