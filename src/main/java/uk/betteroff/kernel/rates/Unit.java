package uk.betteroff.kernel.rates;

/** The closed set of units a rate value may have. */
public enum Unit {
    /** Pounds sterling, with a period (or {@code none} for a stock such as a capital limit). */
    GBP("gbp"),
    /** A fraction between 0 and 1 (55% is 0.55). */
    RATE("rate"),
    /** Pounds per hour (minimum wage). */
    GBP_PER_HOUR("gbp_per_hour"),
    /** Hours a week. */
    HOURS("hours"),
    /** Age in whole years. */
    YEARS("years"),
    /** A whole number of things. */
    COUNT("count"),
    /** Whether a rule is in force: true or false. */
    FLAG("flag"),
    /** A calendar date. */
    DATE("date");

    private final String yamlName;

    Unit(String yamlName) { this.yamlName = yamlName; }

    public String yamlName() { return yamlName; }

    public static Unit fromYaml(String name) {
        for (Unit u : values()) if (u.yamlName.equals(name)) return u;
        return null;
    }
}
