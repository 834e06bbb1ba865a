package uk.betteroff.rates;

import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.ctr.CtrScheme;
import uk.betteroff.kernel.rates.RateBook;

/** A validated rates folder: the rate book and the Council Tax Reduction schemes by council id. */
public record LoadedRates(RateBook book, Map<String, CtrScheme> ctrSchemes, String folder) {
    public LoadedRates {
        ctrSchemes = Map.copyOf(ctrSchemes);
    }

    public Optional<CtrScheme> ctr(String id) { return Optional.ofNullable(ctrSchemes.get(id)); }
}
