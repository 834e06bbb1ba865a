package uk.betteroff.kernel.money;

import java.math.BigDecimal;

/** A fraction between 0 and 1 (a taper, a tax rate, a share). 55% is {@code Rate.of("0.55")}. */
public record Rate(BigDecimal fraction) {

    public Rate {
        if (fraction == null || fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException("a rate must be a fraction from 0 to 1, got " + fraction);
    }

    public static Rate of(String fraction) { return new Rate(new BigDecimal(fraction)); }

    /** "55%", "2.5%". */
    public String percent() {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public String toString() { return percent(); }
}
