package uk.betteroff.kernel.money;

import java.math.BigDecimal;

/** A period an amount is expressed per. {@code NONE} is for stocks (capital limits) and non-money values. */
public enum Period {
    WEEK("week", new BigDecimal(52)),
    FORTNIGHT("fortnight", new BigDecimal(26)),
    FOUR_WEEKS("four_weeks", new BigDecimal(13)),
    MONTH("month", new BigDecimal(12)),
    YEAR("year", BigDecimal.ONE),
    NONE("none", null);

    private final String yamlName;
    private final BigDecimal perYear;

    Period(String yamlName, BigDecimal perYear) {
        this.yamlName = yamlName;
        this.perYear = perYear;
    }

    public String yamlName() { return yamlName; }

    /** How many of these periods make a (52-week / 12-month) year. */
    public BigDecimal perYear() {
        if (perYear == null) throw new IllegalStateException("no periods per year for " + this);
        return perYear;
    }

    public static Period fromYaml(String name) {
        for (Period p : values()) if (p.yamlName.equals(name)) return p;
        return null;
    }

    /** The words used in the trace: "a week", "a month". */
    public String perWords() {
        return switch (this) {
            case WEEK -> "a week";
            case FORTNIGHT -> "a fortnight";
            case FOUR_WEEKS -> "every four weeks";
            case MONTH -> "a month";
            case YEAR -> "a year";
            case NONE -> "";
        };
    }
}
