package uk.betteroff.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.betteroff.kernel.ctr.CtrEstimate;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.CouncilId;
import uk.betteroff.kernel.household.Limits;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Council;
import uk.betteroff.kernel.household.Councils;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.money.Rate;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.yaml.Fields;
import uk.betteroff.yaml.SmallFiles;
import uk.betteroff.yaml.YNode;
import uk.betteroff.yaml.YNode.YList;
import uk.betteroff.yaml.YNode.YMap;
import uk.betteroff.yaml.YNode.YScalar;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;
import uk.betteroff.yaml.YamlReader;

/**
 * Reads a case file strictly: unknown keys and bad values are refused with file, line and a message a
 * person can act on ("line 14: hours must be between 0 and 100, got 160"); omitted optional keys take the
 * defaults in docs/design.md. All problems in a file are reported together.
 */
public final class CaseReader {
    public static final String FORMAT = "betteroff-case/1";
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal MAX_MONEY = Limits.MONEY_MAX;
    /** Larger than any real case file (the biggest in the project is a few kilobytes): refused before it is read. */
    public static final long MAX_BYTES = 1 << 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Fields f;
    private final Councils councils;

    private CaseReader(String file, Councils councils) {
        this.f = new Fields(file);
        this.councils = councils;
    }

    /** Reads a case checking its {@code council} only for its form (lower case with hyphens). */
    public static CaseFile read(Path file) { return read(file, Councils.NONE); }

    /**
     * Reads a case checking its {@code council} against every council in the rates: an id not in the list is refused
     * with the nearest ids, a {@code nation} or {@code london} that contradicts the council's is refused, and either,
     * left out, is taken from the council.
     */
    public static CaseFile read(Path file, Councils councils) {
        try {
            return read(file.toString(), SmallFiles.readText(file, MAX_BYTES, "case file"), councils);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new YamlException(List.of(new YamlError(file.toString(), 1, "", "no such file")));
        } catch (SmallFiles.NotUtf8 e) {
            throw new YamlException(List.of(new YamlError(file.toString(), e.line(), "", "not a text file in UTF-8 (a byte on this line is not): is this a case file?")));
        } catch (SmallFiles.Refused e) {
            throw new YamlException(List.of(new YamlError(file.toString(), 1, "", e.getMessage())));
        } catch (IOException e) {
            throw new YamlException(List.of(new YamlError(file.toString(), 1, "", "could not be read: " + e.getMessage())));
        }
    }

    public static CaseFile read(String fileName, String text) { return read(fileName, text, Councils.NONE); }

    public static CaseFile read(String fileName, String text, Councils councils) {
        CaseReader r = new CaseReader(fileName, councils);
        YNode root = YamlReader.read(fileName, text);
        CaseFile c = r.caseFile(root);
        r.f.throwIfErrors();
        return c;
    }

    private CaseFile caseFile(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("format", "name", "date", "nation", "council", "london", "household", "housing", "scenarios",
                "expect", "tolerance", "tolerance_reason", "source", "draft"));
        String format = f.text(f.required(m, "format"));
        if (format != null && !format.equals(FORMAT)) f.error(m.entries().get("format"), "format must be " + FORMAT + ", got \"" + Fields.shown(format) + "\"");
        String name = f.optional(m, "name").map(f::text).orElse("");
        LocalDate date = f.date(f.required(m, "date"));
        Nation nation = f.optional(m, "nation").map(n -> f.choice(n, Nation.class, "nation")).orElse(Nation.ENGLAND);
        String council = f.optional(m, "council").map(f::text).orElse(null);
        if (council != null && !CouncilId.isValid(council))
            f.error(m.entries().get("council"), "council must be " + CouncilId.RULE + ", got \"" + Fields.shown(council) + "\"");
        boolean london = f.optional(m, "london").map(f::bool).orElse(Boolean.FALSE) == Boolean.TRUE;
        Optional<Council> known = council == null || !CouncilId.isValid(council) ? Optional.empty() : knownCouncil(m, council, date);
        if (known.isPresent()) {
            Council k = known.get();
            council = k.id();
            // left out, the nation and London follow the council; given, they must agree with it
            if (f.optional(m, "nation").isEmpty()) nation = k.nation();
            else if (nation != null && nation != k.nation())
                f.error(m.entries().get("nation"), "nation is " + CouncilNames.nationContradicts(nation, k) + ": give nation: "
                        + CouncilNames.word(k.nation()) + ", or leave nation out to take the council's");
            if (f.optional(m, "london").isEmpty()) london = k.london();
            else if (london != k.london())
                f.error(m.entries().get("london"), "london is " + CouncilNames.londonContradicts(london, k) + ": give london: " + k.london()
                        + ", or leave london out to take the council's");
        }
        Household household = f.optional(m, "household").map(this::household).orElse(null);
        if (household == null && m.entries().get("household") == null) f.error(m.line(), "household", "missing \"household\"");
        Housing housing = f.optional(m, "housing").map(this::housing).orElse(new Housing(Tenure.NONE, null, null, 0, null, null));
        List<Scenario> scenarios = new ArrayList<>();
        f.optional(m, "scenarios").map(f::list).ifPresent(l -> {
            Set<String> names = new HashSet<>();
            for (YNode s : l.items()) {
                Scenario sc = scenario(s, household == null ? 2 : household.adults().size());
                if (sc == null) continue;
                if (!names.add(sc.name())) f.error(s, "two scenarios are named \"" + sc.name() + "\"");
                scenarios.add(sc);
            }
        });
        Map<String, List<CaseFile.Expectation>> expect = f.optional(m, "expect").map(n -> expectations(n, scenarios)).orElse(Map.of());
        BigDecimal tol = f.optional(m, "tolerance").map(n -> f.number(n, "tolerance", ZERO, BigDecimal.ONE)).orElse(ZERO);
        Optional<String> tolReason = f.optional(m, "tolerance_reason").map(f::text);
        if (tol != null && tol.signum() > 0 && tolReason.isEmpty())
            f.error(m.entries().get("tolerance"), "a tolerance needs a tolerance_reason");
        Optional<String> source = f.optional(m, "source").map(f::text);
        Map<String, String> draft = f.optional(m, "draft").map(this::draft).orElse(Map.of());
        // a draft's field holds a stand-in until the text kept for it is corrected (a supported tenancy's rent of
        // nothing, say): what is said of that value is not said of the case
        f.errors().removeIf(e -> draft.containsKey(e.path()));
        // "household:" with nothing after it reads as no mapping at all, and must still be refused in words
        if (household == null && f.ok()) f.error(m.entries().getOrDefault("household", m), "household is empty: give its adults (household: {adults: [...]})");
        if (!f.ok() || date == null || household == null) return null;
        try {
            Circumstances c = new Circumstances(date, nation, council, london, household, housing);
            return new CaseFile(name, c, scenarios, expect, Money.of(tol == null ? ZERO : tol), tolReason, source, council, draft);
        } catch (IllegalArgumentException e) {
            f.error(m, e.getMessage());
            return null;
        }
    }

    /** The council in the list with this id (or an older id), if there is a list; an id not in it, or not in force on the date, is refused. */
    private Optional<Council> knownCouncil(YMap m, String id, LocalDate date) {
        if (!councils.known()) return Optional.empty();
        Optional<Council> c = councils.find(id);
        if (c.isEmpty()) {
            f.error(m.entries().get("council"), "council " + CouncilNames.unknown(id, councils));
            return Optional.empty();
        }
        CouncilNames.notInForce(c.get(), date).ifPresent(why -> f.error(m.entries().get("council"), "council \"" + id + "\": " + why));
        return c;
    }

    /**
     * A household record made from values already read: a rule the record itself holds (e.g. "a scenario needs a
     * name") is refused at the mapping's line and path like any other, never escaping without them.
     */
    private <T> T located(YNode at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            f.error(at, e.getMessage());
            return null;
        }
    }

    /** A draft's fields: a path in this format ("household.adults[0].age") → the text typed, not valid yet. */
    private Map<String, String> draft(YNode node) {
        YMap m = f.map(node);
        if (m == null) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        m.entries().forEach((path, value) -> {
            if (!path.matches(DRAFT_PATH)) f.error(value, "a draft field must be a path in the case like household.adults[0].age, got \"" + path + "\"");
            else if (!(value instanceof YScalar)) f.error(value, "a draft field's text must be written as text, e.g. \"3o\"");
            else {
                String typed = f.text(value);
                if (typed != null) out.put(path, typed);
            }
        });
        return out;
    }

    private static final String DRAFT_PATH = "[a-z_0-9]+(\\[\\d+])?(\\.[a-z_0-9]+(\\[\\d+])?)*";

    private Household household(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("adults", "children", "non_dependants", "capital"));
        List<Adult> adults = new ArrayList<>();
        YList al = f.list(f.required(m, "adults"));
        if (al != null) {
            if (al.items().isEmpty() || al.items().size() > 2) f.error(al, "adults must list 1 adult or 2 (a couple), got " + al.items().size());
            for (YNode a : al.items()) {
                Adult adult = adult(a);
                if (adult != null) adults.add(adult);
            }
        }
        List<Child> children = new ArrayList<>();
        f.optional(m, "children").map(f::list).ifPresent(l -> {
            if (l.items().size() > Limits.CHILDREN_MAX) f.error(l, "children lists " + l.items().size() + ", more than any household (at most " + Limits.CHILDREN_MAX + ")");
        });
        f.optional(m, "non_dependants").map(f::list).ifPresent(l -> {
            if (l.items().size() > Limits.NON_DEPENDANTS_MAX)
                f.error(l, "non_dependants lists " + l.items().size() + ", more than any household (at most " + Limits.NON_DEPENDANTS_MAX + ")");
        });
        f.optional(m, "children").map(f::list).ifPresent(l -> l.items().forEach(c -> {
            Child ch = child(c);
            if (ch != null) children.add(ch);
        }));
        List<NonDependant> nonDeps = new ArrayList<>();
        f.optional(m, "non_dependants").map(f::list).ifPresent(l -> l.items().forEach(n -> {
            NonDependant nd = nonDependant(n);
            if (nd != null) nonDeps.add(nd);
        }));
        BigDecimal capital = f.optional(m, "capital").map(n -> f.number(n, "capital", ZERO, MAX_MONEY)).orElse(ZERO);
        if (adults.isEmpty() || adults.size() > 2 || capital == null) return null;
        return located(m, () -> new Household(adults, children, nonDeps, Money.of(capital)));
    }

    private Adult adult(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("age", "work_capability", "disability_benefit", "carer", "unearned_income"));
        Integer age = f.integer(f.required(m, "age"), "age", Limits.ADULT_AGE_MIN, Limits.ADULT_AGE_MAX);
        WorkCapability wc = f.optional(m, "work_capability").map(n -> f.choice(n, WorkCapability.class, "work_capability")).orElse(WorkCapability.FIT);
        DisabilityBenefit db = f.optional(m, "disability_benefit").map(n -> f.choice(n, DisabilityBenefit.class, "disability_benefit")).orElse(DisabilityBenefit.NONE);
        Boolean carer = f.optional(m, "carer").map(f::bool).orElse(Boolean.FALSE);
        List<UnearnedIncome> income = new ArrayList<>();
        f.optional(m, "unearned_income").map(f::list).ifPresent(l -> l.items().forEach(u -> {
            YMap um = f.map(u);
            if (um == null) return;
            f.allowOnly(um, List.of("type", "amount", "per"));
            UnearnedIncome.Type type = f.choice(f.required(um, "type"), UnearnedIncome.Type.class, "type");
            Amount amount = amountFields(um, "amount");
            if (type != null && amount != null) {
                UnearnedIncome one = located(um, () -> new UnearnedIncome(type, amount));
                if (one != null) income.add(one);
            }
        }));
        if (age == null || wc == null || db == null || carer == null) return null;
        return located(m, () -> new Adult(age, wc, db, carer, income));
    }

    private Child child(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("age", "disability", "born_before_2017_04_06", "sex"));
        Integer age = f.integer(f.required(m, "age"), "a child's age", 0, Limits.CHILD_AGE_MAX);
        Child.Disability d = f.optional(m, "disability").map(n -> f.choice(n, Child.Disability.class, "disability")).orElse(Child.Disability.NONE);
        Boolean before = f.optional(m, "born_before_2017_04_06").map(f::bool).orElse(Boolean.FALSE);
        Optional<Child.Sex> sex = f.optional(m, "sex").map(n -> f.choice(n, Child.Sex.class, "sex"));
        if (age == null || d == null || before == null) return null;
        return located(m, () -> new Child(age, d, before, sex));
    }

    private NonDependant nonDependant(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("age", "gross_income", "hours", "exempt"));
        Integer age = f.integer(f.required(m, "age"), "a non-dependant's age", Limits.ADULT_AGE_MIN, Limits.ADULT_AGE_MAX);
        Amount income = f.optional(m, "gross_income").map(this::amount).orElse(Amount.NONE_WEEKLY);
        BigDecimal hours = f.optional(m, "hours").map(n -> f.number(n, "hours", ZERO, Limits.HOURS_MAX)).orElse(ZERO);
        Boolean exempt = f.optional(m, "exempt").map(f::bool).orElse(Boolean.FALSE);
        if (age == null || income == null || hours == null || exempt == null) return null;
        return located(m, () -> new NonDependant(age, income, hours, exempt));
    }

    private Housing housing(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("tenure", "rent", "ineligible_charges", "rent_includes", "bedrooms", "lha_rate", "brma",
                "shared_accommodation_exception", "council_tax"));
        Tenure tenure = f.optional(m, "tenure").map(n -> f.choice(n, Tenure.class, "tenure")).orElse(Tenure.NONE);
        // not Optional.map: a rent given but refused must stay refused (null), not become "no rent" and a second, wrong message
        Amount rent = f.optional(m, "rent").isPresent() ? amount(f.optional(m, "rent").get()) : Amount.NONE_WEEKLY;
        Amount inel = f.optional(m, "ineligible_charges").map(this::amount).orElse(Amount.NONE_WEEKLY);
        Integer bedrooms = f.optional(m, "bedrooms").map(n -> f.integer(n, "bedrooms", 0, Limits.BEDROOMS_MAX)).orElse(0);
        Amount lha = f.optional(m, "lha_rate").map(this::amount).orElse(Amount.of("0", Period.MONTH));
        Housing.CouncilTax ct = f.optional(m, "council_tax").map(this::councilTax).orElse(Housing.CouncilTax.NOT_LIABLE);
        RentIncludes includes = f.optional(m, "rent_includes").map(this::rentIncludes).orElse(RentIncludes.NOTHING);
        if (tenure == null || rent == null || inel == null || bedrooms == null || lha == null || ct == null || includes == null) return null;
        if (includes.any() && !tenure.housingBenefitAlongsideUc())
            f.error(m.entries().get("rent_includes"), "rent_includes (meals or fuel in the rent) applies to Housing Benefit tenures: supported or temporary, not "
                    + tenure.name().toLowerCase());
        if (tenure.renting() && rent.isZero())
            f.error(m.entries().getOrDefault("rent", m), "a " + tenure.name().toLowerCase() + " tenancy needs the rent (housing.rent)");
        String brma = brma(m, tenure);
        SharedAccommodationException exception = sharedAccommodationException(m, tenure);
        return located(m, () -> new Housing(tenure, rent, inel, bedrooms, lha, ct, includes).withBrma(brma, exception));
    }

    /** housing.brma: a private renter's Broad Rental Market Area, an id in rates/lha.yaml (checked against the rates when calculated). */
    private String brma(YMap m, Tenure tenure) {
        Optional<YNode> n = f.optional(m, "brma");
        if (n.isEmpty()) return null;
        String id = f.text(n.get());
        if (id == null) return null;
        if (!Limits.isHyphenatedId(id)) {
            f.error(n.get(), "brma must be a Broad Rental Market Area id: its name in lower case with hyphens (e.g. inner-south-east-london, lothian), got \""
                    + Fields.shown(id) + "\"");
            return null;
        }
        if (tenure != Tenure.PRIVATE) f.error(n.get(), "brma (the Broad Rental Market Area) applies to private renters, not " + tenure.name().toLowerCase());
        return id;
    }

    /** housing.shared_accommodation_exception: why a single private renter under 35 is not held to the shared rate (UC Sch 4 para 29). */
    private SharedAccommodationException sharedAccommodationException(YMap m, Tenure tenure) {
        Optional<YNode> n = f.optional(m, "shared_accommodation_exception");
        if (n.isEmpty()) return SharedAccommodationException.NONE;
        String s = f.text(n.get());
        if (s == null) return SharedAccommodationException.NONE;
        Optional<SharedAccommodationException> e = SharedAccommodationException.fromYaml(s);
        if (e.isEmpty()) {
            f.error(n.get(), "shared_accommodation_exception must be one of none, care_leaver, homeless_hostel, mappa, domestic_abuse, modern_slavery, got \"" + Fields.shown(s) + "\"");
            return SharedAccommodationException.NONE;
        }
        if (tenure != Tenure.PRIVATE && e.get() != SharedAccommodationException.NONE)
            f.error(n.get(), "shared_accommodation_exception applies to private renters, not " + tenure.name().toLowerCase());
        return e.get();
    }

    /** {meals: full, fuel: [heating, hot_water]}: what the rent includes without a separate charge (HB Regs 2006 Sch 1). */
    private RentIncludes rentIncludes(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("meals", "fuel"));
        RentIncludes.Meals meals = f.optional(m, "meals").map(n -> f.choice(n, RentIncludes.Meals.class, "meals")).orElse(RentIncludes.Meals.NONE);
        java.util.Set<RentIncludes.Fuel> fuel = java.util.EnumSet.noneOf(RentIncludes.Fuel.class);
        var fuelNode = f.optional(m, "fuel");
        if (fuelNode.isPresent()) {
            var list = f.list(fuelNode.get());
            if (list == null) return null;
            for (YNode item : list.items()) {
                RentIncludes.Fuel one = f.choice(item, RentIncludes.Fuel.class, "fuel");
                if (one == null) return null;
                if (!fuel.add(one)) f.error(item, "fuel lists " + one.name().toLowerCase() + " twice");
            }
        }
        if (meals == null) return null;
        return located(m, () -> new RentIncludes(meals, fuel));
    }

    private Housing.CouncilTax councilTax(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("amount", "per", "liable", "reduction_estimate"));
        Amount a = amountFields(m, "council_tax");
        Boolean liable = f.optional(m, "liable").map(f::bool).orElse(Boolean.TRUE);
        Optional<YNode> estimateNode = f.optional(m, "reduction_estimate");
        CtrEstimate estimate = estimateNode.map(this::reductionEstimate).orElse(CtrEstimate.DEFAULT_SCHEME);
        if (a == null || liable == null || estimate == null) return null;
        return located(m, () -> new Housing.CouncilTax(a, liable, estimate));
    }

    /**
     * The adviser's settings for a Council Tax Reduction estimated on the Default Scheme's pattern (used only where
     * the council's scheme is not in rates/ctr/): {maximum_percent: 100, taper_percent: 20}, each 0 to 100, either
     * left out for the Default Scheme's own.
     */
    private CtrEstimate reductionEstimate(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("maximum_percent", "taper_percent"));
        BigDecimal max = f.optional(m, "maximum_percent").map(n -> f.number(n, "maximum_percent", ZERO, HUNDRED))
                .orElse(CtrEstimate.DEFAULT_SCHEME.maximumPercent());
        BigDecimal taper = f.optional(m, "taper_percent").map(n -> f.number(n, "taper_percent", ZERO, HUNDRED))
                .orElse(CtrEstimate.DEFAULT_SCHEME.taperPercent());
        if (max == null || taper == null) return null;
        return new CtrEstimate(max, taper);
    }

    private Amount amount(YNode node) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("amount", "per"));
        return amountFields(m, "amount");
    }

    /** {amount: 250.00, per: week} read from the fields of a mapping that may hold other keys too. */
    private Amount amountFields(YMap m, String what) {
        BigDecimal amount = f.number(f.required(m, "amount"), what, ZERO, MAX_MONEY);
        YNode perNode = f.required(m, "per");
        Period per = null;
        if (perNode != null) {
            String t = f.text(perNode);
            per = t == null ? null : Period.fromYaml(t);
            if (t != null && (per == null || per == Period.NONE)) {
                f.error(perNode, "per must be one of week, fortnight, four_weeks, month, year; got \"" + t + "\"");
                per = null;
            }
        }
        if (amount == null || per == null) return null;
        return new Amount(Money.of(amount), per);
    }

    private Scenario scenario(YNode node, int adults) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("name", "jobs", "costs", "council_tax_reduction_entered"));
        String name = f.text(f.required(m, "name"));
        if (name != null && (name.equals("baseline") || name.isBlank())) f.error(m.entries().get("name"), "a scenario cannot be named \"" + name + "\"");
        List<Job> jobs = new ArrayList<>();
        f.optional(m, "jobs").map(f::list).ifPresent(l -> l.items().forEach(j -> {
            Job job = job(j, adults);
            if (job != null) jobs.add(job);
        }));
        Amount travel = Amount.NONE_WEEKLY;
        Amount childcare = Amount.of("0", Period.MONTH);
        var costs = f.optional(m, "costs").map(f::map);
        if (costs.isPresent()) {
            f.allowOnly(costs.get(), List.of("travel", "childcare"));
            travel = f.optional(costs.get(), "travel").map(this::amount).orElse(travel);
            childcare = f.optional(costs.get(), "childcare").map(this::amount).orElse(childcare);
        }
        // the reduction the adviser knows for this option (award letter, the council's calculator): shown as entered
        Optional<YNode> enteredNode = f.optional(m, "council_tax_reduction_entered");
        Amount ctrEntered = enteredNode.map(this::amount).orElse(null);
        if (name == null || travel == null || childcare == null || (enteredNode.isPresent() && ctrEntered == null)) return null;
        Amount travelCost = travel, childcareCost = childcare;
        return located(m, () -> new Scenario(name, jobs, travelCost, childcareCost, ctrEntered));
    }

    private Job job(YNode node, int adults) {
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("adult", "hours", "hourly_wage", "annual_salary", "pay", "pension"));
        Integer adult = f.optional(m, "adult").map(n -> f.integer(n, "adult", 1, adults)).orElse(1);
        BigDecimal hours = f.number(f.required(m, "hours"), "hours", ZERO, Limits.HOURS_MAX);
        var wageNode = f.optional(m, "hourly_wage");
        var salaryNode = f.optional(m, "annual_salary");
        if (wageNode.isPresent() == salaryNode.isPresent())
            f.error(m, "give either hourly_wage or annual_salary");
        Optional<Money> wage = wageNode.map(n -> f.number(n, "hourly_wage", ZERO, Limits.HOURLY_WAGE_MAX)).map(Money::of);
        Optional<Money> salary = salaryNode.map(n -> f.number(n, "annual_salary", ZERO, MAX_MONEY)).map(Money::of);
        Job.PayFrequency pay = f.optional(m, "pay").map(n -> f.choice(n, Job.PayFrequency.class, "pay")).orElse(Job.PayFrequency.WEEKLY);
        Job.Pension pension = f.optional(m, "pension").map(this::pension).orElse(new Job.Pension.None());
        if (adult == null || hours == null || pay == null || pension == null || wageNode.isPresent() == salaryNode.isPresent()
                || (wageNode.isPresent() && wage.isEmpty()) || (salaryNode.isPresent() && salary.isEmpty())) return null;
        return located(m, () -> new Job(adult, hours, wage, salary, pay, pension));
    }

    private Job.Pension pension(YNode node) {
        if (node instanceof YScalar s && s.type() == YScalar.Type.STRING) {
            return switch (s.text()) {
                case "none" -> new Job.Pension.None();
                case "auto" -> new Job.Pension.AutoEnrolment();
                default -> {
                    f.error(node, "pension must be auto, none or {employee_percent: 5}; got \"" + s.text() + "\"");
                    yield null;
                }
            };
        }
        YMap m = f.map(node);
        if (m == null) return null;
        f.allowOnly(m, List.of("employee_percent"));
        BigDecimal pct = f.number(f.required(m, "employee_percent"), "employee_percent", ZERO, Limits.PERCENT_MAX);
        return pct == null ? null : new Job.Pension.EmployeePercent(new Rate(pct.movePointLeft(2)));
    }

    private Map<String, List<CaseFile.Expectation>> expectations(YNode node, List<Scenario> scenarios) {
        YMap m = f.map(node);
        Map<String, List<CaseFile.Expectation>> out = new LinkedHashMap<>();
        if (m == null) return out;
        Set<String> columns = new HashSet<>();
        columns.add("baseline");
        scenarios.forEach(s -> columns.add(s.name()));
        for (var col : m.entries().entrySet()) {
            if (!columns.contains(col.getKey())) {
                f.error(m.keyLines().get(col.getKey()), col.getValue().path(), "expectations for \"" + col.getKey() + "\", which is not baseline or a scenario name");
                continue;
            }
            YMap figures = f.map(col.getValue());
            if (figures == null) continue;
            List<CaseFile.Expectation> list = new ArrayList<>();
            for (var fig : figures.entries().entrySet()) {
                int line = figures.keyLines().get(fig.getKey());
                if (!FigureIds.ALL.contains(fig.getKey())) {
                    f.error(line, fig.getValue().path(), "unknown figure \"" + fig.getKey() + "\"");
                    continue;
                }
                YMap pm = f.map(fig.getValue());
                if (pm == null) continue;
                f.allowOnly(pm, List.of("week", "month"));
                for (var p : pm.entries().entrySet()) {
                    BigDecimal v = f.number(p.getValue());
                    Period per = Period.fromYaml(p.getKey());
                    if (v != null && (per == Period.WEEK || per == Period.MONTH))
                        list.add(new CaseFile.Expectation(col.getKey(), fig.getKey(), per, v, p.getValue().line()));
                }
            }
            out.put(col.getKey(), list);
        }
        return out;
    }
}
