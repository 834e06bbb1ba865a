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

    public ChildViewModel(Runnable onChange) {
        Changes.watch(o -> onChange.run(), age.textProperty(), disability, bornBefore2017, sex);
    }

    public TextInput<Integer> age() { return age; }

    public ObjectProperty<Child.Disability> disabilityProperty() { return disability; }

    public BooleanProperty bornBefore2017Property() { return bornBefore2017; }

    public ObjectProperty<SexChoice> sexProperty() { return sex; }

    Child build(Problems p, String where) {
        Integer a = p.get(age, where);
        if (a == null) return null;
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
        sex.set(c.sex().map(x -> x == Child.Sex.FEMALE ? SexChoice.FEMALE : SexChoice.MALE).orElse(SexChoice.NOT_GIVEN));
    }
}
