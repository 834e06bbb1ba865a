package uk.betteroff.kernel.rates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.kernel.money.Period;

/**
 * Every rate the kernel reads, with its unit and period. The rates loader refuses a file whose
 * value for one of these has another unit or period, and a key that is not listed here; the schema
 * tests check that each is present on every day of every supported tax year.
 */
public final class RateKeys {
    private static final Map<String, RateKey> BY_ID = new LinkedHashMap<>();

    private RateKeys() {}

    private static RateKey key(String id, Unit unit, Period per, String description) {
        RateKey k = new RateKey(id, unit, per, description);
        if (BY_ID.putIfAbsent(id, k) != null) throw new IllegalStateException("duplicate rate key " + id);
        return k;
    }

    // Universal Credit (UC Regs 2013), per assessment period (month)
    public static final RateKey UC_STANDARD_ALLOWANCE_SINGLE_UNDER_25 = key("uc.standard_allowance.single_under_25", Unit.GBP, Period.MONTH,
            "UC standard allowance, single claimant under 25");
    public static final RateKey UC_STANDARD_ALLOWANCE_SINGLE_25_PLUS = key("uc.standard_allowance.single_25_plus", Unit.GBP, Period.MONTH,
            "UC standard allowance, single claimant 25 or over");
    public static final RateKey UC_STANDARD_ALLOWANCE_COUPLE_UNDER_25 = key("uc.standard_allowance.couple_under_25", Unit.GBP, Period.MONTH,
            "UC standard allowance, joint claimants both under 25");
    public static final RateKey UC_STANDARD_ALLOWANCE_COUPLE_25_PLUS = key("uc.standard_allowance.couple_25_plus", Unit.GBP, Period.MONTH,
            "UC standard allowance, joint claimants, one or both 25 or over");
    public static final RateKey UC_STANDARD_ALLOWANCE_AGE_THRESHOLD = key("uc.standard_allowance.age_threshold", Unit.YEARS, Period.NONE,
            "Age from which the higher standard allowance applies");
    public static final RateKey UC_MINIMUM_AGE = key("uc.minimum_age", Unit.YEARS, Period.NONE,
            "Age from which a person can claim UC outside the special cases for 16- and 17-year-olds");
    public static final RateKey STATE_PENSION_AGE = key("pension.state_pension_age", Unit.YEARS, Period.NONE,
            "State Pension age (the lowest that applies in the tax year): pension-age rules start here");
    public static final RateKey UC_CHILD_ELEMENT_FIRST_CHILD_BEFORE_2017 = key("uc.child_element.first_child_before_2017", Unit.GBP, Period.MONTH,
            "UC child element, first child or qualifying young person born before 6 April 2017");
    public static final RateKey UC_CHILD_ELEMENT_OTHER_CHILD = key("uc.child_element.other_child", Unit.GBP, Period.MONTH,
            "UC child element, each other child");
    public static final RateKey UC_TWO_CHILD_LIMIT_IN_FORCE = key("uc.two_child_limit.in_force", Unit.FLAG, Period.NONE,
            "Whether the two-child limit (UC Regs reg 24A) applies to assessment periods starting on the date");
    public static final RateKey UC_TWO_CHILD_LIMIT_CHILDREN = key("uc.two_child_limit.children", Unit.COUNT, Period.NONE,
            "Number of children for whom a child element is payable under the two-child limit");
    public static final RateKey UC_DISABLED_CHILD_LOWER = key("uc.disabled_child.lower", Unit.GBP, Period.MONTH,
            "UC disabled child addition, lower rate");
    public static final RateKey UC_DISABLED_CHILD_HIGHER = key("uc.disabled_child.higher", Unit.GBP, Period.MONTH,
            "UC disabled child addition, higher rate");
    public static final RateKey UC_LCW_ELEMENT = key("uc.lcw_element", Unit.GBP, Period.MONTH,
            "UC LCW element (transitionally protected claims only)");
    public static final RateKey UC_LCWRA_ELEMENT_PROTECTED = key("uc.lcwra_element.protected", Unit.GBP, Period.MONTH,
            "UC LCWRA element at the protected rate (pre-2026 claimant, severe conditions, terminally ill)");
    public static final RateKey UC_LCWRA_ELEMENT_STANDARD = key("uc.lcwra_element.standard", Unit.GBP, Period.MONTH,
            "UC LCWRA element at the standard rate");
    public static final RateKey UC_CARER_ELEMENT = key("uc.carer_element", Unit.GBP, Period.MONTH,
            "UC carer element");
    public static final RateKey UC_CHILDCARE_SHARE = key("uc.childcare.share", Unit.RATE, Period.NONE,
            "Share of childcare costs met by the UC childcare costs element");
    public static final RateKey UC_CHILDCARE_MAX_ONE_CHILD = key("uc.childcare.max_one_child", Unit.GBP, Period.MONTH,
            "UC childcare costs element maximum, one child");
    public static final RateKey UC_CHILDCARE_MAX_TWO_OR_MORE = key("uc.childcare.max_two_or_more", Unit.GBP, Period.MONTH,
            "UC childcare costs element maximum, two or more children");
    public static final RateKey UC_WORK_ALLOWANCE_WITH_HOUSING = key("uc.work_allowance.with_housing", Unit.GBP, Period.MONTH,
            "UC work allowance where the award includes a housing costs element (lower)");
    public static final RateKey UC_WORK_ALLOWANCE_WITHOUT_HOUSING = key("uc.work_allowance.without_housing", Unit.GBP, Period.MONTH,
            "UC work allowance where the award has no housing costs element (higher)");
    public static final RateKey UC_TAPER = key("uc.taper", Unit.RATE, Period.NONE,
            "UC earnings taper");
    public static final RateKey UC_CAPITAL_LOWER_LIMIT = key("uc.capital.lower_limit", Unit.GBP, Period.NONE,
            "UC capital below which no tariff income is assumed");
    public static final RateKey UC_CAPITAL_UPPER_LIMIT = key("uc.capital.upper_limit", Unit.GBP, Period.NONE,
            "UC capital limit");
    public static final RateKey UC_CAPITAL_TARIFF_STEP = key("uc.capital.tariff_step", Unit.GBP, Period.NONE,
            "UC tariff income: each step of capital (or part) above the lower limit");
    public static final RateKey UC_CAPITAL_TARIFF_PER_STEP = key("uc.capital.tariff_per_step", Unit.GBP, Period.MONTH,
            "UC tariff income per step of capital");
    public static final RateKey UC_HOUSING_NON_DEP_CONTRIBUTION = key("uc.housing.non_dep_contribution", Unit.GBP, Period.MONTH,
            "UC housing cost contribution per non-dependant");
    public static final RateKey UC_HOUSING_NON_DEP_MIN_AGE = key("uc.housing.non_dep_min_age", Unit.YEARS, Period.NONE,
            "Age below which a non-dependant makes no housing cost contribution");
    public static final RateKey UC_HOUSING_UNDER_OCCUPANCY_ONE_BEDROOM = key("uc.housing.under_occupancy.one_bedroom", Unit.RATE, Period.NONE,
            "UC social-rent reduction for one excess bedroom");
    public static final RateKey UC_HOUSING_UNDER_OCCUPANCY_TWO_OR_MORE = key("uc.housing.under_occupancy.two_or_more", Unit.RATE, Period.NONE,
            "UC social-rent reduction for two or more excess bedrooms");
    public static final RateKey UC_HOUSING_SHARED_ACCOMMODATION_AGE = key("uc.housing.shared_accommodation_age", Unit.YEARS, Period.NONE,
            "Age below which a single private renter without children is limited to the shared accommodation rate");
    public static final RateKey UC_HOUSING_CARE_LEAVER_EXCEPTION_AGE = key("uc.housing.care_leaver_exception_age", Unit.YEARS, Period.NONE,
            "Age below which a care leaver is excepted from the shared accommodation rate");

    // Benefit cap (UC Regs 2013 regs 79-83)
    public static final RateKey CAP_LONDON_FAMILY = key("cap.london.family", Unit.GBP, Period.MONTH,
            "Benefit cap, Greater London, couples and single claimants with children");
    public static final RateKey CAP_LONDON_SINGLE = key("cap.london.single", Unit.GBP, Period.MONTH,
            "Benefit cap, Greater London, single claimants without children");
    public static final RateKey CAP_OUTSIDE_LONDON_FAMILY = key("cap.outside_london.family", Unit.GBP, Period.MONTH,
            "Benefit cap outside London, couples and single claimants with children");
    public static final RateKey CAP_OUTSIDE_LONDON_SINGLE = key("cap.outside_london.single", Unit.GBP, Period.MONTH,
            "Benefit cap outside London, single claimants without children");
    public static final RateKey CAP_EARNINGS_EXEMPTION_HOURS = key("cap.earnings_exemption.hours", Unit.HOURS, Period.NONE,
            "Hours a week at the national living wage whose earnings exempt a household from the cap");
    public static final RateKey NMW_NATIONAL_LIVING_WAGE = key("nmw.national_living_wage", Unit.GBP_PER_HOUR, Period.NONE,
            "National Living Wage hourly rate (NMW Regs 2015 reg 4)");

    // Child Benefit and HICBC
    public static final RateKey CB_ELDEST = key("cb.eldest", Unit.GBP, Period.WEEK,
            "Child Benefit, eldest or only child");
    public static final RateKey CB_OTHER = key("cb.other", Unit.GBP, Period.WEEK,
            "Child Benefit, each other child");
    public static final RateKey HICBC_THRESHOLD = key("hicbc.threshold", Unit.GBP, Period.YEAR,
            "High Income Child Benefit Charge starts above this adjusted net income");
    public static final RateKey HICBC_STEP = key("hicbc.step", Unit.GBP, Period.NONE,
            "HICBC: each step of income above the threshold");
    public static final RateKey HICBC_SHARE_PER_STEP = key("hicbc.share_per_step", Unit.RATE, Period.NONE,
            "HICBC: share of Child Benefit charged for each step");

    // Carer's Allowance
    public static final RateKey CA_WEEKLY_RATE = key("ca.weekly_rate", Unit.GBP, Period.WEEK,
            "Carer's Allowance");
    public static final RateKey CA_EARNINGS_LIMIT = key("ca.earnings_limit", Unit.GBP, Period.WEEK,
            "Carer's Allowance earnings limit (net weekly earnings)");
    public static final RateKey CA_PENSION_SHARE_DEDUCTED = key("ca.pension_share_deducted", Unit.RATE, Period.NONE,
            "Share of pension contributions deducted from earnings for the Carer's Allowance limit");

    // Scottish Child Payment
    public static final RateKey SCP_PER_CHILD = key("scp.per_child", Unit.GBP, Period.WEEK,
            "Scottish Child Payment per eligible child");
    public static final RateKey SCP_MAX_AGE = key("scp.max_age", Unit.YEARS, Period.NONE,
            "Scottish Child Payment is paid for children under this age");

    // Income tax (rest of UK: England, Wales)
    public static final RateKey TAX_PERSONAL_ALLOWANCE = key("tax.personal_allowance", Unit.GBP, Period.YEAR,
            "Income tax personal allowance");
    public static final RateKey TAX_PA_TAPER_THRESHOLD = key("tax.pa_taper_threshold", Unit.GBP, Period.YEAR,
            "Adjusted net income above which the personal allowance is withdrawn");
    public static final RateKey TAX_PA_TAPER_SHARE = key("tax.pa_taper_share", Unit.RATE, Period.NONE,
            "Personal allowance lost per pound of income above the taper threshold");
    public static final RateKey TAX_RUK_BASIC_RATE = key("tax.ruk.basic_rate", Unit.RATE, Period.NONE,
            "Basic rate (England, Wales, NI)");
    public static final RateKey TAX_RUK_BASIC_LIMIT = key("tax.ruk.basic_limit", Unit.GBP, Period.YEAR,
            "Basic rate limit (taxable income)");
    public static final RateKey TAX_RUK_HIGHER_RATE = key("tax.ruk.higher_rate", Unit.RATE, Period.NONE,
            "Higher rate");
    public static final RateKey TAX_RUK_HIGHER_LIMIT = key("tax.ruk.higher_limit", Unit.GBP, Period.YEAR,
            "Taxable income above which the additional rate applies");
    public static final RateKey TAX_RUK_ADDITIONAL_RATE = key("tax.ruk.additional_rate", Unit.RATE, Period.NONE,
            "Additional rate");

    // Scottish income tax (bands as taxable income above the personal allowance)
    public static final RateKey TAX_SCOTLAND_STARTER_RATE = key("tax.scotland.starter_rate", Unit.RATE, Period.NONE,
            "Scottish starter rate");
    public static final RateKey TAX_SCOTLAND_STARTER_LIMIT = key("tax.scotland.starter_limit", Unit.GBP, Period.YEAR,
            "Top of the Scottish starter band (taxable income)");
    public static final RateKey TAX_SCOTLAND_BASIC_RATE = key("tax.scotland.basic_rate", Unit.RATE, Period.NONE,
            "Scottish basic rate");
    public static final RateKey TAX_SCOTLAND_BASIC_LIMIT = key("tax.scotland.basic_limit", Unit.GBP, Period.YEAR,
            "Top of the Scottish basic band (taxable income)");
    public static final RateKey TAX_SCOTLAND_INTERMEDIATE_RATE = key("tax.scotland.intermediate_rate", Unit.RATE, Period.NONE,
            "Scottish intermediate rate");
    public static final RateKey TAX_SCOTLAND_INTERMEDIATE_LIMIT = key("tax.scotland.intermediate_limit", Unit.GBP, Period.YEAR,
            "Top of the Scottish intermediate band (taxable income)");
    public static final RateKey TAX_SCOTLAND_HIGHER_RATE = key("tax.scotland.higher_rate", Unit.RATE, Period.NONE,
            "Scottish higher rate");
    public static final RateKey TAX_SCOTLAND_HIGHER_LIMIT = key("tax.scotland.higher_limit", Unit.GBP, Period.YEAR,
            "Top of the Scottish higher band (taxable income)");
    public static final RateKey TAX_SCOTLAND_ADVANCED_RATE = key("tax.scotland.advanced_rate", Unit.RATE, Period.NONE,
            "Scottish advanced rate");
    public static final RateKey TAX_SCOTLAND_ADVANCED_LIMIT = key("tax.scotland.advanced_limit", Unit.GBP, Period.YEAR,
            "Top of the Scottish advanced band (taxable income)");
    public static final RateKey TAX_SCOTLAND_TOP_RATE = key("tax.scotland.top_rate", Unit.RATE, Period.NONE,
            "Scottish top rate");

    // Employee Class 1 National Insurance
    public static final RateKey NI_PRIMARY_THRESHOLD_WEEK = key("ni.primary_threshold.week", Unit.GBP, Period.WEEK,
            "Class 1 primary threshold, weekly earnings period");
    public static final RateKey NI_PRIMARY_THRESHOLD_MONTH = key("ni.primary_threshold.month", Unit.GBP, Period.MONTH,
            "Class 1 primary threshold, monthly earnings period");
    public static final RateKey NI_UPPER_EARNINGS_LIMIT_WEEK = key("ni.upper_earnings_limit.week", Unit.GBP, Period.WEEK,
            "Upper earnings limit, weekly earnings period");
    public static final RateKey NI_UPPER_EARNINGS_LIMIT_MONTH = key("ni.upper_earnings_limit.month", Unit.GBP, Period.MONTH,
            "Upper earnings limit, monthly earnings period");
    public static final RateKey NI_MAIN_RATE = key("ni.main_rate", Unit.RATE, Period.NONE,
            "Employee main rate between the primary threshold and the UEL");
    public static final RateKey NI_UPPER_RATE = key("ni.upper_rate", Unit.RATE, Period.NONE,
            "Employee rate above the UEL");

    // Auto-enrolment workplace pension (Pensions Act 2008)
    public static final RateKey PENSION_AE_TRIGGER_WEEK = key("pension.ae.trigger.week", Unit.GBP, Period.WEEK,
            "Auto-enrolment earnings trigger, weekly pay reference period");
    public static final RateKey PENSION_AE_TRIGGER_FORTNIGHT = key("pension.ae.trigger.fortnight", Unit.GBP, Period.FORTNIGHT,
            "Auto-enrolment earnings trigger, fortnightly");
    public static final RateKey PENSION_AE_TRIGGER_FOUR_WEEKS = key("pension.ae.trigger.four_weeks", Unit.GBP, Period.FOUR_WEEKS,
            "Auto-enrolment earnings trigger, four-weekly");
    public static final RateKey PENSION_AE_TRIGGER_MONTH = key("pension.ae.trigger.month", Unit.GBP, Period.MONTH,
            "Auto-enrolment earnings trigger, monthly");
    public static final RateKey PENSION_AE_LOWER_WEEK = key("pension.ae.lower.week", Unit.GBP, Period.WEEK,
            "Qualifying earnings lower limit, weekly");
    public static final RateKey PENSION_AE_LOWER_FORTNIGHT = key("pension.ae.lower.fortnight", Unit.GBP, Period.FORTNIGHT,
            "Qualifying earnings lower limit, fortnightly");
    public static final RateKey PENSION_AE_LOWER_FOUR_WEEKS = key("pension.ae.lower.four_weeks", Unit.GBP, Period.FOUR_WEEKS,
            "Qualifying earnings lower limit, four-weekly");
    public static final RateKey PENSION_AE_LOWER_MONTH = key("pension.ae.lower.month", Unit.GBP, Period.MONTH,
            "Qualifying earnings lower limit, monthly");
    public static final RateKey PENSION_AE_UPPER_WEEK = key("pension.ae.upper.week", Unit.GBP, Period.WEEK,
            "Qualifying earnings upper limit, weekly");
    public static final RateKey PENSION_AE_UPPER_FORTNIGHT = key("pension.ae.upper.fortnight", Unit.GBP, Period.FORTNIGHT,
            "Qualifying earnings upper limit, fortnightly");
    public static final RateKey PENSION_AE_UPPER_FOUR_WEEKS = key("pension.ae.upper.four_weeks", Unit.GBP, Period.FOUR_WEEKS,
            "Qualifying earnings upper limit, four-weekly");
    public static final RateKey PENSION_AE_UPPER_MONTH = key("pension.ae.upper.month", Unit.GBP, Period.MONTH,
            "Qualifying earnings upper limit, monthly");
    public static final RateKey PENSION_AE_EMPLOYEE_RATE = key("pension.ae.employee_rate", Unit.RATE, Period.NONE,
            "Minimum worker contribution on qualifying earnings (net pay arrangement)");

    // Housing Benefit (HB Regs 2006, working age), weekly
    public static final RateKey HB_PERSONAL_ALLOWANCE_SINGLE_UNDER_25 = key("hb.personal_allowance.single_under_25", Unit.GBP, Period.WEEK,
            "HB personal allowance, single under 25");
    public static final RateKey HB_PERSONAL_ALLOWANCE_SINGLE_25_PLUS = key("hb.personal_allowance.single_25_plus", Unit.GBP, Period.WEEK,
            "HB personal allowance, single 25 or over");
    public static final RateKey HB_PERSONAL_ALLOWANCE_LONE_PARENT_UNDER_18 = key("hb.personal_allowance.lone_parent_under_18", Unit.GBP, Period.WEEK,
            "HB personal allowance, lone parent under 18");
    public static final RateKey HB_PERSONAL_ALLOWANCE_LONE_PARENT_18_PLUS = key("hb.personal_allowance.lone_parent_18_plus", Unit.GBP, Period.WEEK,
            "HB personal allowance, lone parent 18 or over");
    public static final RateKey HB_PERSONAL_ALLOWANCE_COUPLE_BOTH_UNDER_18 = key("hb.personal_allowance.couple_both_under_18", Unit.GBP, Period.WEEK,
            "HB personal allowance, couple both under 18");
    public static final RateKey HB_PERSONAL_ALLOWANCE_COUPLE_ONE_18_PLUS = key("hb.personal_allowance.couple_one_18_plus", Unit.GBP, Period.WEEK,
            "HB personal allowance, couple at least one 18 or over");
    public static final RateKey HB_CHILD_ALLOWANCE = key("hb.child_allowance", Unit.GBP, Period.WEEK,
            "HB personal allowance for each child or young person");
    public static final RateKey HB_PREMIUM_DISABILITY_SINGLE = key("hb.premium.disability.single", Unit.GBP, Period.WEEK,
            "HB disability premium, single or lone parent");
    public static final RateKey HB_PREMIUM_DISABILITY_COUPLE = key("hb.premium.disability.couple", Unit.GBP, Period.WEEK,
            "HB disability premium, couple");
    public static final RateKey HB_PREMIUM_ENHANCED_DISABILITY_SINGLE = key("hb.premium.enhanced_disability.single", Unit.GBP, Period.WEEK,
            "HB enhanced disability premium, single or lone parent");
    public static final RateKey HB_PREMIUM_ENHANCED_DISABILITY_COUPLE = key("hb.premium.enhanced_disability.couple", Unit.GBP, Period.WEEK,
            "HB enhanced disability premium, couple");
    public static final RateKey HB_PREMIUM_ENHANCED_DISABILITY_CHILD = key("hb.premium.enhanced_disability.child", Unit.GBP, Period.WEEK,
            "HB enhanced disability premium, each child");
    public static final RateKey HB_PREMIUM_DISABLED_CHILD = key("hb.premium.disabled_child", Unit.GBP, Period.WEEK,
            "HB disabled child premium, each child");
    public static final RateKey HB_PREMIUM_CARER = key("hb.premium.carer", Unit.GBP, Period.WEEK,
            "HB carer premium, each carer");
    public static final RateKey HB_COMPONENT_SUPPORT = key("hb.component.support", Unit.GBP, Period.WEEK,
            "HB support component (LCWRA)");
    public static final RateKey HB_DISREGARD_SINGLE = key("hb.disregard.single", Unit.GBP, Period.WEEK,
            "HB earnings disregard, single claimant");
    public static final RateKey HB_DISREGARD_COUPLE = key("hb.disregard.couple", Unit.GBP, Period.WEEK,
            "HB earnings disregard, couple");
    public static final RateKey HB_DISREGARD_LONE_PARENT = key("hb.disregard.lone_parent", Unit.GBP, Period.WEEK,
            "HB earnings disregard, lone parent");
    public static final RateKey HB_DISREGARD_HIGHER = key("hb.disregard.higher", Unit.GBP, Period.WEEK,
            "HB earnings disregard where a disability or carer premium or support component is included");
    public static final RateKey HB_DISREGARD_ADDITIONAL = key("hb.disregard.additional", Unit.GBP, Period.WEEK,
            "HB additional earnings disregard (Sch 4 para 17)");
    public static final RateKey HB_DISREGARD_ADDITIONAL_HOURS_25_PLUS = key("hb.disregard.additional.hours_25_plus", Unit.HOURS, Period.NONE,
            "Hours a week for the additional disregard for a claimant aged 25 or over");
    public static final RateKey HB_DISREGARD_ADDITIONAL_HOURS_FAMILY = key("hb.disregard.additional.hours_family", Unit.HOURS, Period.NONE,
            "Hours a week for the additional disregard for lone parents, families and disabled workers");
    public static final RateKey HB_DISREGARD_ADDITIONAL_AGE = key("hb.disregard.additional.age", Unit.YEARS, Period.NONE,
            "Age for the 30-hour limb of the additional disregard");
    public static final RateKey HB_DISREGARD_SPECIFIED_ACCOMMODATION_SINGLE_UNDER_25 = key("hb.disregard.specified_accommodation.single_under_25", Unit.GBP, Period.WEEK,
            "HB Sch 4 para 18 disregard, single or lone parent under 25 (0 before it came into force)");
    public static final RateKey HB_DISREGARD_SPECIFIED_ACCOMMODATION_SINGLE_25_PLUS = key("hb.disregard.specified_accommodation.single_25_plus", Unit.GBP, Period.WEEK,
            "HB Sch 4 para 18 disregard, single or lone parent 25 or over");
    public static final RateKey HB_DISREGARD_SPECIFIED_ACCOMMODATION_COUPLE_BOTH_UNDER_18 = key("hb.disregard.specified_accommodation.couple_both_under_18", Unit.GBP, Period.WEEK,
            "HB Sch 4 para 18 disregard, couple both under 18");
    public static final RateKey HB_DISREGARD_SPECIFIED_ACCOMMODATION_COUPLE_UNDER_25 = key("hb.disregard.specified_accommodation.couple_under_25", Unit.GBP, Period.WEEK,
            "HB Sch 4 para 18 disregard, couple one 18 or over both under 25");
    public static final RateKey HB_DISREGARD_SPECIFIED_ACCOMMODATION_COUPLE_25_PLUS = key("hb.disregard.specified_accommodation.couple_25_plus", Unit.GBP, Period.WEEK,
            "HB Sch 4 para 18 disregard, couple one 25 or over");
    public static final RateKey HB_CHILDCARE_MAX_ONE_CHILD = key("hb.childcare.max_one_child", Unit.GBP, Period.WEEK,
            "HB childcare charges disregard maximum, one child");
    public static final RateKey HB_CHILDCARE_MAX_TWO_OR_MORE = key("hb.childcare.max_two_or_more", Unit.GBP, Period.WEEK,
            "HB childcare charges disregard maximum, two or more children");
    public static final RateKey HB_CHILDCARE_HOURS = key("hb.childcare.hours", Unit.HOURS, Period.NONE,
            "Hours a week each relevant parent must work for the childcare disregard");
    public static final RateKey HB_TAPER = key("hb.taper", Unit.RATE, Period.NONE,
            "HB taper on income above the applicable amount (reg 71)");
    public static final RateKey HB_MINIMUM_AWARD = key("hb.minimum_award", Unit.GBP, Period.WEEK,
            "HB is not paid below this weekly amount (reg 75)");
    public static final RateKey HB_CAPITAL_LOWER_LIMIT = key("hb.capital.lower_limit", Unit.GBP, Period.NONE,
            "HB capital below which no tariff income is assumed");
    public static final RateKey HB_CAPITAL_UPPER_LIMIT = key("hb.capital.upper_limit", Unit.GBP, Period.NONE,
            "HB capital limit (working age)");
    public static final RateKey HB_CAPITAL_TARIFF_STEP = key("hb.capital.tariff_step", Unit.GBP, Period.NONE,
            "HB tariff income: each step of capital (or part) above the lower limit");
    public static final RateKey HB_CAPITAL_TARIFF_PER_STEP = key("hb.capital.tariff_per_step", Unit.GBP, Period.WEEK,
            "HB tariff income per step of capital");
    public static final RateKey HB_NON_DEP_REMUNERATIVE_HOURS = key("hb.non_dep.remunerative_hours", Unit.HOURS, Period.NONE,
            "Hours a week of work from which a non-dependant's deduction depends on income");
    public static final RateKey HB_NON_DEP_MIN_AGE = key("hb.non_dep.min_age", Unit.YEARS, Period.NONE,
            "Age below which no non-dependant deduction is made");
    public static final RateKey HB_NON_DEP_DEDUCTION_BAND_1 = key("hb.non_dep.deduction.band_1", Unit.GBP, Period.WEEK,
            "HB non-dependant deduction, not in remunerative work or lowest income band");
    public static final RateKey HB_NON_DEP_DEDUCTION_BAND_2 = key("hb.non_dep.deduction.band_2", Unit.GBP, Period.WEEK,
            "HB non-dependant deduction, band 2");
    public static final RateKey HB_NON_DEP_DEDUCTION_BAND_3 = key("hb.non_dep.deduction.band_3", Unit.GBP, Period.WEEK,
            "HB non-dependant deduction, band 3");
    public static final RateKey HB_NON_DEP_DEDUCTION_BAND_4 = key("hb.non_dep.deduction.band_4", Unit.GBP, Period.WEEK,
            "HB non-dependant deduction, band 4");
    public static final RateKey HB_NON_DEP_DEDUCTION_BAND_5 = key("hb.non_dep.deduction.band_5", Unit.GBP, Period.WEEK,
            "HB non-dependant deduction, band 5");
    public static final RateKey HB_NON_DEP_DEDUCTION_BAND_6 = key("hb.non_dep.deduction.band_6", Unit.GBP, Period.WEEK,
            "HB non-dependant deduction, top band");
    public static final RateKey HB_NON_DEP_THRESHOLD_BAND_2 = key("hb.non_dep.threshold.band_2", Unit.GBP, Period.WEEK,
            "Gross weekly income from which band 2 applies");
    public static final RateKey HB_NON_DEP_THRESHOLD_BAND_3 = key("hb.non_dep.threshold.band_3", Unit.GBP, Period.WEEK,
            "Gross weekly income from which band 3 applies");
    public static final RateKey HB_NON_DEP_THRESHOLD_BAND_4 = key("hb.non_dep.threshold.band_4", Unit.GBP, Period.WEEK,
            "Gross weekly income from which band 4 applies");
    public static final RateKey HB_NON_DEP_THRESHOLD_BAND_5 = key("hb.non_dep.threshold.band_5", Unit.GBP, Period.WEEK,
            "Gross weekly income from which band 5 applies");
    public static final RateKey HB_NON_DEP_THRESHOLD_BAND_6 = key("hb.non_dep.threshold.band_6", Unit.GBP, Period.WEEK,
            "Gross weekly income from which the top band applies");
    public static final RateKey HB_INELIGIBLE_MEALS_FULL_ADULT = key("hb.ineligible.meals.full_adult", Unit.GBP, Period.WEEK,
            "HB flat-rate meals deduction, three or more meals a day, each person 16 or over");
    public static final RateKey HB_INELIGIBLE_MEALS_FULL_CHILD = key("hb.ineligible.meals.full_child", Unit.GBP, Period.WEEK,
            "HB flat-rate meals deduction, three or more meals a day, each person under 16");
    public static final RateKey HB_INELIGIBLE_MEALS_PART_ADULT = key("hb.ineligible.meals.part_adult", Unit.GBP, Period.WEEK,
            "HB flat-rate meals deduction, fewer than three meals a day, each person 16 or over");
    public static final RateKey HB_INELIGIBLE_MEALS_PART_CHILD = key("hb.ineligible.meals.part_child", Unit.GBP, Period.WEEK,
            "HB flat-rate meals deduction, fewer than three meals a day, each person under 16");
    public static final RateKey HB_INELIGIBLE_MEALS_BREAKFAST = key("hb.ineligible.meals.breakfast", Unit.GBP, Period.WEEK,
            "HB flat-rate meals deduction, breakfast only, each person");
    public static final RateKey HB_INELIGIBLE_FUEL_HEATING = key("hb.ineligible.fuel.heating", Unit.GBP, Period.WEEK,
            "HB flat-rate fuel deduction, heating");
    public static final RateKey HB_INELIGIBLE_FUEL_HOT_WATER = key("hb.ineligible.fuel.hot_water", Unit.GBP, Period.WEEK,
            "HB flat-rate fuel deduction, hot water");
    public static final RateKey HB_INELIGIBLE_FUEL_LIGHTING = key("hb.ineligible.fuel.lighting", Unit.GBP, Period.WEEK,
            "HB flat-rate fuel deduction, lighting");
    public static final RateKey HB_INELIGIBLE_FUEL_COOKING = key("hb.ineligible.fuel.cooking", Unit.GBP, Period.WEEK,
            "HB flat-rate fuel deduction, cooking");

    /** All keys, in catalogue order. */
    public static List<RateKey> all() { return Collections.unmodifiableList(new ArrayList<>(BY_ID.values())); }

    public static Optional<RateKey> byId(String id) { return Optional.ofNullable(BY_ID.get(id)); }
}
