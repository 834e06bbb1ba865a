package uk.betteroff.ui.input;

/** Why a field's text was refused, in words saying what is allowed. */
public final class InputProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public InputProblem(String message) { super(message, null, false, false); }
}
