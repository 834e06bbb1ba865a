package uk.betteroff.cases;

import java.util.List;

/**
 * The columns of a caseload file for {@code betteroff batch} (docs/design.md "Command line"): the contract's
 * input columns and the optional extra columns this program also reads (README "Batch"). The output
 * columns are {@code report.BatchCsv}'s.
 */
public final class BatchColumns {
    private BatchColumns() {}

    /** Every caseload file has these, in any order. */
    public static final List<String> INPUT = List.of("id", "date", "nation", "council", "london", "tenure", "rent_week",
            "ineligible_charges_week", "council_tax_year", "council_tax_liable", "adult1_age", "adult1_capability", "adult2_age",
            "adult2_capability", "children_ages", "capital", "hours", "hourly_wage", "pay");

    /**
     * May be added: bedrooms (social renters' bedroom standard), the LHA rate or the Broad Rental Market Area (private
     * renters), pension, which adult
     * works, and each adult's disability benefit and whether they care for someone (the case file's disability_benefit, carer).
     */
    public static final List<String> OPTIONAL = List.of("bedrooms", "lha_rate_month", "brma", "pension", "working_adult",
            "adult1_disability_benefit", "adult1_carer", "adult2_disability_benefit", "adult2_carer");
}
