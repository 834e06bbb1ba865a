package uk.betteroff.kernel.uc;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.rates.LhaCategory;

/**
 * Which Local Housing Allowance category a private renter's household is allowed, and why (UC Regs 2013 Sch 4).
 * The bedrooms allowed are those of the size criteria (paras 8-10, the same test social renters' under-occupancy uses:
 * {@link BedroomStandard}), at most 4 (para 26). A "specified renter" is allowed shared accommodation only (paras
 * 27-28): single, under 35, responsible for no child or qualifying young person, with no non-dependant, and not an
 * excepted person (para 29). The additional bedroom of para 12 (overnight carer, foster carer, a disabled child who
 * cannot share) needs facts a case does not hold and is not given.
 */
public final class LhaSizeCriteria {
    private LhaSizeCriteria() {}

    /** The category, the bedrooms the size criteria allow, the reason in words, and the law each step rests on. */
    public record Result(LhaCategory category, int bedroomsAllowed, String reason, List<String> law, List<Assumption> assumptions) {
        public Result {
            law = List.copyOf(law);
            assumptions = List.copyOf(assumptions);
        }
    }

    /**
     * @param sharedAccommodationAge the age below which a single renter can be a specified renter (35: the rate
     *                               {@code uc.housing.shared_accommodation_age})
     * @param careLeaverAge          the age below which a care leaver is an excepted person (25, para 29(2): the rate
     *                               {@code uc.housing.care_leaver_exception_age})
     */
    public static Result of(Household h, SharedAccommodationException exception, int sharedAccommodationAge, int careLeaverAge) {
        BedroomStandard.Result need = BedroomStandard.of(h);
        List<Assumption> assumptions = new ArrayList<>(need.assumptions());
        List<String> law = new ArrayList<>(List.of("UC Regs 2013 Sch 4 paras 8-10"));
        String bedrooms = "bedrooms allowed: " + need.working();
        Adult renter = h.adults().get(0);
        boolean singleUnderAge = !h.couple() && renter.age() < sharedAccommodationAge;

        if (singleUnderAge && !h.hasChildren() && h.nonDependants().isEmpty()) {
            String excepted = exceptedBecause(renter, exception, careLeaverAge, law);
            if (excepted == null) {
                law.add("UC Regs 2013 Sch 4 paras 27-29");
                boolean tooOldForCareLeaver = exception == SharedAccommodationException.CARE_LEAVER;
                return new Result(LhaCategory.SHARED, need.bedrooms(),
                        "Shared accommodation: a single renter aged " + renter.age() + " (under " + sharedAccommodationAge
                                + ") responsible for no child, with no one else living in the home, and "
                                + (tooOldForCareLeaver
                                        ? "the care leaver exception entered does not apply: it is for a care leaver under " + careLeaverAge
                                                + " (para 29(2))"
                                        : "no exception to the shared accommodation rate (care leaver, homeless hostel, disability benefit,"
                                                + " MAPPA, domestic abuse, modern slavery) entered"),
                        law, assumptions);
            }
            law.add("UC Regs 2013 Sch 4 para 26");
            LhaCategory c = LhaCategory.forBedrooms(need.bedrooms());
            return new Result(c, need.bedrooms(), c.words() + ": " + bedrooms + "; not held to the shared accommodation rate though single and"
                    + " under " + sharedAccommodationAge + ", because the renter " + excepted, law, assumptions);
        }
        law.add("UC Regs 2013 Sch 4 para 26");
        LhaCategory c = LhaCategory.forBedrooms(need.bedrooms());
        String capped = need.bedrooms() > 4 ? " (" + need.bedrooms() + " allowed, at most 4 count)" : "";
        return new Result(c, need.bedrooms(), c.words() + capped + ": " + bedrooms + whyNotShared(h, renter, sharedAccommodationAge),
                law, assumptions);
    }

    /**
     * Why a single renter under the age is an excepted person (para 29), or null when no exception holds. The care
     * leaver exception is the only one entered with an age of its own beyond "under 35": at least 18 but under 25
     * (para 29(2)); adults here are 16 or over, and the homeless hostel exception (para 29(4)) starts at 16.
     */
    private static String exceptedBecause(Adult renter, SharedAccommodationException exception, int careLeaverAge, List<String> law) {
        if (getsQualifyingDisabilityBenefit(renter.disabilityBenefit())) {
            law.add("UC Regs 2013 Sch 4 para 29(5)");
            return "gets " + words(renter.disabilityBenefit());
        }
        if (exception == SharedAccommodationException.CARE_LEAVER && renter.age() >= careLeaverAge) {
            law.add(exception.law());
            return null;
        }
        if (exception != SharedAccommodationException.NONE) {
            law.add(exception.law());
            return exception.words() + " (as entered)";
        }
        return null;
    }

    /** Para 29(5): DLA care at the middle or highest rate, Attendance Allowance, or PIP daily living (or their Scottish equivalents). */
    private static boolean getsQualifyingDisabilityBenefit(DisabilityBenefit b) {
        return b != DisabilityBenefit.NONE && b != DisabilityBenefit.DLA_CARE_LOW;
    }

    private static String words(DisabilityBenefit b) {
        return switch (b) {
            case PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED -> "the daily living component of PIP";
            case DLA_CARE_MIDDLE, DLA_CARE_HIGH -> "the care component of DLA at the middle or highest rate";
            case ATTENDANCE_ALLOWANCE_LOW, ATTENDANCE_ALLOWANCE_HIGH -> "Attendance Allowance";
            default -> b.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String whyNotShared(Household h, Adult renter, int age) {
        if (h.couple()) return " (a couple is never held to the shared accommodation rate)";
        if (renter.age() >= age) return " (aged " + renter.age() + ": the shared accommodation rate is for single renters under " + age + ")";
        if (h.hasChildren()) return " (responsible for a child, so not held to the shared accommodation rate)";
        return " (someone else lives in the home as a non-dependant, so not held to the shared accommodation rate)";
    }
}
