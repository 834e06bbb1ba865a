package uk.betteroff.kernel.household;

import java.util.Optional;

/**
 * Why a single renter under 35 is not held to the shared accommodation rate, where the case says so (UC Regs 2013
 * Sch 4 para 29, "excepted person"): facts the household's other fields do not hold. The disability exception
 * (para 29(5)) is not here: it follows from the adult's disability benefit.
 */
public enum SharedAccommodationException {
    NONE("none", "none entered", ""),
    CARE_LEAVER("care_leaver", "aged 18 to 24 and was a care leaver before 18", "UC Regs 2013 Sch 4 para 29(2)"),
    HOMELESS_HOSTEL("homeless_hostel",
            "has lived at least 3 months in hostels for homeless people and accepted resettlement services there",
            "UC Regs 2013 Sch 4 para 29(4)"),
    MAPPA("mappa", "is managed under multi-agency public protection arrangements", "UC Regs 2013 Sch 4 para 29(6)-(7)"),
    DOMESTIC_ABUSE("domestic_abuse",
            "had domestic abuse inflicted or threatened after 16 by a partner, former partner or relative, with official evidence",
            "UC Regs 2013 Sch 4 para 29(9B) (SI 2022/942)"),
    MODERN_SLAVERY("modern_slavery", "has a positive conclusive grounds decision as a victim of modern slavery",
            "UC Regs 2013 Sch 4 para 29(9C) (SI 2022/942)");

    private final String yamlName;
    private final String words;
    private final String law;

    SharedAccommodationException(String yamlName, String words, String law) {
        this.yamlName = yamlName;
        this.words = words;
        this.law = law;
    }

    /** The case file's value: none, care_leaver, homeless_hostel, mappa, domestic_abuse, modern_slavery. */
    public String yamlName() { return yamlName; }

    public String words() { return words; }

    public String law() { return law; }

    public static Optional<SharedAccommodationException> fromYaml(String s) {
        for (SharedAccommodationException e : values()) if (e.yamlName.equals(s)) return Optional.of(e);
        return Optional.empty();
    }
}
