package uk.betteroff.kernel.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Money arithmetic and the period conversions of docs/design.md ("week → month × 52/12, month → week × 12/52"). */
class MoneyTest {
    @Test
    void roundsHalfUpOrDownOnlyWhenAsked() {
        assertEquals(Money.of("0.07"), Money.of("0.065").roundHalfUpToPenny());
        assertEquals(Money.of("0.06"), Money.of("0.069").roundDownToPenny());
        assertEquals(new BigDecimal("0.065"), Money.of("0.065").amount());
    }

    @Test
    void stepsOfOrPartCountsAPartStepAsWhole() {
        // UC Regs 2013 reg 72: £4.35 for each £250 "or part" above £6,000: £6,250.01 is 2 steps
        assertEquals(1, Money.of("250").stepsOfOrPart(Money.of("250")));
        assertEquals(2, Money.of("250.01").stepsOfOrPart(Money.of("250")));
        assertEquals(0, Money.ZERO.stepsOfOrPart(Money.of("250")));
    }

    @Test
    void conversionsUse52Over12() {
        // docs/design.md: £250 a week × 52/12 = £1,083.33 a month; £424.90 a month × 12/52 = £98.05 a week
        assertEquals(Money.of("1083.33"), Periods.convert(Money.of("250"), Period.WEEK, Period.MONTH).roundHalfUpToPenny());
        assertEquals(Money.of("98.05"), Periods.convert(Money.of("424.90"), Period.MONTH, Period.WEEK).roundHalfUpToPenny());
        // four-weekly × 13/12, fortnightly × 26/12
        assertEquals(Money.of("108.33"), Periods.convert(Money.of("100"), Period.FOUR_WEEKS, Period.MONTH).roundHalfUpToPenny());
        assertEquals(Money.of("216.67"), Periods.convert(Money.of("100"), Period.FORTNIGHT, Period.MONTH).roundHalfUpToPenny());
    }

    @Test
    void formatsAsPounds() {
        assertEquals("£1,234.57", Money.of("1234.567").format());
        assertEquals("\u2212£5.00", Money.of("-5").format()); // a true minus sign, as printed
        assertEquals("£0.00", Money.of("-0.004").format());
        assertEquals("£999.99", Money.of("999.99").format());
        assertEquals("£1,000.00", Money.of("999.995").format());
        assertEquals("\u2212£12,345,678.90", Money.of("-12345678.9").format());
        assertEquals("£123,456,789,012,345,678,901.23", Money.of("123456789012345678901.234").format());
    }

    /** The hand-written grouping agrees with the JDK's own "#,##0.00" pattern in UK symbols, at every size. */
    @Test
    void formatAgreesWithDecimalFormat() {
        java.text.DecimalFormat jdk = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK));
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal v = BigDecimal.valueOf(rnd.nextLong(-10_000_000_000L, 10_000_000_000L), 2 + rnd.nextInt(3));
            BigDecimal shown = v.setScale(2, java.math.RoundingMode.HALF_UP);
            String expected = (shown.signum() < 0 ? "\u2212£" : "£") + jdk.format(shown.abs());
            assertEquals(expected, Money.of(v).format(), v.toPlainString());
        }
    }
}
