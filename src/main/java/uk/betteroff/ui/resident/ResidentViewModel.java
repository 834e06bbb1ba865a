package uk.betteroff.ui.resident;

import static uk.betteroff.kernel.result.FigureIds.*;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.ui.MainViewModel;
import uk.betteroff.ui.Messages;

/** Resident mode's answer in plain words: money left out of work, with the first in-work option, and the difference. */
public final class ResidentViewModel {
    private final MainViewModel main;
    private final StringBinding answer;

    public ResidentViewModel(MainViewModel main) {
        this.main = main;
        this.answer = Bindings.createStringBinding(this::compute, main.comparison().comparisonProperty(), main.comparison().periodProperty());
    }

    public MainViewModel main() { return main; }

    public StringBinding answerProperty() { return answer; }

    public String getAnswer() { return answer.get(); }

    private String compute() {
        Comparison c = main.comparison().getComparison();
        if (c == null) return "";
        Period p = main.comparison().periodProperty().get();
        String per = Messages.get("period." + p.yamlName() + ".words");
        StringBuilder sb = new StringBuilder(Messages.format("resident.result.out_of_work", c.baseline().figure(MONEY_LEFT).in(p).format(), per));
        if (!c.scenarios().isEmpty()) {
            ScenarioResult s = c.scenarios().getFirst();
            sb.append('\n').append(Messages.format("resident.result.in_work", s.hours().stripTrailingZeros().toPlainString(),
                    s.figure(MONEY_LEFT).in(p).format(), per));
            Money by = s.figure(BETTER_OFF).in(p);
            sb.append(' ').append(by.isZero() ? Messages.get("resident.result.same")
                    : Messages.format(by.isPositive() ? "resident.result.better" : "resident.result.worse", (by.isNegative() ? by.negate() : by).format(), per));
            sb.append('\n').append(Messages.format("resident.rent_to_pay", s.figure(RENT_TO_PAY).in(p).format(), per));
        }
        return sb.toString();
    }
}
