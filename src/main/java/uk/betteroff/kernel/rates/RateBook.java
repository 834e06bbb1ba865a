package uk.betteroff.kernel.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Every rate value, as one dated timeline per key (values from all tax-year files merged), plus the
 * references they cite and a fingerprint of the files they came from. Immutable; the value at a date is
 * the latest whose start is on or before it (the PolicyEngine/OpenFisca convention).
 */
public final class RateBook {
    private final Map<String, List<RateValue>> timelines;
    private final Map<String, Reference> references;
    private final String fingerprint;
    private final List<String> files;
    /** Each value as a trace records it, worked out once (a calculation reads hundreds of rates). Never changed after construction. */
    private final Map<RateValue, TraceNode.RateUse> uses;
    /** The last day the rates cover (5 April at the end of the last tax year with a file); null: no end. */
    private final LocalDate lastDay;
    /** The Local Housing Allowance rates of each Broad Rental Market Area ({@code rates/lha.yaml}); {@link LhaTable#NONE} without that file. */
    private final LhaTable lha;

    public RateBook(List<RateValue> values, Map<String, Reference> references, String fingerprint, List<String> files) {
        this(values, references, fingerprint, files, null);
    }

    /** @param lastDay the last day these rates cover, or null when they have no end (a value runs on until the next) */
    public RateBook(List<RateValue> values, Map<String, Reference> references, String fingerprint, List<String> files, LocalDate lastDay) {
        this(values, references, fingerprint, files, lastDay, LhaTable.NONE);
    }

    /** As above, with the Local Housing Allowance rates of each Broad Rental Market Area. */
    public RateBook(List<RateValue> values, Map<String, Reference> references, String fingerprint, List<String> files, LocalDate lastDay,
                    LhaTable lha) {
        this.lha = lha == null ? LhaTable.NONE : lha;
        this.lastDay = lastDay;
        Map<String, List<RateValue>> byKey = new HashMap<>();
        for (RateValue v : values) byKey.computeIfAbsent(v.key().id(), k -> new ArrayList<>()).add(v);
        byKey.values().forEach(l -> l.sort(Comparator.comparing(RateValue::from)));
        byKey.replaceAll((k, l) -> List.copyOf(l));
        this.timelines = Map.copyOf(byKey);
        Map<RateValue, TraceNode.RateUse> uses = new java.util.IdentityHashMap<>();
        for (RateValue v : values) uses.put(v, new TraceNode.RateUse(v.key().id(), v.display(), v.source(), v.refs()));
        this.uses = uses;
        this.references = Map.copyOf(references);
        this.fingerprint = fingerprint;
        this.files = List.copyOf(files);
    }

    /** The value of {@code key} in force on {@code date}, if any. */
    public Optional<RateValue> valueAt(RateKey key, LocalDate date) {
        return Optional.ofNullable(valueOrNull(key, date));
    }

    /** {@link #valueAt} without the Optional, for the calculator's many reads. */
    RateValue valueOrNull(RateKey key, LocalDate date) {
        if (lastDay != null && date.isAfter(lastDay)) return null;
        List<RateValue> line = timelines.get(key.id());
        if (line == null) return null;
        RateValue found = null;
        for (int i = 0, n = line.size(); i < n; i++) {
            RateValue v = line.get(i);
            if (v.from().isAfter(date)) break;
            found = v;
        }
        return found;
    }

    /** How a trace records a read of {@code v} (one of this book's values): id, value in words, source and references. */
    public TraceNode.RateUse use(RateValue v) {
        TraceNode.RateUse u = uses.get(v);
        return u != null ? u : new TraceNode.RateUse(v.key().id(), v.display(), v.source(), v.refs());
    }

    public List<RateValue> timeline(RateKey key) { return timelines.getOrDefault(key.id(), List.of()); }

    /** The rates in force on one date. Throws {@link Unsupported} lazily when a needed value is missing. */
    public RatesAt at(LocalDate date) { return new RatesAt(this, date); }

    public Optional<Reference> reference(String id) { return Optional.ofNullable(references.get(id)); }

    public Map<String, Reference> references() { return references; }

    /** SHA-256 over the rates files that built this book (reported with every result). */
    public String fingerprint() { return fingerprint; }

    /** The files (with their own SHA-256) that built this book. */
    public List<String> files() { return files; }

    /** The Local Housing Allowance rates of each Broad Rental Market Area (none when the folder has no {@code lha.yaml}). */
    public LhaTable lha() { return lha; }

    /** The last day these rates cover (the end of the last tax year with a rates file), if they have an end. */
    public Optional<LocalDate> lastDay() { return Optional.ofNullable(lastDay); }

    /** The earliest date on which every catalogued key has a value. */
    public Optional<LocalDate> firstCompleteDate() {
        LocalDate latestStart = null;
        for (RateKey k : RateKeys.all()) {
            List<RateValue> line = timelines.get(k.id());
            if (line == null || line.isEmpty()) return Optional.empty();
            LocalDate start = line.get(0).from();
            if (latestStart == null || start.isAfter(latestStart)) latestStart = start;
        }
        return Optional.ofNullable(latestStart);
    }
}
