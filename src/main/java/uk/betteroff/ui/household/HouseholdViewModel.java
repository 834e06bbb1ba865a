package uk.betteroff.ui.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.NonDependant;
import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.input.AmountInput;
import uk.betteroff.ui.input.Changes;
import uk.betteroff.ui.input.Parsers;
import uk.betteroff.ui.input.Problems;
import uk.betteroff.ui.input.TextInput;

/**
 * The household section: people, children, home and rent, council tax and council, other income, savings
 * and the date of assessment. {@link #build} turns it into the kernel's {@link Circumstances}, recording
 * every refused field instead of guessing.
 */
public final class HouseholdViewModel {
    private final Runnable onChange;
    private final java.util.function.Supplier<LocalDate> today;

    private final TextInput<LocalDate> date;
    private final ObjectProperty<Nation> nation = new SimpleObjectProperty<>(this, "nation", Nation.ENGLAND);
    private final BooleanProperty london = new SimpleBooleanProperty(this, "london", false);
    private final BooleanProperty couple = new SimpleBooleanProperty(this, "couple", false);
    private final List<AdultViewModel> adults;
    private final ObservableList<ChildViewModel> children = FXCollections.observableArrayList();
    private final TextInput<Money> capital = new TextInput<>("household.capital", "", Parsers.money(true));

    private final ObjectProperty<Tenure> tenure = new SimpleObjectProperty<>(this, "tenure", Tenure.SUPPORTED);
    private final AmountInput rent = new AmountInput("home.rent", "", Period.WEEK);
    private final AmountInput ineligibleCharges = new AmountInput("home.ineligible_charges", "", Period.WEEK);
    private final TextInput<Integer> bedrooms = new TextInput<>("home.bedrooms", "1", Parsers.bedrooms());
    private final AmountInput lhaRate = new AmountInput("home.lha_rate", "", Period.MONTH);
    private final AmountInput councilTax = new AmountInput("council_tax.charge", "", Period.YEAR);
    private final BooleanProperty councilTaxLiable = new SimpleBooleanProperty(this, "councilTaxLiable", false);
    /** The adviser's settings for a Council Tax Reduction estimated where the council's scheme is not in the rates. */
    private final TextInput<java.math.BigDecimal> ctrMaximumPercent = new TextInput<>("council_tax.estimate.maximum", "100",
            Parsers.decimal(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100), false));
    private final TextInput<java.math.BigDecimal> ctrTaperPercent = new TextInput<>("council_tax.estimate.taper", "20",
            Parsers.decimal(java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100), false));
    private java.util.function.Predicate<String> hasScheme = id -> true;
    private final javafx.beans.property.ReadOnlyBooleanWrapper ctrEstimated = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "ctrEstimated", false);

    private final ObservableList<CouncilChoice> councils = FXCollections.observableArrayList();
    private final StringProperty councilSearch = new SimpleStringProperty(this, "councilSearch", "");
    private final FilteredList<CouncilChoice> councilsMatching = new FilteredList<>(councils);
    /** The councils matching the search, the best match first (CouncilChoice.rank), then by name. */
    private final SortedList<CouncilChoice> councilsFound = new SortedList<>(councilsMatching);
    private final ObjectProperty<CouncilChoice> council = new SimpleObjectProperty<>(this, "council");

    /** Other adults in the home, not part of the claim (non-dependants). */
    private final ObservableList<NonDependantViewModel> nonDependants = FXCollections.observableArrayList();
    /** Meals and fuel included in the rent of supported or temporary accommodation (HB Regs 2006 Sch 1). */
    private final ObjectProperty<RentIncludes.Meals> meals = new SimpleObjectProperty<>(this, "meals", RentIncludes.Meals.NONE);
    private final java.util.Map<RentIncludes.Fuel, BooleanProperty> fuel = new java.util.EnumMap<>(RentIncludes.Fuel.class);
    /** A private tenant's Broad Rental Market Area (rates/lha.yaml), the ones of the case's nation to choose from. */
    private final ObservableList<BrmaChoice> brmas = FXCollections.observableArrayList(BrmaChoice.NONE);
    private final FilteredList<BrmaChoice> brmasInNation = new FilteredList<>(brmas, c -> BrmaChoice.shownFor(c, Nation.ENGLAND));
    private final ObjectProperty<BrmaChoice> brma = new SimpleObjectProperty<>(this, "brma", BrmaChoice.NONE);
    /** The LHA category the last calculation worked out for a private tenant, and why (empty when none). */
    private final StringProperty lhaCategory = new SimpleStringProperty(this, "lhaCategory", "");
    /** Why a single private tenant under 35 is not held to the shared accommodation rate (UC Regs 2013 Sch 4 para 29), if so. */
    private final ObjectProperty<SharedAccommodationException> sharedAccommodationException =
            new SimpleObjectProperty<>(this, "sharedAccommodationException", SharedAccommodationException.NONE);

    /** The councils not yet put in the list (null once they are): made the first time the list is used. */
    private java.util.function.Supplier<? extends Collection<CouncilChoice>> councilsLater;

    public HouseholdViewModel(Collection<CouncilChoice> knownCouncils, java.util.function.Supplier<LocalDate> today, Runnable onChange) {
        this(() -> knownCouncils, today, onChange);
    }

    /**
     * As above, the councils made the first time the list is used (the council row made, a case's council chosen):
     * every council in Great Britain is some 350 choices the first frame need not wait for.
     */
    public HouseholdViewModel(java.util.function.Supplier<? extends Collection<CouncilChoice>> knownCouncils,
                              java.util.function.Supplier<LocalDate> today, Runnable onChange) {
        this.onChange = onChange;
        this.councilsLater = knownCouncils;
        this.today = today;
        this.date = new TextInput<>("household.date", Parsers.format(today.get()), Parsers.date());
        this.adults = List.of(new AdultViewModel(onChange), new AdultViewModel(onChange));
        for (RentIncludes.Fuel f : RentIncludes.Fuel.values()) {
            BooleanProperty b = new SimpleBooleanProperty(this, "fuel_" + f, false);
            fuel.put(f, b);
            Changes.watch(o -> onChange.run(), b);
        }
        councilSearch.addListener((o, was, now) -> {
            councilsMatching.setPredicate(c -> c.matches(now));
            councilsFound.setComparator(Comparator.<CouncilChoice>comparingInt(c -> c.rank(now)).thenComparing(CouncilChoice::name));
        });
        // choosing a council sets its nation and whether it is in the London benefit-cap area (its tax bands, CTR scheme, cap)
        council.addListener((o, was, now) -> {
            if (now == null) return;
            if (now.nation() != null) nation.set(now.nation());
            if (now.london() != null) london.set(now.london());
        });
        nation.addListener((o, was, now) -> brmasInNation.setPredicate(c -> BrmaChoice.shownFor(c, now)));
        Changes.watch(o -> onChange.run(), date.textProperty(), nation, london, couple, children, capital.textProperty(), tenure,
                rent.money().textProperty(), rent.perProperty(), ineligibleCharges.money().textProperty(), ineligibleCharges.perProperty(),
                bedrooms.textProperty(), lhaRate.money().textProperty(), lhaRate.perProperty(), councilTax.money().textProperty(),
                councilTax.perProperty(), councilTaxLiable, council, brma, sharedAccommodationException, nonDependants, meals,
                ctrMaximumPercent.textProperty(), ctrTaperPercent.textProperty());
        // the estimate's settings are shown, and read, only while the chosen council's scheme is not in the rates
        Changes.watch(o -> updateCtrEstimated(), councilTaxLiable, nation, council);
    }

    public TextInput<LocalDate> date() { return date; }
    public ObjectProperty<Nation> nationProperty() { return nation; }
    public BooleanProperty londonProperty() { return london; }
    public BooleanProperty coupleProperty() { return couple; }
    public AdultViewModel adult(int i) { return adults.get(i); }
    public ObservableList<ChildViewModel> children() { return children; }
    public TextInput<Money> capital() { return capital; }
    public ObjectProperty<Tenure> tenureProperty() { return tenure; }
    public AmountInput rent() { return rent; }
    public AmountInput ineligibleCharges() { return ineligibleCharges; }
    public TextInput<Integer> bedrooms() { return bedrooms; }
    public AmountInput lhaRate() { return lhaRate; }
    public AmountInput councilTax() { return councilTax; }
    public BooleanProperty councilTaxLiableProperty() { return councilTaxLiable; }
    public TextInput<java.math.BigDecimal> ctrMaximumPercent() { return ctrMaximumPercent; }
    public TextInput<java.math.BigDecimal> ctrTaperPercent() { return ctrTaperPercent; }

    /** True while the household pays council tax in England to a council whose scheme is not in the rates: the reduction is estimated. */
    public javafx.beans.property.ReadOnlyBooleanProperty ctrEstimatedProperty() { return ctrEstimated.getReadOnlyProperty(); }

    /** Which councils have a scheme file in the rates (the others' reductions are estimated). */
    public void setSchemes(java.util.function.Predicate<String> hasScheme) {
        this.hasScheme = hasScheme;
        updateCtrEstimated();
    }

    private void updateCtrEstimated() {
        CouncilChoice c = council.get();
        ctrEstimated.set(councilTaxLiable.get() && nation.get() == Nation.ENGLAND && c != null && !hasScheme.test(c.id()));
    }

    /** The estimate's settings: read from the fields while they are shown, else kept as they last were (or the Default Scheme's). */
    private uk.betteroff.kernel.ctr.CtrEstimate estimate(Problems p) {
        if (ctrEstimated.get()) {
            java.math.BigDecimal max = p.get(ctrMaximumPercent, ""), taper = p.get(ctrTaperPercent, "");
            return max == null || taper == null ? null : new uk.betteroff.kernel.ctr.CtrEstimate(max, taper);
        }
        java.math.BigDecimal max = ctrMaximumPercent.getValue(), taper = ctrTaperPercent.getValue();
        return max == null || taper == null ? uk.betteroff.kernel.ctr.CtrEstimate.DEFAULT_SCHEME : new uk.betteroff.kernel.ctr.CtrEstimate(max, taper);
    }
    public StringProperty councilSearchProperty() { return councilSearch; }
    /** The councils whose name or id contains the search text, the best match first. */
    public ObservableList<CouncilChoice> councilsFound() { return listed(councilsFound); }
    public ObservableList<CouncilChoice> councils() { return listed(councils); }

    /** {@code list}, once the councils are in it. */
    private <T> T listed(T list) {
        if (councilsLater != null) {
            var known = councilsLater.get();
            councilsLater = null;
            councils.setAll(known.stream().sorted(Comparator.comparing(CouncilChoice::name)).toList());
        }
        return list;
    }
    public ObjectProperty<CouncilChoice> councilProperty() { return council; }
    public ObservableList<NonDependantViewModel> nonDependants() { return nonDependants; }
    public ObjectProperty<RentIncludes.Meals> mealsProperty() { return meals; }
    public BooleanProperty fuelProperty(RentIncludes.Fuel f) { return fuel.get(f); }
    /** The BRMAs of the chosen nation, after "none (type the LHA rate)". */
    public ObservableList<BrmaChoice> brmasInNation() { return brmasInNation; }
    public ObjectProperty<BrmaChoice> brmaProperty() { return brma; }

    public StringProperty lhaCategoryProperty() { return lhaCategory; }
    public ObjectProperty<SharedAccommodationException> sharedAccommodationExceptionProperty() { return sharedAccommodationException; }

    /** Shows the LHA category and its reason from a calculation's out-of-work column (the working of uc.housing.lha_category). */
    public void showLhaCategory(uk.betteroff.kernel.result.ScenarioResult baseline) {
        String words = "";
        if (baseline != null && tenure.get() == Tenure.PRIVATE) {
            var housing = baseline.figures().get("uc_housing_element");
            if (housing != null && housing.trace() != null)
                words = housing.trace().find("uc.housing.lha_category").map(t -> Messages.format("home.lha_category", t.working())).orElse("");
        }
        lhaCategory.set(words);
    }

    /** Replaces the BRMA list (rates loaded or changed), keeping the chosen one by id. */
    public void setBrmas(Collection<BrmaChoice> known) {
        BrmaChoice chosen = brma.get();
        brmas.setAll(known.isEmpty() ? List.of(BrmaChoice.NONE) : known);
        selectBrma(chosen == null ? null : chosen.id());
    }

    /** Chooses the BRMA by id (as in a case file); an id the rates do not have is kept so the kernel can say so. */
    public void selectBrma(String id) {
        if (id == null) {
            brma.set(BrmaChoice.NONE);
            return;
        }
        BrmaChoice found = BrmaChoice.byId(brmas, id);
        if (found == null) {
            found = new BrmaChoice(id, id, nation.get(), false);
            brmas.add(found);
        }
        brma.set(found);
    }

    /** Replaces the council list (other rates chosen), keeping the chosen council if it is still there. */
    public void setCouncils(Collection<CouncilChoice> known) {
        CouncilChoice chosen = council.get();
        councilsLater = null;
        councils.setAll(known.stream().sorted(Comparator.comparing(CouncilChoice::name)).toList());
        selectCouncil(chosen == null ? null : chosen.id());
    }

    public ChildViewModel addChild() {
        ChildViewModel c = new ChildViewModel(onChange);
        children.add(c);
        return c;
    }

    public void removeChild(ChildViewModel c) { children.remove(c); }

    public NonDependantViewModel addNonDependant() {
        NonDependantViewModel n = new NonDependantViewModel(onChange);
        nonDependants.add(n);
        return n;
    }

    public void removeNonDependant(NonDependantViewModel n) { nonDependants.remove(n); }

    /**
     * A child aged 16 or over who is not a qualifying young person (UC Regs 2013 reg 5: in non-advanced education or
     * approved training) is not the household's child: they live in the home as another adult, with their own age.
     */
    public NonDependantViewModel moveToAdultsInTheHome(ChildViewModel c) {
        Integer age = c.age().getValue();
        children.remove(c);
        NonDependantViewModel n = addNonDependant();
        if (age != null && age >= uk.betteroff.kernel.household.Limits.ADULT_AGE_MIN) n.age().setText(Integer.toString(age));
        return n;
    }

    private RentIncludes rentIncludes() {
        java.util.Set<RentIncludes.Fuel> f = java.util.EnumSet.noneOf(RentIncludes.Fuel.class);
        fuel.forEach((k, v) -> { if (v.get()) f.add(k); });
        return new RentIncludes(meals.get(), f);
    }

    /** Chooses the council by its scheme id (as in a case file); an id with no scheme is kept so the kernel can say so. */
    public void selectCouncil(String id) {
        if (id == null || id.isBlank()) {
            council.set(null);
            return;
        }
        CouncilChoice found = councils().stream().filter(c -> c.isNamed(id)).findFirst().orElse(null);
        if (found == null) {
            found = new CouncilChoice(id, id);
            councils.add(found);
        }
        council.set(found);
    }

    /** The circumstances, or null with every refused field recorded in {@code p}. */
    public Circumstances build(Problems p) {
        LocalDate d = p.get(date, "");
        int n = couple.get() ? 2 : 1;
        List<Adult> as = new ArrayList<>();
        for (int i = 0; i < n; i++) as.add(adults.get(i).build(p, n == 1 ? "" : Messages.format("person.n", i + 1) + " — "));
        List<Child> cs = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) cs.add(children.get(i).build(p, Messages.format("child.n", i + 1) + " — "));
        List<NonDependant> nds = new ArrayList<>();
        for (int i = 0; i < nonDependants.size(); i++)
            nds.add(nonDependants.get(i).build(p, Messages.format("non_dependant.n", i + 1) + " — "));
        Money cap = p.get(capital, "");
        Tenure t = tenure.get();
        Amount rentA = t.renting() ? p.get(rent, "") : Amount.NONE_WEEKLY;
        Amount inel = t.renting() ? p.get(ineligibleCharges, "") : Amount.NONE_WEEKLY;
        Integer beds = t == Tenure.SOCIAL ? p.get(bedrooms, "") : Integer.valueOf(rentBedroomsOrOne());
        Amount lha = t == Tenure.PRIVATE ? p.get(lhaRate, "") : null;
        Amount ct = councilTaxLiable.get() ? p.get(councilTax, "") : null;
        uk.betteroff.kernel.ctr.CtrEstimate estimate = estimate(p);
        if (p.any()) return null;
        Housing.CouncilTax tax = councilTaxLiable.get() ? new Housing.CouncilTax(ct, true, estimate) : Housing.CouncilTax.NOT_LIABLE;
        // meals and fuel in the rent are Housing Benefit's (HB Regs 2006 Sch 1), so only for the tenures HB still pays rent for
        Housing housing = new Housing(t, rentA, inel, beds, lha, tax, t.housingBenefitAlongsideUc() ? rentIncludes() : RentIncludes.NOTHING);
        if (t == Tenure.PRIVATE) housing = housing.withBrma(brma.get() == null ? null : brma.get().id(), sharedAccommodationException.get());
        Household h = new Household(as, cs, nds, cap);
        String councilId = council.get() == null ? null : council.get().id();
        return new Circumstances(d, nation.get(), councilId, london.get(), h, housing);
    }

    private int rentBedroomsOrOne() {
        Integer b = bedrooms.getValue();
        return b == null ? 1 : b;
    }

    /** Fills every field from a case file's circumstances. */
    public void load(Circumstances c, String councilId) {
        date.setText(Parsers.format(c.date()));
        nation.set(c.nation());
        london.set(c.london());
        Household h = c.household();
        couple.set(h.couple());
        for (int i = 0; i < h.adults().size(); i++) adults.get(i).load(h.adults().get(i));
        if (!h.couple()) adults.get(1).reset();
        children.clear();
        for (Child ch : h.children()) addChild().load(ch);
        nonDependants.clear();
        for (NonDependant nd : h.nonDependants()) addNonDependant().load(nd);
        capital.setText(Parsers.format(h.capital(), true));
        Housing ho = c.housing();
        tenure.set(ho.tenure());
        rent.set(ho.rent());
        ineligibleCharges.set(ho.ineligibleCharges());
        bedrooms.setText(Integer.toString(ho.bedrooms()));
        lhaRate.set(ho.lhaRate());
        councilTax.set(ho.councilTax().charge());
        councilTaxLiable.set(ho.councilTax().liable());
        meals.set(ho.rentIncludes().meals());
        fuel.forEach((k, v) -> v.set(ho.rentIncludes().fuel().contains(k)));
        ctrMaximumPercent.setText(ho.councilTax().estimate().maximumPercent().stripTrailingZeros().toPlainString());
        ctrTaperPercent.setText(ho.councilTax().estimate().taperPercent().stripTrailingZeros().toPlainString());
        selectBrma(ho.brma());
        sharedAccommodationException.set(ho.sharedAccommodationException());
        selectCouncil(councilId != null ? councilId : c.council());
    }

    /** Back to an empty household (a new case or a new resident): nothing of the last one is kept. */
    public void reset() {
        date.setText(Parsers.format(today.get()));
        nation.set(Nation.ENGLAND);
        london.set(false);
        couple.set(false);
        adults.forEach(AdultViewModel::reset);
        children.clear();
        nonDependants.clear();
        meals.set(RentIncludes.Meals.NONE);
        fuel.values().forEach(v -> v.set(false));
        brma.set(BrmaChoice.NONE);
        sharedAccommodationException.set(SharedAccommodationException.NONE);
        capital.setText("");
        tenure.set(Tenure.SUPPORTED);
        rent.set(Amount.NONE_WEEKLY);
        ineligibleCharges.set(Amount.NONE_WEEKLY);
        bedrooms.setText("1");
        lhaRate.set(new Amount(Money.ZERO, Period.MONTH));
        councilTax.set(new Amount(Money.ZERO, Period.YEAR));
        councilTaxLiable.set(false);
        ctrMaximumPercent.setText("100");
        ctrTaperPercent.setText("20");
        councilSearch.set("");
        council.set(null);
    }

}
