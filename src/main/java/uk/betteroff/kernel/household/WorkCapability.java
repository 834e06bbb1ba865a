package uk.betteroff.kernel.household;

/** The work capability determination (UC Regs 2013 regs 27, 39-40A). */
public enum WorkCapability {
    FIT, LCW, LCWRA, LCWRA_PROTECTED;

    public boolean limited() { return this != FIT; }

    public boolean lcwra() { return this == LCWRA || this == LCWRA_PROTECTED; }
}
