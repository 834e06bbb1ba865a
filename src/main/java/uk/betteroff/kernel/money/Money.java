package uk.betteroff.kernel.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact amount of money in pounds. Arithmetic keeps every digit (division to 34 significant
 * digits); rounding happens only through the named methods, each of which says which law it follows.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));
    static final MathContext CONTEXT = MathContext.DECIMAL128;

    public Money {
        if (amount == null) throw new IllegalArgumentException("amount must not be null");
    }

    public static Money of(String pounds) { return new Money(new BigDecimal(pounds)); }

    public static Money of(BigDecimal pounds) { return new Money(pounds); }

    public static Money of(long pounds) { return new Money(BigDecimal.valueOf(pounds)); }

    public Money plus(Money other) { return new Money(amount.add(other.amount)); }

    public Money minus(Money other) { return new Money(amount.subtract(other.amount)); }

    public Money times(BigDecimal factor) { return new Money(amount.multiply(factor)); }

    public Money times(Rate rate) { return times(rate.fraction()); }

    public Money times(long factor) { return times(BigDecimal.valueOf(factor)); }

    public Money dividedBy(BigDecimal divisor) { return new Money(amount.divide(divisor, CONTEXT)); }

    public Money dividedBy(long divisor) { return dividedBy(BigDecimal.valueOf(divisor)); }

    /** Whole number of times {@code step} fits, rounded up ("each £250 or part of £250"). */
    public long stepsOfOrPart(Money step) {
        if (!isPositive()) return 0;
        return amount.divide(step.amount, 0, RoundingMode.CEILING).longValueExact();
    }

    public Money negate() { return new Money(amount.negate()); }

    public Money max(Money other) { return compareTo(other) >= 0 ? this : other; }

    public Money min(Money other) { return compareTo(other) <= 0 ? this : other; }

    /** max(this, 0): a deduction or award can never go below nil. */
    public Money atLeastZero() { return max(ZERO); }

    public boolean isPositive() { return amount.signum() > 0; }

    public boolean isZero() { return amount.signum() == 0; }

    public boolean isNegative() { return amount.signum() < 0; }

    public boolean isLessThan(Money o) { return compareTo(o) < 0; }

    public boolean isGreaterThan(Money o) { return compareTo(o) > 0; }

    /** To the nearest penny, half a penny up: UC Regs 2013 reg 6(1); HB Regs 2006 reg 80(9) style rounding. */
    public Money roundHalfUpToPenny() { return new Money(amount.setScale(2, RoundingMode.HALF_UP)); }

    /** Down to the whole penny (a fraction of a penny disregarded). */
    public Money roundDownToPenny() { return new Money(amount.setScale(2, RoundingMode.DOWN)); }

    @Override
    public int compareTo(Money o) { return amount.compareTo(o.amount); }

    @Override
    public boolean equals(Object o) { return o instanceof Money m && amount.compareTo(m.amount) == 0; }

    @Override
    public int hashCode() { return amount.stripTrailingZeros().hashCode(); }

    /** "£1,234.57" (shown to the penny; the exact figure stays in {@link #amount()}). */
    public String format() {
        // far past any amount (the readers allow 20 digits): written out in full it could take gigabytes
        if ((long) amount.precision() - amount.scale() > 40) return (amount.signum() < 0 ? "−£" : "£") + amount.abs().round(new MathContext(6));
        BigDecimal shown = amount.setScale(2, RoundingMode.HALF_UP);
        if (shown.precision() > 18) return formatDigits(shown);
        long pence = shown.scaleByPowerOfTen(2).longValue();
        long p = Math.abs(pence);
        int poundDigits = 1;
        for (long x = p / 100; x >= 10; x /= 10) poundDigits++;
        // sized exactly (sign, £, pounds with a comma per three digits, point, pence), written from the right
        char[] out = new char[(pence < 0 ? 1 : 0) + 1 + poundDigits + (poundDigits - 1) / 3 + 3];
        int at = out.length;
        out[--at] = (char) ('0' + p % 10);
        out[--at] = (char) ('0' + p / 10 % 10);
        out[--at] = '.';
        long pounds = p / 100;
        int n = 0;
        do {
            if (n > 0 && n % 3 == 0) out[--at] = ',';
            out[--at] = (char) ('0' + pounds % 10);
            pounds /= 10;
            n++;
        } while (pounds > 0);
        out[--at] = '£';
        if (pence < 0) out[--at] = '−';
        return new String(out);
    }

    /** The same grouping for amounts too large for a long of pence. */
    private static String formatDigits(BigDecimal shown) {
        String digits = shown.abs().toPlainString();
        int point = digits.length() - 3;
        StringBuilder b = new StringBuilder(digits.length() + 8).append(shown.signum() < 0 ? "−£" : "£");
        for (int i = 0; i < point; i++) {
            b.append(digits.charAt(i));
            int left = point - 1 - i;
            if (left > 0 && left % 3 == 0) b.append(',');
        }
        return b.append(digits, point, digits.length()).toString();
    }

    /** Plain decimal to the penny, for JSON and CSV: "1234.57". */
    public String plain() { return amount.setScale(2, RoundingMode.HALF_UP).toPlainString(); }

    @Override
    public String toString() { return format(); }
}
