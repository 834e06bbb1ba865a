package uk.betteroff.kernel.ctr;

import java.math.BigDecimal;

/**
 * The adviser's two settings for a Council Tax Reduction estimated on the pattern of England's Default Scheme
 * (SI 2012/2886 Sch, the pattern SI 2012/2885 Sch 1 prescribes), used where the council's own scheme is not in
 * {@code rates/ctr/}: the maximum reduction as a percentage of the council tax (the Default Scheme's para 29 is
 * 100; many councils now pay less) and the taper on income above the applicable amount (para 17: 20% a week).
 */
public record CtrEstimate(BigDecimal maximumPercent, BigDecimal taperPercent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The Default Scheme's own: 100% of the council tax, 20% taper. */
    public static final CtrEstimate DEFAULT_SCHEME = new CtrEstimate(HUNDRED, BigDecimal.valueOf(20));

    public CtrEstimate {
        if (maximumPercent == null || maximumPercent.signum() < 0 || maximumPercent.compareTo(HUNDRED) > 0)
            throw new IllegalArgumentException("the maximum reduction is a percentage from 0 to 100, got " + maximumPercent);
        if (taperPercent == null || taperPercent.signum() < 0 || taperPercent.compareTo(HUNDRED) > 0)
            throw new IllegalArgumentException("the taper is a percentage from 0 to 100, got " + taperPercent);
    }

    public boolean isDefaultScheme() {
        return maximumPercent.compareTo(DEFAULT_SCHEME.maximumPercent) == 0 && taperPercent.compareTo(DEFAULT_SCHEME.taperPercent) == 0;
    }
}
