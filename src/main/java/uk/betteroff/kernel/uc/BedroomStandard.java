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
        int childRooms = younger.size() - maxPairs(younger);
        int total = adults + olderChildren + childRooms;
        String working = "1 for " + (h.couple() ? "the couple" : "the claimant")
                + (h.nonDependants().isEmpty() ? "" : " + " + h.nonDependants().size() + " for other adults")
                + (olderChildren == 0 ? "" : " + " + olderChildren + " for young people aged 16+")
                + (younger.isEmpty() ? "" : " + " + childRooms + " for " + younger.size() + " child" + (younger.size() == 1 ? "" : "ren") + " under 16")
                + " = " + total;
        return new Result(total, working, assumptions);
    }

    /** Whether two children under 16 are expected to share (para 10): both under 10, or of the same sex (as entered). */
    static boolean canShare(Child a, Child b) {
        if (a.age() < 10 && b.age() < 10) return true;
        return a.sex().isPresent() && a.sex().equals(b.sex());
    }

    /**
     * The largest number of pairs of children under 16 who can share ({@link #canShare}), counted rather than searched:
     * trying every pairing took seconds for 12 children, minutes for 16 and longer than anyone waits for the 30 a case
     * may hold. Children of 10 to 15 share only with a child of their own sex, so each sex's pair among themselves and an
     * odd one out takes a child under 10 of that sex if there is one (never fewer pairs: that child would otherwise
     * pair at most once among the under-10s, who share whatever their sex); the children under 10 left pair up.
     */
    static int maxPairs(List<Child> children) {
        int underTen = 0, pairs = 0;
        for (Child c : children) if (c.age() < 10) underTen++;
        for (Child.Sex sex : Child.Sex.values()) {
            int older = 0, youngerOfSex = 0;
            for (Child c : children)
                if (c.sex().equals(java.util.Optional.of(sex))) {
                    if (c.age() >= 10) older++;
                    else youngerOfSex++;
                }
            pairs += older / 2;
            if (older % 2 == 1 && youngerOfSex > 0) {
                pairs++;
                underTen--;
            }
        }
        return pairs + underTen / 2;
    }
}
