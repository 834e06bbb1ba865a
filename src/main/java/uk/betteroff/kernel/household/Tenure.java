package uk.betteroff.kernel.household;

/** How the household occupies its home. */
public enum Tenure {
    NONE, OWNER, SOCIAL, PRIVATE,
    /** Specified ("exempt") supported accommodation: HB for rent, UC for living costs (UC Regs 2013 Sch 1 para 3A). */
    SUPPORTED,
    /** Temporary accommodation arranged by a council: HB for rent, UC for living costs (UC Regs 2013 Sch 1 para 3B). */
    TEMPORARY;

    /** Rent met by Housing Benefit alongside UC (UC (Transitional Provisions) Regs 2014 reg 5(2)(a)). */
    public boolean housingBenefitAlongsideUc() { return this == SUPPORTED || this == TEMPORARY; }

    public boolean renting() { return this == SOCIAL || this == PRIVATE || housingBenefitAlongsideUc(); }
}
