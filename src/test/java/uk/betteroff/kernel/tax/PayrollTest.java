package uk.betteroff.kernel.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.testing.TestRates;

/**
 * Income tax, NI and pension per pay period, by the docs/design.md conventions, with 2026/27 rates
 * (docs/rules/rates-uc-tax.md §7: personal allowance £12,570; basic rate 20%; NI 8% over £242 a week / £1,048
 * a month, 2% over £967 / £4,189; auto-enrolment 5% of pay between £120 and £967 a week once pay reaches £192).
 */
class PayrollTest {
    private static final RatesAt R = TestRates.at("2026-07-01");

    private static Job weekly(String hours, String wage, Job.Pension pension) {
        return new Job(1, new BigDecimal(hours), Optional.of(Money.of(wage)), Optional.empty(), Job.PayFrequency.WEEKLY, pension);
    }

    private static Job salary(String annual, Job.PayFrequency pay) {
        return new Job(1, new BigDecimal("37.5"), Optional.empty(), Optional.of(Money.of(annual)), pay, new Job.Pension.None());
    }

    @Test
    void thirtyHoursAtTheNationalLivingWage() {
        // 30 × £12.71 = £381.30; tax (381.30 × 52 − 12,570) × 20% ÷ 52 = £27.91; NI (381.30 − 242) × 8% = £11.14
        // (hostel-25plus-before-oct-2026.yaml, worked by hand)
        Payroll.Payslip p = Payroll.payslip(weekly("30", "12.71", new Job.Pension.None()), Nation.ENGLAND, R);
        assertEquals(Money.of("381.30"), p.gross());
        assertEquals(Money.of("27.91"), p.incomeTax());
        assertEquals(Money.of("11.14"), p.nationalInsurance());
        assertEquals(Money.of("342.25"), p.net());
    }

    @Test
    void autoEnrolmentPensionIsTakenBeforeTaxButNotBeforeNi() {
        // pension 5% × (381.30 − 120) = £13.065 → £13.07; tax on (381.30 − 13.07) × 52 = £19,147.96:
        // (19,147.96 − 12,570) × 20% ÷ 52 = £25.30; NI unchanged £11.14; net 381.30 − 25.30 − 11.14 − 13.07 = £331.79
        Payroll.Payslip p = Payroll.payslip(weekly("30", "12.71", new Job.Pension.AutoEnrolment()), Nation.ENGLAND, R);
        assertEquals(Money.of("13.07"), p.pension());
        assertEquals(Money.of("25.30"), p.incomeTax());
        assertEquals(Money.of("11.14"), p.nationalInsurance());
        assertEquals(Money.of("331.79"), p.net());
        // HB and CA count only half the pension: 381.30 − 25.30 − 11.14 − 6.535 (HB Regs 2006 reg 36(3))
        assertEquals(new BigDecimal("338.325"), p.netWithHalfPension().amount().stripTrailingZeros());
    }

    @Test
    void noAutoEnrolmentBelowTheTrigger() {
        // £150 a week is below the £192 weekly earnings trigger (Pensions Act 2008 s.3)
        assertEquals(Money.ZERO, Payroll.payslip(weekly("10", "15.00", new Job.Pension.AutoEnrolment()), Nation.ENGLAND, R).pension());
    }

    @Test
    void monthlySalaryInScotland() {
        // scotland-income-tax.yaml: £39,000 ÷ 12 = £3,250; Scottish tax £5,341.07 ÷ 12 = £445.09; NI (3,250 − 1,048) × 8% = £176.16
        Payroll.Payslip p = Payroll.payslip(salary("39000", Job.PayFrequency.MONTHLY), Nation.SCOTLAND, R);
        assertEquals(Money.of("3250.00"), p.gross());
        assertEquals(Money.of("445.09"), p.incomeTax());
        assertEquals(Money.of("176.16"), p.nationalInsurance());
    }

    @Test
    void sameSalaryInEnglandAndWales() {
        // (39,000 − 12,570) × 20% = £5,286.00 a year = £440.50 a month (Wales: Welsh rates are 10p in each band)
        assertEquals(Money.of("440.50"), Payroll.payslip(salary("39000", Job.PayFrequency.MONTHLY), Nation.ENGLAND, R).incomeTax());
        assertEquals(Money.of("440.50"), Payroll.payslip(salary("39000", Job.PayFrequency.MONTHLY), Nation.WALES, R).incomeTax());
    }

    @Test
    void higherRateAndPersonalAllowanceTaper() {
        // £110,000: allowance 12,570 − (110,000 − 100,000)/2 = 7,570; taxable 102,430:
        // 37,700 × 20% + 64,730 × 40% = 7,540 + 25,892 = £33,432 (ITA 2007 ss.10, 35)
        IncomeTax.Result r = IncomeTax.forYear(Money.of("110000"), Nation.ENGLAND, R);
        assertEquals(Money.of("7570"), r.personalAllowance());
        assertEquals(Money.of("33432.00"), r.annualTax());
    }

    @Test
    void niAboveTheUpperEarningsLimit() {
        // monthly £5,000: (4,189 − 1,048) × 8% + (5,000 − 4,189) × 2% = 251.28 + 16.22 = £267.50
        assertEquals(Money.of("267.50"), NationalInsurance.forPeriod(Money.of("5000"), Job.PayFrequency.MONTHLY, R).build().amount());
    }

    @Test
    void fortnightlyNiUsesTwiceTheWeeklyThreshold() {
        // fortnightly £600: (600 − 2 × 242) × 8% = £9.28 (SS (Contributions) Regs 2001 reg 11)
        assertEquals(Money.of("9.28"), NationalInsurance.forPeriod(Money.of("600"), Job.PayFrequency.FORTNIGHTLY, R).build().amount());
    }

    @Test
    void ucMonthlyFigureFromEachPayFrequency() {
        // docs/design.md: weekly × 52/12, fortnightly × 26/12, four-weekly × 13/12, rounded (UC Regs 2013 reg 6)
        assertEquals(Money.of("881.23"), Payroll.monthly(Money.of("203.36"), uk.betteroff.kernel.money.Period.WEEK));
        assertEquals(Money.of("866.67"), Payroll.monthly(Money.of("400.00"), uk.betteroff.kernel.money.Period.FORTNIGHT));
        assertEquals(Money.of("866.67"), Payroll.monthly(Money.of("800.00"), uk.betteroff.kernel.money.Period.FOUR_WEEKS));
    }
}
