package uk.betteroff.kernel.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A council in Great Britain (rates/councils.yaml): its id (the name in lower case with hyphens, as a case file's
 * {@code council}), name, nation, whether it is in the London benefit-cap area (Greater London: the 32 boroughs and
 * the City), and the Broad Rental Market Areas its area lies in, by id — empty where they were not found, when the
 * LHA rate must be entered. {@code from}/{@code until}: a council that starts or ends within the supported dates.
 */
public record Council(String id, String name, Nation nation, boolean london, List<String> brmas,
                      Optional<LocalDate> from, Optional<LocalDate> until) {
    public Council {
        if (id == null || name == null || nation == null) throw new IllegalArgumentException("a council needs an id, a name and a nation");
        brmas = List.copyOf(brmas);
    }

    /** A council in force on every supported date. */
    public Council(String id, String name, Nation nation, boolean london, List<String> brmas) {
        this(id, name, nation, london, brmas, Optional.empty(), Optional.empty());
    }

    /** Whether the council bills council tax on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /** Whether the rent officers' Broad Rental Market Areas for this council were found. */
    public boolean brmasFound() { return !brmas.isEmpty(); }
}
