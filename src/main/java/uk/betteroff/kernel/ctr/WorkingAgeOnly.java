package uk.betteroff.kernel.ctr;

import static uk.betteroff.kernel.rates.RateKeys.STATE_PENSION_AGE;

import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * Every scheme file is a working-age scheme. A household with someone over State Pension age falls under
 * the pension-age scheme (in England the prescribed scheme of SI 2012/2885; in Wales WSI 2013/3029 Sch 1;
 * in Scotland SSI 2012/319), which is not modelled: refused plainly rather than worked out by the wrong rules.
 */
public final class WorkingAgeOnly implements CtrScheme {
    private final CtrScheme scheme;

    public WorkingAgeOnly(CtrScheme scheme) { this.scheme = scheme; }

    /** The working-age scheme itself. */
    public CtrScheme scheme() { return scheme; }

    @Override public String id() { return scheme.id(); }

    @Override public String name() { return scheme.name(); }

    @Override public boolean stepped() { return scheme.stepped(); }

    @Override
    public java.util.Optional<CtrScheme> withSettings(uk.betteroff.kernel.money.Rate maximum, uk.betteroff.kernel.money.Rate taper, String source) {
        return scheme.withSettings(maximum, taper, source).map(WorkingAgeOnly::new);
    }

    @Override
    public TraceNode calculate(CtrInput in, RatesAt r) {
        int pensionAge = r.whole(STATE_PENSION_AGE);
        for (Adult a : in.circumstances().household().adults())
            if (a.age() >= pensionAge)
                throw new Unsupported("Council Tax Reduction for someone over State Pension age (" + pensionAge + ") follows the pension-age scheme ("
                        + (in.circumstances().nation() == Nation.ENGLAND ? "SI 2012/2885, the English prescribed scheme"
                        : in.circumstances().nation() == Nation.WALES ? "WSI 2013/3029 Schedule 1" : "SSI 2012/319")
                        + "), which is not covered yet; only working-age schemes are.");
        return scheme.calculate(in, r);
    }
}
