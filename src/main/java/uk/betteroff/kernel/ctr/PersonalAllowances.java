package uk.betteroff.kernel.ctr;

import java.time.LocalDate;

import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.money.Money;

/** A scheme's own weekly personal allowances (the applicable amount's first part), where they differ from Housing Benefit's. */
public record PersonalAllowances(SchemeFigure<Money> singleUnder25, SchemeFigure<Money> single25Plus, SchemeFigure<Money> loneParent,
                                 SchemeFigure<Money> couple) {
    /** The figure for this household and words for who it is. */
    public record Pick(SchemeFigure<Money> figure, String who) {}

    public Pick pick(Household h) {
        if (h.couple()) return new Pick(couple, "couple");
        if (h.hasChildren()) return new Pick(loneParent, "lone parent");
        return h.adults().get(0).age() >= 25 ? new Pick(single25Plus, "single, 25 or over") : new Pick(singleUnder25, "single, under 25");
    }

    public Money amount(Household h, LocalDate date) { return pick(h).figure().at(date); }
}
