package uk.betteroff.kernel.result;

import java.util.List;

/** The result figure ids (docs/design.md), in display order. */
public final class FigureIds {
    private FigureIds() {}

    public static final String GROSS_EARNINGS = "gross_earnings";
    public static final String INCOME_TAX = "income_tax";
    public static final String NATIONAL_INSURANCE = "national_insurance";
    public static final String PENSION_CONTRIBUTION = "pension_contribution";
    public static final String NET_EARNINGS = "net_earnings";
    public static final String UNIVERSAL_CREDIT = "universal_credit";
    public static final String UC_STANDARD_ALLOWANCE = "uc_standard_allowance";
    public static final String UC_CHILD_ELEMENTS = "uc_child_elements";
    public static final String UC_HOUSING_ELEMENT = "uc_housing_element";
    public static final String UC_WORK_ALLOWANCE = "uc_work_allowance";
    public static final String UC_EARNINGS_DEDUCTION = "uc_earnings_deduction";
    public static final String HOUSING_BENEFIT = "housing_benefit";
    public static final String COUNCIL_TAX_REDUCTION = "council_tax_reduction";
    public static final String CHILD_BENEFIT = "child_benefit";
    public static final String CARERS_ALLOWANCE = "carers_allowance";
    public static final String SCOTTISH_CHILD_PAYMENT = "scottish_child_payment";
    public static final String BENEFIT_CAP_REDUCTION = "benefit_cap_reduction";
    public static final String OTHER_INCOME = "other_income";
    public static final String TOTAL_INCOME = "total_income";
    public static final String RENT_TO_PAY = "rent_to_pay";
    public static final String COUNCIL_TAX_TO_PAY = "council_tax_to_pay";
    public static final String WORK_COSTS = "work_costs";
    public static final String MONEY_LEFT = "money_left";
    public static final String BETTER_OFF = "better_off";

    public static final List<String> ALL = List.of(GROSS_EARNINGS, INCOME_TAX, NATIONAL_INSURANCE, PENSION_CONTRIBUTION,
            NET_EARNINGS, UNIVERSAL_CREDIT, UC_STANDARD_ALLOWANCE, UC_CHILD_ELEMENTS, UC_HOUSING_ELEMENT, UC_WORK_ALLOWANCE,
            UC_EARNINGS_DEDUCTION, HOUSING_BENEFIT, COUNCIL_TAX_REDUCTION, CHILD_BENEFIT, CARERS_ALLOWANCE, SCOTTISH_CHILD_PAYMENT,
            BENEFIT_CAP_REDUCTION, OTHER_INCOME, TOTAL_INCOME, RENT_TO_PAY, COUNCIL_TAX_TO_PAY, WORK_COSTS, MONEY_LEFT, BETTER_OFF);
}
