package uk.betteroff.kernel.ctr;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Rate;

/** One row of a banded scheme: income up to and including {@code upTo} gets {@code reduction} of the council tax. */
public record Band(Money upTo, Rate reduction) {}
