package uk.betteroff.kernel;

/**
 * A circumstance the kernel does not model, refused with a reason a person can read, never answered
 * with a silent nil (docs/style.md habit 7).
 */
public class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unsupported(String reason) { super(reason); }

    public String reason() { return getMessage(); }
}
