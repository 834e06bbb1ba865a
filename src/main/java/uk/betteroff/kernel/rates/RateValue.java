package uk.betteroff.kernel.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Rate;

/**
 * One dated value of a rate: in force from {@code from} until the next value of the same key.
 * {@code value} is a BigDecimal (gbp, rate, hours, years, count, gbp_per_hour), a Boolean (flag) or
 * a LocalDate (date). {@code source} says where it was read ("rates/2026-27.yaml line 12").
 */
public record RateValue(RateKey key, LocalDate from, Object value, List<String> refs, String source, String note) {

    public RateValue {
        refs = List.copyOf(refs);
        boolean ok = switch (key.unit()) {
            case FLAG -> value instanceof Boolean;
            case DATE -> value instanceof LocalDate;
            default -> value instanceof BigDecimal;
        };
        if (!ok) throw new IllegalArgumentException(key.id() + ": value " + value + " is not a " + key.unit().yamlName());
    }

    public BigDecimal number() { return (BigDecimal) value; }

    /** How the value reads in a trace: "£424.90 a month", "55%", "16 hours". */
    public String display() {
        return switch (key.unit()) {
            case GBP -> Money.of(number()).format() + (key.per().perWords().isEmpty() ? "" : " " + key.per().perWords());
            case RATE -> new Rate(number()).percent();
            case GBP_PER_HOUR -> Money.of(number()).format() + " an hour";
            case HOURS -> number().stripTrailingZeros().toPlainString() + " hours a week";
            case YEARS -> number().stripTrailingZeros().toPlainString() + " years";
            case COUNT -> number().stripTrailingZeros().toPlainString();
            case FLAG -> ((Boolean) value) ? "yes" : "no";
            case DATE -> value.toString();
        };
    }
}
