package uk.betteroff.kernel.hb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.ScenarioResult;
import uk.betteroff.testing.Cases;
import uk.betteroff.testing.TestRates;

/**
 * The resident's question, end to end through the calculator: "how much rent will I pay at 16, 25 and
 * 37.5 hours?" for a single 30-year-old in exempt supported accommodation, eligible rent £250 a week, on
 * the National Living Wage of each year, at a date in each of 2024/25, 2025/26 and 2026/27 (before and
 * after the HB Sch 4 para 18 disregard of 5 October 2026). UC is nil at 16 hours and above in every
 * year, so HB is its own means test: 250 − 65% × (net − £5 [− £17.10 at 30+ hours] [− £77.73 para 18]
 * − personal allowance 25+), rounded half up once (HB Regs 2006 regs 70-71, Sch 4 paras 3, 17, 18).
 * Net pay follows docs/design.md's earnings conventions: tax (annual pay − £12,570) × 20% ÷ 52, NI (weekly
 * pay − £242) × 8%, each rounded to the penny.
 */
class RentToPayTest {
    @ParameterizedTest(name = "{0}, {1} hours at £{2}: net {3}, HB {4}, rent to pay {5}")
    @CsvSource({
            // 2024/25: NLW £11.44, HB personal allowance 25+ £90.50 (rates/2024-25.yaml nmw.national_living_wage, hb.personal_allowance.single_25_plus)
            "2024-07-01, 16,   11.44, 183.04, 193.10, 56.90",   // 0.65 × (183.04 − 5 − 90.50) = 56.901
            "2024-07-01, 25,   11.44, 273.63, 134.22, 115.78",  // tax 8.85, NI 3.52; 0.65 × 178.13 = 115.7845
            "2024-07-01, 37.5, 11.44, 376.59, 78.41, 171.59",   // tax 37.45, NI 14.96; 0.65 × (376.59 − 22.10 − 90.50) = 171.5935
            // 2025/26: NLW £12.21, HB personal allowance 25+ £92.05 (rates/2025-26.yaml, the same keys)
            "2025-07-01, 16,   12.21, 195.36, 186.10, 63.90",   // 0.65 × (195.36 − 5 − 92.05) = 63.9015
            "2025-07-01, 25,   12.21, 287.49, 126.21, 123.79",  // tax 12.70, NI 5.06; 0.65 × 190.44 = 123.786
            "2025-07-01, 37.5, 12.21, 397.38, 65.90, 184.10",   // gross 457.88, tax 43.23, NI 17.27; 0.65 × 283.23 = 184.0995
            // 2026/27 before 5 Oct 2026: NLW £12.71, HB personal allowance 25+ £95.55 (rates/2026-27.yaml)
            "2026-07-01, 16,   12.71, 203.36, 183.17, 66.83",   // rules §4.2 row 16
            "2026-07-01, 25,   12.71, 296.49, 122.64, 127.36",  // tax 15.20, NI 6.06; 0.65 × 195.94 = 127.361
            "2026-07-01, 37.5, 12.71, 410.88, 59.40, 190.60",   // gross 476.63, tax 46.98, NI 18.77; 0.65 × 293.23 = 190.5995
            // 2026/27 from 5 Oct 2026: para 18 adds £77.73 (single 25+)
            "2026-11-02, 16,   12.71, 203.36, 233.70, 16.30",   // 0.65 × (203.36 − 5 − 77.73 − 95.55) = 16.302; rules §4.2
            "2026-11-02, 25,   12.71, 296.49, 173.16, 76.84",   // 0.65 × 118.21 = 76.8365
            "2026-11-02, 37.5, 12.71, 410.88, 109.93, 140.07"}) // 0.65 × 215.50 = 140.075; 250 − 140.075 = 109.925 → 109.93
    void rentToPayAtSixteenTwentyFiveAndThirtySevenAndAHalfHours(String date, String hours, String wage, String net, String hb, String rentToPay) {
        Comparison c = TestRates.calculator().compare(Cases.single(date, 30, Cases.supported("250")), List.of(Cases.working(hours + " hours", hours, wage)));
        ScenarioResult s = c.scenarios().get(0);
        assertEquals(Money.ZERO, s.figure("universal_credit").month(), "UC is nil at these hours");
        assertEquals(Money.of(net), s.figure("net_earnings").week(), "net pay");
        assertEquals(Money.of(hb), s.figure("housing_benefit").week(), "Housing Benefit");
        assertEquals(Money.of(rentToPay), s.figure("rent_to_pay").week(), "rent to pay");
    }

    /**
     * docs/rules/rates-housing-ctr.md §4.2, the rows where earnings are below the tax and NI thresholds (so the
     * table's net pay is the calculator's), through the whole calculator at 2026/27 rates: UC a month, HB a
     * week and money left after rent (net + UC × 12/52 + HB − £250) before and from 5 October 2026.
     * (Rows from 20 hours use the table's own non-cumulative tax estimate; HousingBenefitTest feeds those
     * rows' net pay to HB directly.)
     */
    @ParameterizedTest(name = "{0} hours: UC {1}, HB {2} / {3}, left {4} / {5}")
    @CsvSource({
            "0,  424.90, 250.00, 250.00, 98.05,  98.05",
            "10, 121.98, 250.00, 250.00, 155.25, 155.25",
            "12, 61.39,  250.00, 250.00, 166.69, 166.69",
            "14, 0.81,   250.00, 250.00, 178.13, 178.13",
            "16, 0.00,   183.17, 233.70, 136.53, 187.06"})
    void section42TableBeforeAndAfterOctober2026(String hours, String uc, String hbBefore, String hbAfter, String leftBefore, String leftAfter) {
        for (String[] when : new String[][] {{"2026-07-01", hbBefore, leftBefore}, {"2026-11-02", hbAfter, leftAfter}}) {
            Comparison c = TestRates.calculator().compare(Cases.single(when[0], 30, Cases.supported("250")), List.of(Cases.working(hours + " hours", hours, "12.71")));
            ScenarioResult s = c.scenarios().get(0);
            assertEquals(Money.of(uc), s.figure("universal_credit").month(), when[0] + " UC");
            assertEquals(Money.of(when[1]), s.figure("housing_benefit").week(), when[0] + " HB");
            assertEquals(Money.of(when[2]), s.figure("money_left").week(), when[0] + " money left after rent");
        }
    }
}
