package uk.betteroff.kernel.ctr;

import java.time.LocalDate;
import java.util.List;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * One figure of a Council Tax Reduction scheme file ({@code rates/ctr/<council>.yaml}): a dated list of
 * values, each in force from its date until the next, with where it was read and what it cites. The
 * id is spelt as in the trace: {@code ctr.<council>.<figure>}.
 */
public record SchemeFigure<T>(String id, String description, List<Dated<T>> values) {
    /** One value: from this date, where it was read ("rates/ctr/oxford.yaml line 12"), its references, how it reads. */
    public record Dated<T>(LocalDate from, T value, String source, List<String> refs, String display) {
        public Dated {
            refs = List.copyOf(refs);
        }
    }

    public SchemeFigure {
        values = List.copyOf(values);
        if (values.isEmpty()) throw new IllegalArgumentException(id + ": a scheme figure needs at least one dated value");
    }

    /** The value in force on {@code date}; a date before the first value is refused in words. */
    public Dated<T> dated(LocalDate date) {
        Dated<T> found = null;
        for (Dated<T> v : values) {
            if (v.from().isAfter(date)) break;
            found = v;
        }
        if (found == null)
            throw new Unsupported("The Council Tax Reduction scheme file gives no " + description + " (" + id + ") for " + date
                    + ": its first value is from " + values.get(0).from() + ".");
        return found;
    }

    public T at(LocalDate date) { return dated(date).value(); }

    /** The read, for the trace. */
    public TraceNode.RateUse use(LocalDate date) {
        Dated<T> d = dated(date);
        return new TraceNode.RateUse(id, d.display(), d.source(), d.refs());
    }
}
