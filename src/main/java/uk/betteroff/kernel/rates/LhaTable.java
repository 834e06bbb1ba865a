package uk.betteroff.kernel.rates;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every Broad Rental Market Area's Local Housing Allowance rates ({@code rates/lha.yaml}), by id, the last day they
 * are known to hold ({@code until}: the end of the hold under SI 2026/5) and the references the file cites. A rates
 * folder without the file has {@link #NONE}: every private renter then needs the LHA rate typed.
 */
public record LhaTable(Map<String, LhaArea> areas, Optional<LocalDate> until, String source) {
    public static final LhaTable NONE = new LhaTable(Map.of(), Optional.empty(), "");

    public LhaTable {
        areas = java.util.Collections.unmodifiableMap(new TreeMap<>(areas));
        if (until == null) until = Optional.empty();
    }

    public Optional<LhaArea> area(String id) { return Optional.ofNullable(areas.get(id)); }

    public boolean isEmpty() { return areas.isEmpty(); }
}
