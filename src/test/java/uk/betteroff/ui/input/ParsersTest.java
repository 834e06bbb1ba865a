package uk.betteroff.ui.input;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.money.Money;

/** What each kind of field accepts, and that every refusal says what is allowed. */
class ParsersTest {
    private static <T> String refusal(Parser<T> p, String text) {
        return assertThrows(InputProblem.class, () -> p.parse(text)).getMessage();
    }

    @Test
    void moneyTakesPoundsWithOrWithoutSignAndCommas() throws InputProblem {
        assertEquals(Money.of("1100.50"), Parsers.money(false).parse("£1,100.50"));
        assertEquals(Money.of("250"), Parsers.money(false).parse("250"));
        assertEquals(Money.ZERO, Parsers.money(true).parse(""));
        assertEquals("Enter an amount in pounds, like 250 or 250.00.", refusal(Parsers.money(true), "two hundred"));
        assertEquals("The amount can't be negative: enter 0 or more.", refusal(Parsers.money(true), "-5"));
        assertEquals("Enter an amount in pounds, like 250 or 250.00.", refusal(Parsers.money(true), "12.345"));
        assertEquals("Enter an amount in pounds, like 12.71.", refusal(Parsers.money(false), ""));
    }

    @Test
    void wholeNumbersAndDecimalsSayTheirRange() throws InputProblem {
        assertEquals(30, Parsers.wholeNumber(16, 120).parse("30"));
        assertEquals("Enter a whole number from 16 to 120.", refusal(Parsers.wholeNumber(16, 120), "15"));
        assertEquals(new BigDecimal("37.5"), Parsers.decimal(BigDecimal.ZERO, BigDecimal.valueOf(100), true).parse("37.5"));
        assertNull(Parsers.decimal(BigDecimal.ZERO, BigDecimal.valueOf(100), true).parse(""));
        assertEquals("Enter a number from 0 to 100 (decimals like 37.5 are fine).",
                refusal(Parsers.decimal(BigDecimal.ZERO, BigDecimal.valueOf(100), true), "160"));
    }

    @Test
    void datesAsTypedInBritainOrIso() throws InputProblem {
        assertEquals(LocalDate.of(2026, 11, 22), Parsers.date().parse("22/11/2026"));
        assertEquals(LocalDate.of(2026, 11, 22), Parsers.date().parse("2026-11-22"));
        assertEquals("Enter a date like 22/11/2026.", refusal(Parsers.date(), "31/02/2026"));
    }

    @Test
    void aTextInputKeepsItsTextAndSaysWhatIsWrong() {
        TextInput<Money> rent = new TextInput<>("home.rent", "250", Parsers.money(true));
        assertTrue(rent.isValid());
        rent.setText("lots");
        assertNull(rent.getValue());
        assertEquals("lots", rent.getText(), "the person's text is never thrown away");
        assertNotNull(rent.getError());
    }
}
