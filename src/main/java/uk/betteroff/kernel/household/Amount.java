package uk.betteroff.kernel.household;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;

/** An amount as entered, with its period: {amount: 250.00, per: week}. */
public record Amount(Money money, Period per) {
    public static final Amount NONE_WEEKLY = new Amount(Money.ZERO, Period.WEEK);

    public Amount {
        if (money == null || per == null) throw new IllegalArgumentException("an amount needs a value and a period");
        if (money.isNegative()) throw new IllegalArgumentException("an amount cannot be negative, got " + money);
        if (per == Period.NONE) throw new IllegalArgumentException("an amount needs a period (week, fortnight, four_weeks, month or year)");
    }

    public static Amount of(String pounds, Period per) { return new Amount(Money.of(pounds), per); }

    /** Exact conversion (no rounding). */
    public Money in(Period to) { return Periods.convert(money, per, to); }

    /** Converted to the nearest penny, half a penny up ({@link Periods#toPenny}). */
    public Money toPenny(Period to) { return Periods.toPenny(money, per, to); }

    public boolean isZero() { return money.isZero(); }
}
