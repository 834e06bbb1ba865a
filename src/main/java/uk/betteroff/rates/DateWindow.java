package uk.betteroff.rates;

import java.time.LocalDate;

/**
 * The dates a rates file's values may be dated from (rates/README.md, "Which dates a file may hold"). A value dated
 * outside its file's window is refused with file and line: a slip of the year (2026-05-01 typed in 2025-26.yaml)
 * would otherwise take over a later year's rate — the UC standard allowance once became £1 a month that way.
 * <ul>
 * <li>A tax-year file {@code YYYY-YY.yaml}: from 1 April of its first year to 31 March of the next. The tax year runs
 * from 6 April, but the April up-ratings come a few days before it or on it: the National Living Wage and Scottish
 * Child Payment on 1 April, Housing Benefit on the first Monday of April (1 April 2024), UC from the first assessment
 * period on or after the up-rating date (8 April 2024, 7 April 2025, 6 April 2026: still in the window). So 1 to 5
 * April belong to the year that starts that April, and every date falls in exactly one file's window. A mid-year
 * change (e.g. 5 October 2026) is a dated value inside the window.</li>
 * <li>A Council Tax Reduction scheme file {@code ctr/<council>.yaml}: scheme years run from 1 April (the council tax
 * financial year), and one file holds several; its values are dated within the financial years of the folder's
 * tax-year files (1 April of the first to 31 March after the last). A scheme in force from before that is dated from
 * the first of those years; a value for a year the folder has no tax-year file for waits for that file.</li>
 * </ul>
 */
record DateWindow(LocalDate first, LocalDate last, String rule) {
    /** No bound (a scheme file read on its own, outside a folder). */
    static final DateWindow ANY = new DateWindow(LocalDate.MIN, LocalDate.MAX, "");

    /** The window of the tax-year file that starts in {@code startYear} (2026 for 2026-27.yaml). */
    static DateWindow taxYearFile(int startYear) {
        return new DateWindow(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31),
                String.format("a %d-%02d.yaml value is dated from %d-04-01 (the April up-ratings) to %d-03-31 (1 to 5 April belong to the next year's file)",
                        startYear, (startYear + 1) % 100, startYear, startYear + 1));
    }

    /** The window of every scheme file in a folder whose tax-year files start from {@code firstStartYear} to {@code lastStartYear}. */
    static DateWindow schemeFiles(int firstStartYear, int lastStartYear) {
        return new DateWindow(LocalDate.of(firstStartYear, 4, 1), LocalDate.of(lastStartYear + 1, 3, 31),
                String.format("a scheme value is dated within the financial years of this folder's tax-year files, %d-04-01 to %d-03-31"
                        + " (a scheme in force from before is dated from the first; a later year needs its tax-year file first)", firstStartYear, lastStartYear + 1));
    }

    boolean holds(LocalDate date) { return !date.isBefore(first) && !date.isAfter(last); }

    /** Why {@code date} is refused here, in words. */
    String refusal(LocalDate date) {
        return "dated " + date + ", " + (date.isBefore(first) ? "before" : "after") + " the dates this file may hold: " + rule;
    }
}
