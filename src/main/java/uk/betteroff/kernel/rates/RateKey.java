package uk.betteroff.kernel.rates;

import uk.betteroff.kernel.money.Period;

/**
 * One rate the kernel reads. Its {@code id} is spelt the same in the YAML file, here, in the trace
 * and in the i18n bundle ("uc.work_allowance.with_housing"), so one search finds it everywhere.
 */
public record RateKey(String id, Unit unit, Period per, String description) {
    public RateKey {
        if (!id.matches("[a-z0-9_]+(\\.[a-z0-9_]+)+"))
            throw new IllegalArgumentException("rate id must be dotted lower-case words: " + id);
        if (unit == Unit.GBP && per == null)
            throw new IllegalArgumentException(id + ": a money rate needs a period");
        if (unit != Unit.GBP && per != Period.NONE)
            throw new IllegalArgumentException(id + ": only money rates have a period");
    }
}
