package uk.betteroff.kernel.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

class PeriodsTest {
    /** The one-division conversion to the penny gives the penny the long way (convert, then round) gives. */
    @Property(tries = 3000)
    void toPennyIsConvertThenRound(@ForAll @BigRange(min = "-100000", max = "100000") BigDecimal amount, @ForAll @IntRange(min = 0, max = 4) int scale,
                                   @ForAll Period from, @ForAll Period to) {
        Assume.that(from != Period.NONE && to != Period.NONE);
        Money m = Money.of(amount.setScale(scale, RoundingMode.DOWN));
        assertEquals(Periods.convert(m, from, to).roundHalfUpToPenny().amount(), Periods.toPenny(m, from, to).amount());
    }

    @Test
    void halfPenniesAndThirdsRoundAsTheLongWayDoes() {
        // £1.00 a week = £4.333… a month → £4.33; £2.00 → £8.666… → £8.67; £0.03 a month = £0.00692… a week → £0.01
        assertEquals(Money.of("4.33"), Periods.toPenny(Money.of("1.00"), Period.WEEK, Period.MONTH));
        assertEquals(Money.of("8.67"), Periods.toPenny(Money.of("2.00"), Period.WEEK, Period.MONTH));
        assertEquals(Money.of("0.01"), Periods.toPenny(Money.of("0.03"), Period.MONTH, Period.WEEK));
        // £0.0150 a week exactly: a half penny, rounded up
        assertEquals(Money.of("0.02"), Periods.toPenny(Money.of("0.0150"), Period.WEEK, Period.WEEK));
        // an amount with many decimals (a quotient) takes the long way
        Money third = Money.of("1").dividedBy(3);
        assertEquals(Periods.convert(third, Period.WEEK, Period.MONTH).roundHalfUpToPenny(), Periods.toPenny(third, Period.WEEK, Period.MONTH));
    }
}
