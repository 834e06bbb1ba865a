package uk.betteroff.kernel.household;

/**
 * The home: tenure, rent, charges the resident pays themselves, bedrooms, LHA rate and council tax; for a private
 * renter also the Broad Rental Market Area ({@code brma}: an id in {@code rates/lha.yaml}, or null) whose LHA rate
 * applies when none is entered, and any exception to the shared accommodation rate.
 */
public record Housing(Tenure tenure, Amount rent, Amount ineligibleCharges, int bedrooms, Amount lhaRate,
                      CouncilTax councilTax, RentIncludes rentIncludes, String brma,
                      SharedAccommodationException sharedAccommodationException) {
    /**
     * The council tax charge, whether the household is liable, and the adviser's settings for a Council Tax Reduction
     * estimated on the Default Scheme's pattern where the council's scheme is not in {@code rates/ctr/} (the Default
     * Scheme's own, 100% and 20%, when none are given).
     */
    public record CouncilTax(Amount charge, boolean liable, uk.betteroff.kernel.ctr.CtrEstimate estimate) {
        public static final CouncilTax NOT_LIABLE = new CouncilTax(Amount.of("0", uk.betteroff.kernel.money.Period.YEAR), false);

        public CouncilTax {
            if (estimate == null) estimate = uk.betteroff.kernel.ctr.CtrEstimate.DEFAULT_SCHEME;
        }

        public CouncilTax(Amount charge, boolean liable) { this(charge, liable, null); }
    }

    public Housing {
        if (tenure == null) tenure = Tenure.NONE;
        if (rent == null) rent = Amount.NONE_WEEKLY;
        if (ineligibleCharges == null) ineligibleCharges = Amount.NONE_WEEKLY;
        if (lhaRate == null) lhaRate = Amount.of("0", uk.betteroff.kernel.money.Period.MONTH);
        if (councilTax == null) councilTax = CouncilTax.NOT_LIABLE;
        if (rentIncludes == null) rentIncludes = RentIncludes.NOTHING;
        if (brma != null && brma.isBlank()) brma = null;
        if (sharedAccommodationException == null) sharedAccommodationException = SharedAccommodationException.NONE;
        if (bedrooms < 0 || bedrooms > Limits.BEDROOMS_MAX)
            throw new IllegalArgumentException("bedrooms must be between 0 and " + Limits.BEDROOMS_MAX + ", got " + bedrooms);
    }

    /** A home with no Broad Rental Market Area and no shared accommodation exception given. */
    public Housing(Tenure tenure, Amount rent, Amount ineligibleCharges, int bedrooms, Amount lhaRate, CouncilTax councilTax,
                   RentIncludes rentIncludes) {
        this(tenure, rent, ineligibleCharges, bedrooms, lhaRate, councilTax, rentIncludes, null, null);
    }

    /** The same home in a Broad Rental Market Area (an id in {@code rates/lha.yaml}, or null) with an exception, if any. */
    public Housing withBrma(String brma, SharedAccommodationException exception) {
        return new Housing(tenure, rent, ineligibleCharges, bedrooms, lhaRate, councilTax, rentIncludes, brma, exception);
    }

    /** A home whose rent includes no meals or fuel. */
    public Housing(Tenure tenure, Amount rent, Amount ineligibleCharges, int bedrooms, Amount lhaRate, CouncilTax councilTax) {
        this(tenure, rent, ineligibleCharges, bedrooms, lhaRate, councilTax, RentIncludes.NOTHING);
    }
}
