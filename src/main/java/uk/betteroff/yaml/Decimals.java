package uk.betteroff.yaml;

import java.math.BigDecimal;

/**
 * Reads a number as a person writes it, bounded before anything is built from it: a text such as {@code 1e2147483647}
 * is a valid decimal, but writing it out in full takes gigabytes ({@code BigDecimal.toPlainString}), and arithmetic
 * on it overflows. No figure anyone enters has more than {@link #MAX_DIGITS} digits before the point or after it,
 * so a number past that is refused here, in words, and each field's own bounds apply after.
 */
public final class Decimals {
    /** Characters in a number as written: far more than any real figure ("10000000.00", "0.55"). */
    public static final int MAX_TEXT = 40;
    /** Digits before the point, and after it, once trailing zeros are dropped. */
    public static final int MAX_DIGITS = 20;

    static final String NOT_A_NUMBER = "is not a number";

    private Decimals() {}

    /**
     * The number {@code text} writes.
     *
     * @throws NumberFormatException with the reason in words ("is not a number", "has more digits than any real figure …")
     */
    public static BigDecimal parse(String text) {
        if (text.length() > MAX_TEXT)
            throw new NumberFormatException("is " + text.length() + " characters long, more than any real figure (at most " + MAX_TEXT + ")");
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException(NOT_A_NUMBER);
        }
        BigDecimal stripped = v.stripTrailingZeros();
        long whole = (long) stripped.precision() - stripped.scale();
        if (whole > MAX_DIGITS || stripped.scale() > MAX_DIGITS)
            throw new NumberFormatException("has more digits than any real figure (at most " + MAX_DIGITS + " before the point and " + MAX_DIGITS + " after it)");
        return v;
    }

    /**
     * A text as it may be shown in a message: control characters escaped (a terminal must not act on them) and
     * cut to {@code max} characters, so a one-megabyte cell gives a one-line refusal.
     */
    public static String shown(String text, int max) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length(); i++) {
            if (b.length() >= max) return b.append("… (").append(text.length()).append(" characters)").toString();
            char c = text.charAt(i);
            if (isHidden(c)) b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    /**
     * Whether a character must be shown escaped rather than printed: a control character (a terminal acts on ESC,
     * BEL, a carriage return), a line or paragraph separator, or an invisible format character (the direction
     * overrides and isolates U+202A-202E and U+2066-2069, the marks U+200E, U+200F and U+061C, U+FEFF) that could
     * make a line read other than it is. The zero-width joiner (U+200D) is kept: emoji and some scripts need it.
     */
    public static boolean isHidden(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT && c != '\u200D';
    }
}
