package uk.betteroff.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.rates.RateBook;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RateKeys;
import uk.betteroff.kernel.rates.RateValue;
import uk.betteroff.kernel.rates.Unit;
import uk.betteroff.testing.TestRates;

/** The project's own rates: valid, every reference resolved, and every rate present on every supported day. */
class RatesSchemaTest {
    /** docs/design.md / README: 8 April 2024 (the first 2024/25 UC assessment periods at 2024/25 rates) to 5 April 2027. */
    static final LocalDate FIRST = LocalDate.of(2024, 4, 8), LAST = LocalDate.of(2027, 4, 5);

    @Test
    void everyRateTheKernelReadsHasAValueOnEverySupportedDay() {
        RateBook book = TestRates.loaded().book();
        List<String> gaps = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1))
            for (RateKey k : RateKeys.all())
                if (book.valueAt(k, d).isEmpty()) gaps.add(k.id() + " on " + d);
        assertEquals(List.of(), gaps);
    }

    @Test
    void everyValueCitesReferencesThatExist() {
        RateBook book = TestRates.loaded().book();
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusWeeks(1))
            for (RateKey k : RateKeys.all()) {
                RateValue v = book.valueAt(k, d).orElseThrow();
                assertTrue(!v.refs().isEmpty(), k.id());
                for (String ref : v.refs()) assertTrue(book.reference(ref).isPresent(), k.id() + " cites unknown " + ref);
            }
    }

    @Test
    void sharesAreBetweenZeroAndOneAndMoneyIsNeverNegative() {
        RateBook book = TestRates.loaded().book();
        for (RateKey k : RateKeys.all()) {
            RateValue v = book.valueAt(k, LAST).orElseThrow();
            if (k.unit() == Unit.RATE) assertTrue(v.number().compareTo(BigDecimal.ONE) <= 0 && v.number().signum() >= 0, k.id());
            if (k.unit() == Unit.GBP) assertTrue(v.number().signum() >= 0, k.id());
        }
    }

    @Test
    void thePara18DisregardIsNilUntil4October2026AndInForceFrom5October2026() {
        // HB Regs 2006 Sch 4 para 18 (SI 2026/978), single 25+: £77.73 from 5 October 2026 (docs/rules/rates-housing-ctr.md §2.5)
        RateBook book = TestRates.loaded().book();
        RateKey k = RateKeys.HB_DISREGARD_SPECIFIED_ACCOMMODATION_SINGLE_25_PLUS;
        assertEquals(0, book.valueAt(k, LocalDate.of(2026, 10, 4)).orElseThrow().number().signum());
        assertEquals(0, new BigDecimal("77.73").compareTo(book.valueAt(k, LocalDate.of(2026, 10, 5)).orElseThrow().number()));
    }

    @Test
    void aDateBeforeTheFirstSupportedDayIsRefusedPlainly() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(uk.betteroff.kernel.Unsupported.class,
                () -> TestRates.at("2024-04-01").money(RateKeys.UC_STANDARD_ALLOWANCE_SINGLE_25_PLUS));
        assertTrue(e.reason().contains("Dates from 8 April 2024 to 5 April 2027 are supported"), e.reason());
    }

    @Test
    void aDateAfterTheLastTaxYearIsRefusedNotCarriedForward() {
        // rates/2026-27.yaml is the last tax-year file: 2026/27 ends on 5 April 2027 (ITA 2007 s.4), and no
        // 2027/28 rate is assumed. The last day itself still has the 2026/27 standard allowance (£424.90, UC Regs reg 36).
        assertEquals(uk.betteroff.kernel.money.Money.of("424.90"), TestRates.at("2027-04-05").money(RateKeys.UC_STANDARD_ALLOWANCE_SINGLE_25_PLUS));
        var e = org.junit.jupiter.api.Assertions.assertThrows(uk.betteroff.kernel.Unsupported.class,
                () -> TestRates.at("2027-04-06").money(RateKeys.UC_STANDARD_ALLOWANCE_SINGLE_25_PLUS));
        assertTrue(e.reason().contains("end on 2027-04-05"), e.reason());
    }
}
