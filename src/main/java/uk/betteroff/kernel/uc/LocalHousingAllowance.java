package uk.betteroff.kernel.uc;

import static uk.betteroff.kernel.rates.RateKeys.UC_HOUSING_CARE_LEAVER_EXCEPTION_AGE;
import static uk.betteroff.kernel.rates.RateKeys.UC_HOUSING_SHARED_ACCOMMODATION_AGE;

import java.math.BigDecimal;
import java.util.List;

import uk.betteroff.kernel.Assumption;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Periods;
import uk.betteroff.kernel.rates.LhaArea;
import uk.betteroff.kernel.rates.LhaCategory;
import uk.betteroff.kernel.rates.LhaTable;
import uk.betteroff.kernel.rates.RatesAt;
import uk.betteroff.kernel.trace.TraceNode;

/**
 * The Local Housing Allowance rate that caps a private renter's rent (UC Regs 2013 Sch 4 paras 22-25): the rate the
 * adviser typed ({@code housing.lha_rate}), which always wins, or else the rate of the household's category
 * ({@link LhaSizeCriteria}) in its Broad Rental Market Area ({@code housing.brma}) from {@code rates/lha.yaml}.
 * A BRMA whose figures were not found, or no BRMA and no rate, is refused with what to enter instead.
 */
public final class LocalHousingAllowance {
    private LocalHousingAllowance() {}

    /** The monthly rate, how it reads in the cap's working ("the LHA rate entered"), and its trace node. */
    public record Rate(Money monthly, String words, TraceNode trace) {}

    public static Rate of(Circumstances c, RatesAt r, List<Assumption> assumptions) {
        Housing housing = c.housing();
        Household h = c.household();
        int sarAge = r.whole(UC_HOUSING_SHARED_ACCOMMODATION_AGE);
        LhaSizeCriteria.Result category = LhaSizeCriteria.of(h, housing.sharedAccommodationException(), sarAge,
                r.whole(UC_HOUSING_CARE_LEAVER_EXCEPTION_AGE));
        TraceNode.Builder categoryTrace = TraceNode.of("uc.housing.lha_category", "LHA category (size criteria)")
                .working(category.reason()).law(category.law().toArray(String[]::new)).rate(r.use(UC_HOUSING_SHARED_ACCOMMODATION_AGE));
        if (housing.sharedAccommodationException() == SharedAccommodationException.CARE_LEAVER)
            categoryTrace.rate(r.use(UC_HOUSING_CARE_LEAVER_EXCEPTION_AGE));
        TraceNode categoryNode = categoryTrace.build();
        Money entered = Periods.convert(housing.lhaRate().money(), housing.lhaRate().per(), Period.MONTH).roundHalfUpToPenny();
        if (!entered.isZero()) {
            // As before the BRMA table: a typed rate is used as given, and a single renter under the age is reminded of the rule.
            if (!h.couple() && !h.hasChildren() && h.eldestAdultAge() < sarAge)
                assumptions.add(new Assumption("uc.housing.shared_accommodation_rate",
                        "A single renter under " + sarAge + " without children is normally limited to the shared accommodation rate (UC Regs 2013 Sch 4 paras 27-29), unless an exception applies (e.g. a care leaver under " + r.whole(UC_HOUSING_CARE_LEAVER_EXCEPTION_AGE)
                                + ", or 3 months in a homeless hostel, at any age since 31 May 2021: para 29(2), (4)). The LHA rate entered is used as given."));
            TraceNode t = TraceNode.of("uc.housing.lha_rate", "Local Housing Allowance rate").amount(entered, Period.MONTH)
                    .working("The LHA rate entered: " + Periods.words(housing.lhaRate().money(), housing.lhaRate().per(), Period.MONTH) + " = "
                            + entered.format() + " (the category the household's size gives: " + category.category().words() + ")")
                    .law("UC Regs 2013 Sch 4 paras 22-25").child(categoryNode).build();
            return new Rate(entered, "the LHA rate entered", t);
        }
        if (housing.brma() == null)
            throw new Unsupported("A private renter needs the Local Housing Allowance rate that applies (housing.lha_rate) or the Broad Rental Market Area (housing.brma).");
        assumptions.addAll(category.assumptions());
        LhaArea area = area(r.book().lha(), housing.brma(), c);
        LhaArea.Dated dated = area.at(r.date()).orElseThrow(() -> new Unsupported(
                "The rates have no Local Housing Allowance for " + area.name() + " on " + r.date() + ": enter the LHA rate (housing.lha_rate)."));
        if (dated.notFound().isPresent())
            throw new Unsupported("The Local Housing Allowance rates for " + area.name() + " are not in the rates (" + dated.notFound().get()
                    + "). Enter the rate from the council or LHA Direct (housing.lha_rate).");
        LhaCategory cat = category.category();
        String rateId = "lha." + area.id() + "." + cat.yamlName();
        String held = " (determined on 31 January 2024, held for 2025 and 2026)";
        TraceNode.Builder t = TraceNode.of("uc.housing.lha_rate", "Local Housing Allowance rate")
                .law("UC Regs 2013 Sch 4 paras 22-25", "Rent Officers (Universal Credit Functions) Order 2013 Sch 1", "SI 2025/5", "SI 2026/5");
        Money monthly;
        if (dated.monthly().containsKey(cat)) {
            // Universal Credit's own monthly rate: the rent officers determine it separately from the weekly one.
            monthly = Money.of(dated.monthly().get(cat));
            t.working(area.name() + ", " + cat.words() + ": " + monthly.format() + " a month" + held)
                    .rate(new TraceNode.RateUse(rateId + ".monthly", monthly.format() + " a month", dated.source(), area.refs()));
        } else {
            BigDecimal weekly = dated.rates().get(cat);
            monthly = Periods.convert(Money.of(weekly), Period.WEEK, Period.MONTH).roundHalfUpToPenny();
            assumptions.add(new Assumption("uc.housing.lha_monthly",
                    "Universal Credit uses the monthly LHA the rent officers determine separately; for " + area.name()
                            + " only the weekly rate was found, so the monthly is taken as weekly × 52 ÷ 12 to the penny, which can differ from DWP's figure by a pound or two."));
            t.working(area.name() + ", " + cat.words() + ": " + Periods.words(Money.of(weekly), Period.WEEK, Period.MONTH) + " = " + monthly.format()
                            + held + "; UC's own monthly figure was not found")
                    .rate(new TraceNode.RateUse(rateId, Money.of(weekly).format() + " a week", dated.source(), area.refs()));
        }
        TraceNode node = t.amount(monthly, Period.MONTH).child(categoryNode).build();
        return new Rate(monthly, "the LHA rate for " + cat.words() + " in " + area.name(), node);
    }

    private static LhaArea area(LhaTable table, String id, Circumstances c) {
        if (table.isEmpty())
            throw new Unsupported("The rates in use have no Local Housing Allowance table (lha.yaml), so housing.brma \"" + id
                    + "\" cannot be used: enter the LHA rate (housing.lha_rate).");
        LhaArea area = table.area(id).orElseThrow(() -> new Unsupported("housing.brma \"" + id
                + "\" is not a Broad Rental Market Area in the rates (ids are the BRMA's name in lower case with hyphens, e.g. inner-south-east-london, lothian)."));
        if (table.until().isPresent() && c.date().isAfter(table.until().get()))
            throw new Unsupported("The Local Housing Allowance rates in the rates hold until " + table.until().get()
                    + " (SI 2026/5); later rates are not known: enter the LHA rate (housing.lha_rate).");
        if (area.nation() != c.nation())
            throw new Unsupported(area.name() + " is a Broad Rental Market Area in " + words(area.nation()) + ", but the case's nation is "
                    + words(c.nation()) + ".");
        return area;
    }

    private static String words(uk.betteroff.kernel.household.Nation n) {
        return switch (n) {
            case ENGLAND -> "England";
            case WALES -> "Wales";
            case SCOTLAND -> "Scotland";
        };
    }
}
