package uk.betteroff.kernel.household;

/** A disability benefit an adult receives (PIP daily living, DLA care, Attendance Allowance, or their Scottish equivalents). */
public enum DisabilityBenefit {
    NONE, PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED, DLA_CARE_LOW, DLA_CARE_MIDDLE, DLA_CARE_HIGH,
    ATTENDANCE_ALLOWANCE_LOW, ATTENDANCE_ALLOWANCE_HIGH;

    public boolean any() { return this != NONE; }

    /** Qualifies someone caring for this person for Carer's Allowance (and exempts from non-dependant deductions). */
    public boolean qualifiesForCarer() {
        return this != NONE && this != DLA_CARE_LOW;
    }

    /** The highest rates (HB enhanced disability premium: PIP daily living enhanced, DLA care highest). */
    public boolean highest() {
        return this == PIP_DAILY_LIVING_ENHANCED || this == DLA_CARE_HIGH;
    }
}
