package uk.betteroff.ui.resident;

import static uk.betteroff.kernel.result.FigureIds.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.rates.RateKeys;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.report.RentParts;
import uk.betteroff.ui.MainViewModel;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.comparison.JobViewModel;
import uk.betteroff.ui.comparison.ScenariosViewModel;
import uk.betteroff.ui.household.AdultViewModel;
import uk.betteroff.ui.household.ChildViewModel;
import uk.betteroff.ui.household.HouseholdViewModel;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.InputProblem;
import uk.betteroff.ui.input.Parser;
import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.Problems;
import uk.betteroff.ui.input.TextInput;

/**
 * Resident mode: a household of its own, asked in a few plain questions, and the answer in plain words (money
 * left out of work, with the one in-work option, the difference, and the rent left to pay).
 *
 * <p>It is private and starts clean: the adviser's case is not read or changed (it waits, as it was, in the main
 * window's view model until adviser mode comes back), and everything the resident typed is wiped on entering and on
 * leaving resident mode and by "New resident". Nothing has a default that changes the answer: there is no answer
 * until every question that matters is answered (the message says which are left and what to type).
 */
public final class ResidentViewModel {
    /** A yes/no question not answered yet is null. */
    public enum Answer { YES, NO }

    private static final int MAX_CHILDREN = 10;
    /** UC Regs 2013 reg 24 and 36(3A): the first-child higher rate is for a child born before this day. */
    private static final LocalDate FIRST_CHILD_RATE_BORN_BEFORE = LocalDate.of(2017, 4, 6);

    private final MainViewModel main;
    private final HouseholdViewModel household;
    private final ScenariosViewModel options;
    private final ObjectProperty<Answer> partner = new SimpleObjectProperty<>(this, "partner");
    private final ObjectProperty<Answer> children = new SimpleObjectProperty<>(this, "children");
    private final TextInput<List<Integer>> childAges = new TextInput<>("resident.children.ages", "", ResidentViewModel::ages);
    // A question not answered yet is blank, not an error: these accept blank, and their answers are copied into the
    // household (whose own fields refuse blank, as an adviser's case needs) once given.
    private final TextInput<Integer> age = new TextInput<>("resident.age", "", blankOr(Parsers.wholeNumber(16, 120)));
    private final TextInput<Integer> partnerAge = new TextInput<>("resident.partner_age", "", blankOr(Parsers.wholeNumber(16, 120)));
    private final TextInput<Money> wage = new TextInput<>("resident.wage", "", blankOr(Parsers.wage()));
    private final TextInput<Integer> bedrooms = new TextInput<>("resident.bedrooms", "", blankOr(Parsers.wholeNumber(0, 20)));
    private final ObjectProperty<WorkCapability> health = new SimpleObjectProperty<>(this, "health");
    private final ObjectProperty<Tenure> tenure = new SimpleObjectProperty<>(this, "tenure");
    private final ObjectProperty<Answer> councilTax = new SimpleObjectProperty<>(this, "councilTax");
    /** The benefit cap is higher in London (UC Regs 2013 reg 80A). */
    private final ObjectProperty<Answer> london = new SimpleObjectProperty<>(this, "london");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final StringBinding answer;
    private final String minimumWage;
    private boolean wiping;

    public ResidentViewModel(MainViewModel main) {
        this.main = main;
        this.household = new HouseholdViewModel(List.copyOf(main.household().councils()), main::today, this::recalculate);
        this.options = new ScenariosViewModel("", this::recalculate);
        this.minimumWage = minimumWage(main);
        this.answer = Bindings.createStringBinding(this::compute, comparison, main.comparison().periodProperty());
        Changes.watch(o -> recalculate(), age.textProperty(), partnerAge.textProperty(), wage.textProperty(), bedrooms.textProperty(), health, london, partner, children,
                childAges.textProperty(), tenure, councilTax);
        // Resident mode starts clean each time and leaves nothing behind when it ends.
        main.modeProperty().addListener(o -> wipe());
        wipe();
    }

    public MainViewModel main() { return main; }
    /** The resident's household (not the adviser's). */
    public HouseholdViewModel household() { return household; }
    public AdultViewModel you() { return household.adult(0); }
    /** "How old are you?" (blank until answered). */
    public TextInput<Integer> age() { return age; }
    /** "How old is your partner?" (blank until answered). */
    public TextInput<Integer> partnerAge() { return partnerAge; }
    /** The job's hours a week (blank until answered). */
    public TextInput<java.math.BigDecimal> hours() { return job().hours(); }
    /** "Does a health condition limit your work?" (null until answered). */
    public ObjectProperty<WorkCapability> healthProperty() { return health; }
    /** A social tenant's bedrooms, for the bedroom standard (blank until answered). */
    public TextInput<Integer> bedrooms() { return bedrooms; }
    /** "How much an hour?" (blank until answered). */
    public TextInput<Money> wage() { return wage; }
    private JobViewModel job() { return options.slot(0).job(1); }
    public ObjectProperty<Answer> partnerProperty() { return partner; }
    public ObjectProperty<Answer> childrenProperty() { return children; }
    /** "4, 9": the ages of the children who live with the resident. */
    public TextInput<List<Integer>> childAges() { return childAges; }
    /** Where the resident lives; null until answered. */
    public ObjectProperty<Tenure> tenureProperty() { return tenure; }
    public ObjectProperty<Answer> councilTaxProperty() { return councilTax; }
    public ObjectProperty<Answer> londonProperty() { return london; }
    /** The National Living Wage on the day ("12.71"), as a hint for the wage question. */
    public String minimumWage() { return minimumWage; }

    /** The comparison for the resident's answers, or null while questions are unanswered or refused. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() { return comparison.getReadOnlyProperty(); }
    /** The questions still to answer and the answers to correct (each saying what to type); empty with an answer. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public String getMessage() { return message.get(); }
    public StringBinding answerProperty() { return answer; }
    public String getAnswer() { return answer.get(); }

    /** "New resident": everything the last resident entered is wiped from memory. */
    public void newResident() {
        wipe();
        main.newResident();
    }

    /** Every answer back to "not answered", nothing of the last resident kept. */
    private void wipe() {
        wiping = true;
        try {
            household.reset();
            age.setText("");
            partnerAge.setText("");
            wage.setText("");
            bedrooms.setText("");
            health.set(null);
            household.councilTax().money().setText("");
            partner.set(null);
            children.set(null);
            childAges.setText("");
            tenure.set(null);
            councilTax.set(null);
            london.set(null);
            options.resetToOneBlankOption();
        } finally {
            wiping = false;
        }
        recalculate();
    }

    /** Called on every change: shows the answer once every question that matters is answered, else says what is left. */
    private void recalculate() {
        if (wiping) return;
        wiping = true; // copying the answers into the household changes it: one calculation, after
        try {
            copyAnswersToHousehold();
        } finally {
            wiping = false;
        }
        List<String> toAnswer = new ArrayList<>(), toCorrect = new ArrayList<>();
        check(age, "resident.age", toAnswer, toCorrect);
        ask(health.get() == null, "resident.work_capability", toAnswer);
        ask(partner.get() == null, "resident.partner", toAnswer);
        if (partner.get() == Answer.YES) check(partnerAge, "resident.partner_age", toAnswer, toCorrect);
        ask(children.get() == null, "resident.children", toAnswer);
        if (children.get() == Answer.YES) check(childAges, "resident.children.ages", toAnswer, toCorrect);
        ask(tenure.get() == null, "resident.tenure", toAnswer);
        ask(london.get() == null, "resident.london", toAnswer);
        if (tenure.get() != null && tenure.get().renting()) check(household.rent().money(), "resident.rent", toAnswer, toCorrect);
        if (tenure.get() == Tenure.SOCIAL) check(bedrooms, "resident.bedrooms", toAnswer, toCorrect);
        ask(councilTax.get() == null, "resident.council_tax", toAnswer);
        if (councilTax.get() == Answer.YES) {
            check(household.councilTax().money(), "resident.council_tax.amount", toAnswer, toCorrect);
            ask(household.councilProperty().get() == null, "resident.council", toAnswer);
        }
        check(job().hours(), "resident.hours", toAnswer, toCorrect);
        check(wage, "resident.wage", toAnswer, toCorrect);
        if (!toAnswer.isEmpty() || !toCorrect.isEmpty()) {
            List<String> lines = new ArrayList<>(toCorrect);
            if (!toAnswer.isEmpty()) {
                lines.add(Messages.get("resident.to_answer"));
                toAnswer.forEach(q -> lines.add("• " + q));
            }
            noAnswer(String.join("\n", lines));
            return;
        }
        Problems p = new Problems();
        Circumstances c = household.build(p);
        List<Scenario> s = options.build(p, partner.get() == Answer.YES ? 2 : 1);
        if (p.any()) {
            noAnswer(String.join("\n", p.messages()));
            return;
        }
        try {
            comparison.set(main.calculator().compare(c, s));
            message.set("");
        } catch (Unsupported | IllegalArgumentException e) {
            noAnswer(Messages.format("resident.cannot_answer", e instanceof Unsupported u ? u.reason() : e.getMessage()));
        }
    }

    private void noAnswer(String why) {
        comparison.set(null);
        message.set(why);
    }

    /** The yes/no and choice answers, put into the household the kernel reads. */
    private void copyAnswersToHousehold() {
        you().age().setText(age.getText());
        household.adult(1).age().setText(partnerAge.getText());
        job().wage().setText(wage.getText());
        if (!bedrooms.getText().isBlank()) household.bedrooms().setText(bedrooms.getText());
        if (health.get() != null) you().workCapabilityProperty().set(health.get());
        household.coupleProperty().set(partner.get() == Answer.YES);
        if (tenure.get() != null) household.tenureProperty().set(tenure.get());
        household.councilTaxLiableProperty().set(councilTax.get() == Answer.YES);
        household.londonProperty().set(london.get() == Answer.YES);
        List<Integer> ages = children.get() == Answer.YES && childAges.getValue() != null ? childAges.getValue() : List.of();
        List<Integer> now = household.children().stream().map(ch -> ch.age().getValue()).toList();
        if (!now.equals(ages)) {
            household.children().clear();
            LocalDate day = household.date().getValue() == null ? main.today() : household.date().getValue();
            for (int age : ages) {
                ChildViewModel ch = household.addChild();
                ch.age().setText(Integer.toString(age));
                // Only a whole age is asked: the first-child rate is given only when the age makes the birth date certain.
                ch.bornBefore2017Property().set(day.minusYears(age).isBefore(FIRST_CHILD_RATE_BORN_BEFORE));
            }
        }
    }

    /** Blank is a question still to answer; refused text says what to type, under the question's own words. */
    private static void check(TextInput<?> in, String questionKey, List<String> toAnswer, List<String> toCorrect) {
        String text = in.getText() == null ? "" : in.getText().strip();
        if (text.isEmpty()) toAnswer.add(Messages.plain(questionKey));
        else if (!in.isValid()) toCorrect.add(Messages.plain(questionKey) + " " + in.getError());
    }

    private static void ask(boolean unanswered, String questionKey, List<String> toAnswer) {
        if (unanswered) toAnswer.add(Messages.plain(questionKey));
    }

    /** The children's ages: whole numbers 0–19, separated by commas or spaces ("4, 9"). */
    static List<Integer> ages(String text) throws InputProblem {
        if (text.isBlank()) return null;
        List<Integer> out = new ArrayList<>();
        for (String part : text.strip().replaceAll("(?i)\\band\\b", ",").split("[,;\\s]+")) {
            if (part.isEmpty()) continue;
            if (!part.matches("\\d{1,2}") || Integer.parseInt(part) > 19 || out.size() == MAX_CHILDREN)
                throw new InputProblem(Messages.get("input.child_ages"));
            out.add(Integer.parseInt(part));
        }
        if (out.isEmpty()) throw new InputProblem(Messages.get("input.child_ages"));
        return List.copyOf(out);
    }

    private static <T> Parser<T> blankOr(Parser<T> answer) { return t -> t.isEmpty() ? null : answer.parse(t); }

    private static String minimumWage(MainViewModel main) {
        try {
            return main.rates().book().at(main.today()).money(RateKeys.NMW_NATIONAL_LIVING_WAGE).plain();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private String compute() {
        Comparison c = comparison.get();
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
            RentParts rent = RentParts.of(s, p);
            // UC's money for the rent is paid to the resident, who pays the landlord from it (unlike Housing Benefit)
            if (rent.ucHousingCosts().isPositive())
                sb.append('\n').append(Messages.format("resident.rent_in_uc", rent.ucHousingCosts().format(), per));
            sb.append('\n').append(Messages.format("resident.rent_to_pay", s.figure(RENT_TO_PAY).in(p).format(), per));
        }
        // a council tax reduction that could not be worked out is not taken off: say so, never leave it read as nil
        boolean before = c.columns().stream().anyMatch(s -> !s.workedWithout(BETTER_OFF).isEmpty());
        if (before) sb.append('\n').append(Messages.get("resident.result.before_ctr"));
        else if (c.columns().stream().anyMatch(s -> !s.estimated().isEmpty())) sb.append('\n').append(Messages.get("resident.result.ctr_estimated"));
        return sb.toString();
    }
}
