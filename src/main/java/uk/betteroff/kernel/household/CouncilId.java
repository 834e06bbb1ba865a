package uk.betteroff.kernel.household;

import java.util.Optional;

/**
 * A council's id, as its Council Tax Reduction scheme file is named ({@code rates/ctr/<id>.yaml}): lower-case letters
 * and digits in words joined by single hyphens ({@code brighton-and-hove}), at most {@link #MAX_LENGTH} characters.
 * Checked character by character, length first, never with a backtracking pattern: an id of thousands of
 * hyphenated parts once overflowed the regular-expression stack.
 */
public record CouncilId(String id) {
    /** Longer than any council's name in words ("bournemouth-christchurch-and-poole" is 34). */
    public static final int MAX_LENGTH = 64;
    /** What a council id is, for refusals. */
    public static final String RULE = "the council's name in lower case with hyphens, e.g. brighton-and-hove";

    public CouncilId {
        if (!isValid(id)) throw new IllegalArgumentException("a council id is " + RULE);
    }

    /** The id if {@code text} is one. */
    public static Optional<CouncilId> parse(String text) { return isValid(text) ? Optional.of(new CouncilId(text)) : Optional.empty(); }

    /** Whether {@code text} is a council id: [a-z0-9]+(-[a-z0-9]+)*, at most {@link #MAX_LENGTH} characters. */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) return false;
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) return false;
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) afterHyphen = false;
            else return false;
        }
        return !afterHyphen;
    }

    @Override
    public String toString() { return id; }
}
