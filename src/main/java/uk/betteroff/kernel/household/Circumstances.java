package uk.betteroff.kernel.household;

import java.time.LocalDate;

/** Everything about a household that does not change between the baseline and the in-work options. */
public record Circumstances(LocalDate date, Nation nation, String council, boolean london, Household household,
                            Housing housing) {
    public Circumstances {
        if (date == null) throw new IllegalArgumentException("a date is required");
        if (nation == null) nation = Nation.ENGLAND;
        if (household == null) throw new IllegalArgumentException("a household is required");
        if (housing == null) throw new IllegalArgumentException("housing is required");
    }
}
