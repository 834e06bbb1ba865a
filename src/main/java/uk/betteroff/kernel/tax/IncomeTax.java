package uk.betteroff.kernel.tax;

import static uk.betteroff.kernel.rates.RateKeys.*;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.rates.RateKey;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Income tax on employment income for a year: the personal allowance (tapered above £100,000,
 * ITA 2007 s.35) and the rate bands of England and Wales (ITA 2007 ss.6, 10) or Scotland (Scotland
 * Act 1998 s.80C; the Scottish Rate Resolution). Wales: the Welsh rates are 10p in each band, so the
 * rest-of-UK bands apply.
 */
public final class IncomeTax {
    private IncomeTax() {}

    public record Result(Money annualTax, Money personalAllowance, Money taxable, TraceNode trace) {}

    private record Band(String name, RateKey rate, RateKey limit) {}

    private static final List<Band> REST_OF_UK = List.of(
            new Band("basic", TAX_RUK_BASIC_RATE, TAX_RUK_BASIC_LIMIT),
            new Band("higher", TAX_RUK_HIGHER_RATE, TAX_RUK_HIGHER_LIMIT),
            new Band("additional", TAX_RUK_ADDITIONAL_RATE, null));

    private static final List<Band> SCOTLAND = List.of(
            new Band("starter", TAX_SCOTLAND_STARTER_RATE, TAX_SCOTLAND_STARTER_LIMIT),
            new Band("basic", TAX_SCOTLAND_BASIC_RATE, TAX_SCOTLAND_BASIC_LIMIT),
            new Band("intermediate", TAX_SCOTLAND_INTERMEDIATE_RATE, TAX_SCOTLAND_INTERMEDIATE_LIMIT),
            new Band("higher", TAX_SCOTLAND_HIGHER_RATE, TAX_SCOTLAND_HIGHER_LIMIT),
            new Band("advanced", TAX_SCOTLAND_ADVANCED_RATE, TAX_SCOTLAND_ADVANCED_LIMIT),
            new Band("top", TAX_SCOTLAND_TOP_RATE, null));

    /** Tax for the year on {@code annualIncome} (pay after net-pay pension contributions). */
    public static Result forYear(Money annualIncome, Nation nation, RatesAt r) {
        TraceNode.Builder t = r.trace("tax.annual", "Income tax for the year")
                .law(nation == Nation.SCOTLAND ? "Income Tax Act 2007 s.6C; Scottish Rate Resolution" : "Income Tax Act 2007 ss.6, 10, 35");
        Money pa = personalAllowance(annualIncome, r, t);
        Money taxable = annualIncome.minus(pa).atLeastZero();
        Money tax = Money.ZERO;
        Money lower = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (Band b : nation == Nation.SCOTLAND ? SCOTLAND : REST_OF_UK) {
            if (!taxable.isGreaterThan(lower)) break;
            Money upper = b.limit() == null ? null : r.money(b.limit());
            Money inBand = (upper == null ? taxable : taxable.min(upper)).minus(lower);
            Rate rate = r.rate(b.rate());
            t.rate(r.use(b.rate()));
            if (b.limit() != null) t.rate(r.use(b.limit()));
            Money due = inBand.times(rate);
            parts.add(rate.percent() + " × " + inBand.format() + " (" + b.name() + ")");
            tax = tax.plus(due);
            if (upper == null) break;
            lower = upper;
        }
        t.amount(tax, Period.YEAR).working("Taxable " + annualIncome.format() + " − allowance " + pa.format() + " = "
                + taxable.format() + (parts.isEmpty() ? ": no tax" : ": " + String.join(" + ", parts)) + " = " + tax.format());
        return new Result(tax, pa, taxable, t.build());
    }

    private static Money personalAllowance(Money income, RatesAt r, TraceNode.Builder t) {
        Money pa = r.money(TAX_PERSONAL_ALLOWANCE);
        t.rate(r.use(TAX_PERSONAL_ALLOWANCE));
        Money threshold = r.money(TAX_PA_TAPER_THRESHOLD);
        if (income.isGreaterThan(threshold)) {
            t.rate(r.use(TAX_PA_TAPER_THRESHOLD)).rate(r.use(TAX_PA_TAPER_SHARE));
            Money lost = income.minus(threshold).times(r.rate(TAX_PA_TAPER_SHARE)).roundDownToPenny();
            pa = pa.minus(lost).atLeastZero();
        }
        return pa;
    }
}
