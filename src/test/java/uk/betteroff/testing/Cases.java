package uk.betteroff.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;

/** Small builders for test households. */
public final class Cases {
    private Cases() {}

    public static Housing supported(String rentWeek) {
        return new Housing(Tenure.SUPPORTED, Amount.of(rentWeek, Period.WEEK), null, 1, null, null);
    }

    public static Housing social(String rentWeek, int bedrooms) {
        return new Housing(Tenure.SOCIAL, Amount.of(rentWeek, Period.WEEK), null, bedrooms, null, null);
    }

    public static Housing owner() { return new Housing(Tenure.OWNER, null, null, 0, null, null); }

    public static Circumstances of(String date, Housing housing, List<Adult> adults, List<Child> children) {
        return new Circumstances(LocalDate.parse(date), Nation.ENGLAND, null, false, new Household(adults, children, List.of(), Money.ZERO), housing);
    }

    public static Circumstances single(String date, int age, Housing housing) {
        return of(date, housing, List.of(Adult.aged(age)), List.of());
    }

    public static Scenario working(String name, String hours, String wage) {
        return new Scenario(name, List.of(job(1, hours, wage)), null, null);
    }

    public static Job job(int adult, String hours, String wage) {
        return new Job(adult, new BigDecimal(hours), Optional.of(Money.of(wage)), Optional.empty(), Job.PayFrequency.WEEKLY, new Job.Pension.None());
    }

    public static List<Child> children(boolean bornBefore2017, int... ages) {
        return java.util.Arrays.stream(ages).mapToObj(a -> new Child(a, Child.Disability.NONE, bornBefore2017, Optional.empty())).toList();
    }
}
