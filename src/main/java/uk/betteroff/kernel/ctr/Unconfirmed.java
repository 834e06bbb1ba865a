package uk.betteroff.kernel.ctr;

import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * A scheme some of whose figures or rules were not confirmed from the council's own scheme text (taken from a
 * secondary source such as PolicyEngine UK's encoding, carried forward from an earlier year, or the Default Scheme's
 * treatment assumed), as its file's {@code unconfirmed:} says. The gap is said where the reduction is explained, so an
 * adviser sees it beside the figure rather than only in the rates file's notes (STYLE "Gaps are visible").
 */
public final class Unconfirmed implements CtrScheme {
    private final CtrScheme scheme;
    private final String what;

    /** {@code what}: the file's {@code unconfirmed:} text, in words an adviser can act on. */
    public Unconfirmed(CtrScheme scheme, String what) {
        this.scheme = scheme;
        this.what = what;
    }

    @Override public String id() { return scheme.id(); }

    @Override public String name() { return scheme.name(); }

    @Override public boolean stepped() { return scheme.stepped(); }

    @Override
    public java.util.Optional<CtrScheme> withSettings(uk.betteroff.kernel.money.Rate maximum, uk.betteroff.kernel.money.Rate taper, String source) {
        return scheme.withSettings(maximum, taper, source).map(s -> new Unconfirmed(s, what));
    }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        TraceNode t = scheme.calculate(in, r);
        String said = "Not confirmed from the scheme's own text: " + what;
        String working = t.working() == null || t.working().isBlank() ? said : t.working() + ". " + said;
        return new TraceNode(t.id(), t.label(), t.amount(), t.period(), working, t.law(), t.rates(), t.children(), t.sumOfChildren());
    }
}
