package uk.betteroff.kernel.ctr;

import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Rate;

/**
 * What every working-age scheme file gives: its council id and name, the nation, the source document,
 * the maximum reduction (share of the weekly council tax), the capital limit, the minimum weekly award
 * (nil if the scheme has none) and the non-dependant deductions.
 */
public record SchemeBasics(String id, String name, Nation nation, String source, SchemeFigure<Rate> maximumReduction,
                           SchemeFigure<Money> capitalLimit, SchemeFigure<Money> minimumAward,
                           SchemeFigure<NonDependantRule> nonDependants) {}
