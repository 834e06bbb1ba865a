package uk.betteroff.kernel.uc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.LhaCategory;

/**
 * The LHA category a private renter's household is allowed (UC Regs 2013 Sch 4): bedrooms by paras 9-10, at most 4
 * (para 26), shared accommodation for a "specified renter" (paras 27-28) unless excepted (para 29). The age is 35
 * (para 28(2)(a): "under 35 years old"; the rate uc.housing.shared_accommodation_age).
 */
class LhaSizeCriteriaTest {
    private static final int UNDER = 35;
    /** Para 29(2): a care leaver "at least 18 but under 25" (raised from 22 from 31 May 2021); the rate uc.housing.care_leaver_exception_age. */
    private static final int CARE_LEAVER_UNDER = 25;

    private static Household single(int age) { return household(List.of(Adult.aged(age)), List.of(), List.of()); }

    private static Household household(List<Adult> adults, List<Child> children, List<NonDependant> nonDeps) {
        return new Household(adults, children, nonDeps, Money.ZERO);
    }

    private static Child child(int age, Child.Sex sex) {
        return new Child(age, Child.Disability.NONE, false, Optional.ofNullable(sex));
    }

    private static LhaSizeCriteria.Result of(Household h) { return LhaSizeCriteria.of(h, SharedAccommodationException.NONE, UNDER, CARE_LEAVER_UNDER); }

    @Test
    void aSingleRenterUnder35IsHeldToSharedAccommodation() {
        // para 28: single, under 35, no child, no non-dependant, not excepted → shared accommodation only (para 27)
        LhaSizeCriteria.Result r = of(single(30));
        assertEquals(LhaCategory.SHARED, r.category());
        assertTrue(r.reason().contains("under 35"), r.reason());
        assertTrue(r.law().contains("UC Regs 2013 Sch 4 paras 27-29"), r.law().toString());
        // 34 is still under 35; the day they are 35 they are not (para 28(2)(a))
        assertEquals(LhaCategory.SHARED, of(single(34)).category());
        assertEquals(LhaCategory.ONE_BEDROOM, of(single(35)).category());
        assertEquals(LhaCategory.SHARED, of(single(18)).category());
    }

    @Test
    void theExceptionsEnteredLiftTheSharedRate() {
        // para 29(2) care leaver, (4) homeless hostel, (6)-(7) MAPPA, (9B) domestic abuse, (9C) modern slavery → 1 bedroom (para 9)
        for (SharedAccommodationException e : List.of(SharedAccommodationException.CARE_LEAVER, SharedAccommodationException.HOMELESS_HOSTEL,
                SharedAccommodationException.MAPPA, SharedAccommodationException.DOMESTIC_ABUSE, SharedAccommodationException.MODERN_SLAVERY)) {
            LhaSizeCriteria.Result r = LhaSizeCriteria.of(single(22), e, UNDER, CARE_LEAVER_UNDER);
            assertEquals(LhaCategory.ONE_BEDROOM, r.category(), e.name());
            assertTrue(r.reason().contains(e.words()), r.reason());
            assertTrue(r.law().contains(e.law()), r.law().toString());
        }
    }

    @Test
    void theCareLeaverExceptionEndsAt25() {
        // para 29(2): "at least 18 but under 25 years old and was a care leaver ... before reaching the age of 18"; at 24
        // the renter is excepted (1 bedroom, para 9), at 25 and at 30 (still under 35, para 28(2)(a)) held to shared
        // accommodation, and the reason says the exception entered does not apply
        assertEquals(LhaCategory.ONE_BEDROOM, LhaSizeCriteria.of(single(24), SharedAccommodationException.CARE_LEAVER, UNDER, CARE_LEAVER_UNDER).category());
        for (int age : new int[] {25, 30}) {
            LhaSizeCriteria.Result r = LhaSizeCriteria.of(single(age), SharedAccommodationException.CARE_LEAVER, UNDER, CARE_LEAVER_UNDER);
            assertEquals(LhaCategory.SHARED, r.category(), "aged " + age);
            assertTrue(r.reason().contains("care leaver exception entered does not apply"), r.reason());
            assertTrue(r.law().contains("UC Regs 2013 Sch 4 para 29(2)"), r.law().toString());
        }
        // the other exceptions entered carry no age of their own below 35: a renter of 30 after 3 months in a homeless
        // hostel is excepted (para 29(4): "at least 16 but under 35" since 31 May 2021)
        assertEquals(LhaCategory.ONE_BEDROOM, LhaSizeCriteria.of(single(30), SharedAccommodationException.HOMELESS_HOSTEL, UNDER, CARE_LEAVER_UNDER).category());
    }

    @Test
    void aQualifyingDisabilityBenefitLiftsTheSharedRateButDlaCareLowDoesNot() {
        // para 29(5): DLA care middle or highest, Attendance Allowance, PIP daily living; DLA care low is not listed
        for (DisabilityBenefit b : List.of(DisabilityBenefit.PIP_DAILY_LIVING_STANDARD, DisabilityBenefit.PIP_DAILY_LIVING_ENHANCED,
                DisabilityBenefit.DLA_CARE_MIDDLE, DisabilityBenefit.DLA_CARE_HIGH, DisabilityBenefit.ATTENDANCE_ALLOWANCE_LOW)) {
            Household h = household(List.of(new Adult(28, WorkCapability.FIT, b, false, List.of())), List.of(), List.of());
            LhaSizeCriteria.Result r = of(h);
            assertEquals(LhaCategory.ONE_BEDROOM, r.category(), b.name());
            assertTrue(r.law().contains("UC Regs 2013 Sch 4 para 29(5)"), r.law().toString());
        }
        Household low = household(List.of(new Adult(28, WorkCapability.FIT, DisabilityBenefit.DLA_CARE_LOW, false, List.of())), List.of(), List.of());
        assertEquals(LhaCategory.SHARED, of(low).category());
    }

    @Test
    void aNonDependantMeansNotASpecifiedRenter() {
        // para 28(4): the third condition fails; bedrooms: 1 for the renter + 1 for the other adult (para 9) = 2
        Household h = household(List.of(Adult.aged(26)), List.of(), List.of(new NonDependant(40, null, null, false)));
        LhaSizeCriteria.Result r = of(h);
        assertEquals(LhaCategory.TWO_BEDROOMS, r.category());
        assertTrue(r.reason().contains("non-dependant"), r.reason());
    }

    @Test
    void aCoupleIsNeverHeldToSharedAccommodation() {
        // para 28(2): "single person"; a couple under 35 without children: 1 bedroom for the joint renters (para 9(1))
        LhaSizeCriteria.Result r = of(household(List.of(Adult.aged(22), Adult.aged(23)), List.of(), List.of()));
        assertEquals(LhaCategory.ONE_BEDROOM, r.category());
        assertTrue(r.reason().contains("a couple is never held"), r.reason());
    }

    @Test
    void aLoneParentUnder35IsNotHeldToSharedAccommodation() {
        // para 28(3): responsible for a child; 1 for the renter + 1 for the child = 2 bedrooms
        LhaSizeCriteria.Result r = of(household(List.of(Adult.aged(24)), List.of(child(3, null)), List.of()));
        assertEquals(LhaCategory.TWO_BEDROOMS, r.category());
    }

    @Test
    void childrenShareByAgeAndSex() {
        List<Adult> couple = List.of(Adult.aged(38), Adult.aged(40));
        // para 10: two children under 10 share whatever their sex → couple + 1 = 2 bedrooms
        assertEquals(LhaCategory.TWO_BEDROOMS, of(household(couple, List.of(child(8, Child.Sex.MALE), child(9, Child.Sex.FEMALE)), List.of())).category());
        // a boy of 11 and a girl of 12 are not expected to share → couple + 2 = 3 bedrooms
        assertEquals(LhaCategory.THREE_BEDROOMS, of(household(couple, List.of(child(11, Child.Sex.MALE), child(12, Child.Sex.FEMALE)), List.of())).category());
        // two girls of 11 and 13 share (same sex, under 16) → 2 bedrooms
        assertEquals(LhaCategory.TWO_BEDROOMS, of(household(couple, List.of(child(11, Child.Sex.FEMALE), child(13, Child.Sex.FEMALE)), List.of())).category());
        // a boy of 9 and a girl of 10: one is 10, so opposite sexes do not share → 3 bedrooms
        assertEquals(LhaCategory.THREE_BEDROOMS, of(household(couple, List.of(child(9, Child.Sex.MALE), child(10, Child.Sex.FEMALE)), List.of())).category());
        // a young person of 16 has a room of their own: 16 and 17, both boys → couple + 2 = 3 bedrooms
        assertEquals(LhaCategory.THREE_BEDROOMS, of(household(couple, List.of(child(16, Child.Sex.MALE), child(17, Child.Sex.MALE)), List.of())).category());
    }

    @Test
    void childrenOf10OrOverWithNoSexEnteredAreAssumedNotToShare() {
        // as BedroomStandard: sex unknown for children aged 10-15 → each their own room, and the assumption is said
        LhaSizeCriteria.Result r = of(household(List.of(Adult.aged(40)), List.of(child(12, null), child(13, null)), List.of()));
        assertEquals(LhaCategory.THREE_BEDROOMS, r.category());
        assertTrue(r.assumptions().stream().anyMatch(a -> a.id().equals("uc.housing.bedroom_standard")), r.assumptions().toString());
    }

    @Test
    void noMoreThanFourBedrooms() {
        // para 26: couple + five young people aged 16-19 would need 6 bedrooms; the 4-bedroom rate is the most
        List<Child> five = List.of(child(16, Child.Sex.MALE), child(17, Child.Sex.MALE), child(18, Child.Sex.FEMALE), child(19, Child.Sex.FEMALE),
                child(16, Child.Sex.FEMALE));
        LhaSizeCriteria.Result r = of(household(List.of(Adult.aged(45), Adult.aged(46)), five, List.of()));
        assertEquals(LhaCategory.FOUR_BEDROOMS, r.category());
        assertEquals(6, r.bedroomsAllowed());
        assertTrue(r.reason().contains("6 allowed, at most 4 count"), r.reason());
    }
}
