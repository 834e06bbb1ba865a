package uk.betteroff.kernel.money;

import java.math.BigDecimal;

/**
 * The one place where amounts move between periods (DESIGN.md): week → month × 52/12, month → week
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

    /** The working in words: "£110.00 × 52/12". */
    public static String words(Money amount, Period from, Period to) {
        if (from == to) return amount.format();
        return amount.format() + " × " + from.perYear().toPlainString() + "/" + to.perYear().toPlainString();
    }

    public static BigDecimal factor(Period from, Period to) {
        return from.perYear().divide(to.perYear(), Money.CONTEXT);
    }
}
