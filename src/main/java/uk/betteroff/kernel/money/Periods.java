package uk.betteroff.kernel.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where amounts move between periods (docs/design.md): week → month × 52/12, month → week
 * × 12/52, fortnight → month × 26/12, four weeks → month × 13/12. Results are exact; the caller rounds
 * where the law says, and records the conversion as a trace step.
 */
public final class Periods {
    private Periods() {}

    /** Converts an amount per {@code from} into the amount per {@code to} through the year. */
    public static Money convert(Money amount, Period from, Period to) {
        if (from == to) return amount;
        if (from == Period.NONE || to == Period.NONE)
            throw new IllegalArgumentException("cannot convert a stock amount between periods");
        return amount.times(from.perYear()).dividedBy(to.perYear());
    }

    /**
     * {@link #convert} rounded to the nearest penny, half a penny up ({@link Money#roundHalfUpToPenny()}), in one
     * division. For an amount of at most 4 decimal places and 20 digits this is the same penny as converting then
     * rounding: the exact quotient is n ÷ (d × 10⁴) with d dividing 52 or 12, whose digits after the sixth decimal
     * repeat with a period of 1 or 6 and so never run to the nine 9s that rounding to 34 digits first would need to
     * carry across a half penny. Other amounts take the long way.
     */
    public static Money toPenny(Money amount, Period from, Period to) {
        BigDecimal a = amount.amount();
        if (from == to || a.scale() > 4 || a.precision() > 20) return convert(amount, from, to).roundHalfUpToPenny();
        return Money.of(a.multiply(from.perYear()).divide(to.perYear(), 2, RoundingMode.HALF_UP));
    }

    /** The working in words: "£110.00 × 52/12". */
    public static String words(Money amount, Period from, Period to) {
        if (from == to) return amount.format();
        return amount.format() + " × " + from.perYear().toPlainString() + "/" + to.perYear().toPlainString();
    }

    public static BigDecimal factor(Period from, Period to) {
        return from.perYear().divide(to.perYear(), Money.CONTEXT);
    }
}
