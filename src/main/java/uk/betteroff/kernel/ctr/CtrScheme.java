package uk.betteroff.kernel.ctr;

import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * A council's (or nation's) working-age Council Tax Reduction scheme, built from its
 * {@code rates/ctr/<id>.yaml} file. {@link #calculate} returns the weekly reduction as a trace node with id
 * {@code council_tax_reduction}, never more than the weekly council tax.
 */
public interface CtrScheme {
    String id();

    String name();

    TraceNode calculate(CtrInput in, RatesAt r);

    /**
     * Whether the reduction moves in steps (bands) as income rises, rather than tapering smoothly; a
     * step is a point where working more can leave less ({@link uk.betteroff.kernel.sweep.FewerHours}).
     */
    default boolean stepped() { return false; }

    /**
     * The same scheme with another maximum reduction and taper in force throughout, read from {@code source}: how an
     * estimate on the Default Scheme's pattern takes the adviser's settings. Empty for a design without those two.
     */
    default java.util.Optional<CtrScheme> withSettings(uk.betteroff.kernel.money.Rate maximum, uk.betteroff.kernel.money.Rate taper, String source) {
        return java.util.Optional.empty();
    }
}
