package uk.betteroff.kernel.household;

import java.util.Optional;

/**
 * A council's id, as its Council Tax Reduction scheme file is named ({@code rates/ctr/<id>.yaml}): lower-case letters
 * and digits in words joined by single hyphens ({@code brighton-and-hove}), at most {@link #MAX_LENGTH} characters,
 * checked without a backtracking pattern ({@link Limits#isHyphenatedId}).
 */
public record CouncilId(String id) {
    /** Longer than any council's name in words ("bournemouth-christchurch-and-poole" is 34). */
    public static final int MAX_LENGTH = Limits.ID_MAX_LENGTH;
    /** What a council id is, for refusals. */
    public static final String RULE = "the council's name in lower case with hyphens, e.g. brighton-and-hove";

    public CouncilId {
        if (!isValid(id)) throw new IllegalArgumentException("a council id is " + RULE);
    }

    /** The id if {@code text} is one. */
    public static Optional<CouncilId> parse(String text) { return isValid(text) ? Optional.of(new CouncilId(text)) : Optional.empty(); }

    /** Whether {@code text} is a council id: [a-z0-9]+(-[a-z0-9]+)*, at most {@link #MAX_LENGTH} characters ({@link Limits#isHyphenatedId}). */
    public static boolean isValid(String text) { return Limits.isHyphenatedId(text); }

    @Override
    public String toString() { return id; }
}
