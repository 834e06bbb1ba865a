package uk.betteroff.ui.input;

/** Turns a field's text (already stripped) into a value, or says what is allowed. */
@FunctionalInterface
public interface Parser<T> {
    T parse(String text) throws InputProblem;
}
