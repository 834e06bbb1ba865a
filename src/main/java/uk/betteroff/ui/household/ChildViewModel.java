package uk.betteroff.ui.household;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import uk.betteroff.kernel.household.Child;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.Problems;
import uk.betteroff.ui.input.TextInput;

/** One child: age, disability (UC disabled child addition), first-child rate, and sex (bedroom standard only). */
public final class ChildViewModel {
    /** "Not given" is a choice of its own: the sex is needed only when children aged 10+ could share a bedroom. */
    public enum SexChoice { NOT_GIVEN, FEMALE, MALE }

    private final TextInput<Integer> age = new TextInput<>("child.age", "5", Parsers.childAge());
    private final ObjectProperty<Child.Disability> disability = new SimpleObjectProperty<>(this, "disability", Child.Disability.NONE);
    private final BooleanProperty bornBefore2017 = new SimpleBooleanProperty(this, "bornBefore2017", false);
    private final ObjectProperty<SexChoice> sex = new SimpleObjectProperty<>(this, "sex", SexChoice.NOT_GIVEN);
    /**
     * Aged 16 or over, a child counts only as a qualifying young person (UC Regs 2013 reg 5: in non-advanced education
     * or approved training, up to the 1 September after their 19th birthday). Asked, never assumed, when typed in;
     * a child listed in a case file is one the file says qualifies.
     */
    private final BooleanProperty qualifyingYoungPerson = new SimpleBooleanProperty(this, "qualifyingYoungPerson", false);
    private final javafx.beans.binding.BooleanBinding sixteenOrOver;

    public ChildViewModel(Runnable onChange) {
        sixteenOrOver = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> age.getValue() != null && age.getValue() >= QUALIFYING_YOUNG_PERSON_AGE, age.valueProperty());
        Changes.watch(o -> onChange.run(), age.textProperty(), disability, bornBefore2017, sex, qualifyingYoungPerson);
    }

    public TextInput<Integer> age() { return age; }

    public ObjectProperty<Child.Disability> disabilityProperty() { return disability; }

    public BooleanProperty bornBefore2017Property() { return bornBefore2017; }

    public ObjectProperty<SexChoice> sexProperty() { return sex; }

    /** The age from which a child must be a qualifying young person to count (UC Regs 2013 reg 5(1)(b)). */
    public static final int QUALIFYING_YOUNG_PERSON_AGE = 16;

    public BooleanProperty qualifyingYoungPersonProperty() { return qualifyingYoungPerson; }

    /** True while the age typed is 16 or over, when the question is asked. */
    public javafx.beans.binding.BooleanBinding sixteenOrOverProperty() { return sixteenOrOver; }

    Child build(Problems p, String where) {
        Integer a = p.get(age, where);
        if (a == null) return null;
        if (a >= QUALIFYING_YOUNG_PERSON_AGE && !qualifyingYoungPerson.get()) {
            p.add(where + uk.betteroff.ui.Messages.format("child.not_qualifying_young_person", a));
            return null;
        }
        Optional<Child.Sex> s = switch (sex.get()) {
            case FEMALE -> Optional.of(Child.Sex.FEMALE);
            case MALE -> Optional.of(Child.Sex.MALE);
            case NOT_GIVEN -> Optional.empty();
        };
        return new Child(a, disability.get(), bornBefore2017.get(), s);
    }

    void load(Child c) {
        age.setText(Integer.toString(c.age()));
        disability.set(c.disability());
        bornBefore2017.set(c.bornBefore2017());
        qualifyingYoungPerson.set(c.age() >= QUALIFYING_YOUNG_PERSON_AGE);
        sex.set(c.sex().map(x -> x == Child.Sex.FEMALE ? SexChoice.FEMALE : SexChoice.MALE).orElse(SexChoice.NOT_GIVEN));
    }
}
