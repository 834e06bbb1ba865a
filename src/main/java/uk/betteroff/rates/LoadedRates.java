package uk.betteroff.rates;

import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.rates.RateBook;

/**
 * A validated rates folder: the rate book, the Council Tax Reduction schemes by council id, and every council in
 * Great Britain ({@code councils.yaml}; {@link Councils#NONE} for a folder written before it).
 */
public record LoadedRates(RateBook book, Map<String, CtrScheme> ctrSchemes, String folder, Councils councils) {
    public LoadedRates {
        ctrSchemes = Map.copyOf(ctrSchemes);
    }

    /** A folder with no council list. */
    public LoadedRates(RateBook book, Map<String, CtrScheme> ctrSchemes, String folder) {
        this(book, ctrSchemes, folder, Councils.NONE);
    }

    public Optional<CtrScheme> ctr(String id) { return Optional.ofNullable(ctrSchemes.get(id)); }

    /** The council with this id (or an older id it is still known by). */
    public Optional<Council> council(String id) { return councils.find(id); }
}
