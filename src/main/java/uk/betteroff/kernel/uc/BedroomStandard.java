package uk.betteroff.kernel.uc;

import java.util.ArrayList;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Household;

/**
 * The number of bedrooms a household is allowed (UC Regs 2013 Sch 4 para 10): one for the claimant or
 * joint claimants, one for each other person aged 16 or over, and for children one each, except that
 * two children under 10, or two of the same sex under 16, are expected to share.
 */
public final class BedroomStandard {
    private BedroomStandard() {}

    public record Result(int bedrooms, String working, List<Assumption> assumptions) {}

    public static Result of(Household h) {
        List<Assumption> assumptions = new ArrayList<>();
        int adults = 1 + h.nonDependants().size();
        List<Child> younger = new ArrayList<>();
        int olderChildren = 0;
        for (Child c : h.children()) {
            if (c.age() >= 16) olderChildren++;
            else younger.add(c);
        }
        boolean unknownSex = younger.stream().anyMatch(c -> c.age() >= 10 && c.sex().isEmpty());
        if (unknownSex && younger.size() > 1)
            assumptions.add(new Assumption("uc.housing.bedroom_standard",
                    "A child aged 10 to 15 has no sex entered, so is assumed not to share a bedroom with another child of 10 or over."));
        int childRooms = younger.size() - maxPairs(younger, 0, new boolean[younger.size()]);
        int total = adults + olderChildren + childRooms;
        String working = "1 for " + (h.couple() ? "the couple" : "the claimant")
                + (h.nonDependants().isEmpty() ? "" : " + " + h.nonDependants().size() + " for other adults")
                + (olderChildren == 0 ? "" : " + " + olderChildren + " for young people aged 16+")
                + (younger.isEmpty() ? "" : " + " + childRooms + " for " + younger.size() + " child" + (younger.size() == 1 ? "" : "ren") + " under 16")
                + " = " + total;
        return new Result(total, working, assumptions);
    }

    private static boolean canShare(Child a, Child b) {
        if (a.age() < 10 && b.age() < 10) return true;
        return a.sex().isPresent() && a.sex().equals(b.sex());
    }

    /** Largest number of sharing pairs (a tiny exhaustive matching: households have few children). */
    private static int maxPairs(List<Child> cs, int from, boolean[] used) {
        int i = from;
        while (i < cs.size() && used[i]) i++;
        if (i >= cs.size()) return 0;
        used[i] = true;
        int best = maxPairs(cs, i + 1, used);
        for (int j = i + 1; j < cs.size(); j++) {
            if (!used[j] && canShare(cs.get(i), cs.get(j))) {
                used[j] = true;
                best = Math.max(best, 1 + maxPairs(cs, i + 1, used));
                used[j] = false;
            }
        }
        used[i] = false;
        return best;
    }
}
