package uk.betteroff.kernel.rates;

import java.util.Optional;

/**
 * The five categories of dwelling a rent officer determines a Local Housing Allowance for (Rent Officers (Universal
 * Credit Functions) Order 2013 Sch 1 para 1): a room in shared accommodation, then one to four bedrooms.
 */
public enum LhaCategory {
    SHARED("shared", "shared accommodation", 1),
    ONE_BEDROOM("one_bedroom", "1 bedroom", 1),
    TWO_BEDROOMS("two_bedrooms", "2 bedrooms", 2),
    THREE_BEDROOMS("three_bedrooms", "3 bedrooms", 3),
    FOUR_BEDROOMS("four_bedrooms", "4 bedrooms", 4);

    private final String yamlName;
    private final String words;
    private final int bedrooms;

    LhaCategory(String yamlName, String words, int bedrooms) {
        this.yamlName = yamlName;
        this.words = words;
        this.bedrooms = bedrooms;
    }

    /** The key in {@code rates/lha.yaml}: shared, one_bedroom, two_bedrooms, three_bedrooms, four_bedrooms. */
    public String yamlName() { return yamlName; }

    /** "shared accommodation", "2 bedrooms". */
    public String words() { return words; }

    /** The self-contained category for a number of bedrooms allowed (1 to 4; UC Regs 2013 Sch 4 para 26 stops at 4). */
    public static LhaCategory forBedrooms(int bedrooms) {
        if (bedrooms < 1) throw new IllegalArgumentException("at least one bedroom is allowed, got " + bedrooms);
        return switch (Math.min(bedrooms, 4)) {
            case 1 -> ONE_BEDROOM;
            case 2 -> TWO_BEDROOMS;
            case 3 -> THREE_BEDROOMS;
            default -> FOUR_BEDROOMS;
        };
    }

    public int bedrooms() { return bedrooms; }

    public static Optional<LhaCategory> fromYaml(String s) {
        for (LhaCategory c : values()) if (c.yamlName.equals(s)) return Optional.of(c);
        return Optional.empty();
    }
}
