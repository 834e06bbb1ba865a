package uk.betteroff.kernel.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.household.Nation;

/**
 * One Broad Rental Market Area's Local Housing Allowance rates, as read from {@code rates/lha.yaml}: its id (the
 * official name in lower case with hyphens), name, nation, the references its figures rest on, and a dated list of
 * weekly rates, each either the five figures or the reason they were not found.
 */
public record LhaArea(String id, String name, Nation nation, List<String> refs, String note, List<Dated> weekly) {
    public LhaArea {
        refs = List.copyOf(refs);
        weekly = List.copyOf(weekly);
        if (weekly.isEmpty()) throw new IllegalArgumentException(id + ": an LHA area needs at least one dated entry");
    }

    /**
     * The weekly rates in force from {@code from}: all five categories, or none and the reason ({@code notFound})
     * they are not in the rates; and Universal Credit's monthly rates where they were found (all five, or none: the
     * rent officers determine them separately, so they are not the weekly rates × 52 ÷ 12). {@code source} is where
     * they were read ("rates/lha.yaml line 42").
     */
    public record Dated(LocalDate from, Map<LhaCategory, BigDecimal> rates, Map<LhaCategory, BigDecimal> monthly,
                        Optional<String> notFound, String source) {
        public Dated {
            rates = rates.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rates));
            monthly = monthly == null || monthly.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(monthly));
            if (notFound == null) notFound = Optional.empty();
            if (rates.isEmpty() == notFound.isEmpty())
                throw new IllegalArgumentException("an LHA entry has either its five rates or the reason they were not found");
            if (!monthly.isEmpty() && rates.isEmpty())
                throw new IllegalArgumentException("monthly rates come with the weekly ones");
        }
    }

    /** The entry in force on {@code date} (the latest from on or before it), if any. */
    public Optional<Dated> at(LocalDate date) {
        Dated found = null;
        for (Dated d : weekly) {
            if (d.from().isAfter(date)) break;
            found = d;
        }
        return Optional.ofNullable(found);
    }
}
