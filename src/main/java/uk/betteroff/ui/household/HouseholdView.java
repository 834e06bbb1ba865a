package uk.betteroff.ui.household;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.betteroff.kernel.household.Child;
import uk.betteroff.kernel.household.DisabilityBenefit;
import uk.betteroff.kernel.household.Nation;
import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.household.SharedAccommodationException;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.form.Form;
import uk.betteroff.ui.form.FormGrid;

/** The household in compact sections, in the order an adviser asks: people, children, home, council tax, savings. */
public final class HouseholdView {
    private final HouseholdViewModel vm;
    private final VBox root = new VBox(10);
    private final VBox childrenBox = new VBox(6);
    private final VBox nonDependantsBox = new VBox(6);
    private TextField firstField;

    public HouseholdView(HouseholdViewModel vm, Node caseNameRow) {
        this.vm = vm;
        root.getStyleClass().add("household");
        root.getChildren().addAll(caseNameRow, assessment(), heading("section.people"), people(), heading("section.children"), children(),
                heading("section.non_dependants"), nonDependants(),
                heading("section.home"), home(), heading("section.council_tax"), councilTax(), heading("section.income"), savings());
    }

    public Node node() { return root; }

    /** The first field (focused when the window opens). */
    public TextField firstField() { return firstField; }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("section-heading");
        l.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        return l;
    }

    private Node assessment() {
        FormGrid g = new FormGrid();
        TextField date = Form.text(vm.date(), Messages.plain("household.date"), Messages.get("household.date.help"));
        date.setPromptText("dd/mm/yyyy");
        date.setId("household-date");
        firstField = date;
        g.row("household.date", date, Form.withError(date, vm.date()));
        ChoiceBox<Nation> nation = Form.choice(vm.nationProperty(), List.of(Nation.values()), "nation", Messages.plain("household.nation"));
        g.row("household.nation", nation, nation);
        return g.node();
    }

    private Node people() {
        VBox box = new VBox(8);
        CheckBox couple = Form.check(vm.coupleProperty(), "household.couple");
        couple.setId("household-couple");
        box.getChildren().add(couple);
        box.getChildren().add(person(0, null));
        // The second adult's fields are built the first time "couple" is ticked (most households are single, and the
        // window opens sooner without them); they then stay, shown only while it is ticked, as before.
        Form.whenFirstTrue(vm.coupleProperty(), vm.coupleProperty()::get, () -> box.getChildren().add(person(1, vm.coupleProperty())));
        return box;
    }

    private Node person(int i, javafx.beans.value.ObservableBooleanValue visible) {
        AdultViewModel a = vm.adult(i);
        String who = Messages.format("person.n", i + 1);
        FormGrid g = new FormGrid();
        Label title = new Label(who);
        title.getStyleClass().add("person-heading");
        g.wide(title, null);
        TextField age = Form.text(a.age(), who + ", " + Messages.plain("person.age"));
        age.setPrefColumnCount(4);
        age.setId("person" + (i + 1) + "-age");
        g.row(i == 0 ? "person.age" : "person.age.plain", age, Form.withError(age, a.age()));
        ChoiceBox<WorkCapability> wc = Form.choice(a.workCapabilityProperty(), List.of(WorkCapability.values()), "work_capability",
                who + ", " + Messages.plain("person.work_capability"));
        g.row(i == 0 ? "person.work_capability" : "person.work_capability.plain", wc, wc);
        ChoiceBox<DisabilityBenefit> db = Form.choice(a.disabilityBenefitProperty(), List.of(DisabilityBenefit.values()), "disability_benefit",
                who + ", " + Messages.plain("person.disability_benefit"));
        g.row(i == 0 ? "person.disability_benefit" : "person.disability_benefit.plain", db, db);
        CheckBox carer = Form.check(a.carerProperty(), i == 0 ? "person.carer" : "person.carer.plain");
        carer.setAccessibleText(who + ", " + Messages.plain("person.carer"));
        g.wide(carer, null);
        VBox incomes = new VBox(4);
        Button add = new Button(Messages.get(i == 0 ? "person.add_income" : "person.add_income.plain"));
        add.setMnemonicParsing(true);
        add.setAccessibleText(who + ", " + Messages.plain("person.add_income"));
        Runnable rebuild = () -> {
            incomes.getChildren().clear();
            for (IncomeViewModel in : a.incomes()) incomes.getChildren().add(income(a, in, who));
        };
        a.incomes().addListener((ListChangeListener<IncomeViewModel>) c -> rebuild.run());
        add.setOnAction(e -> {
            a.addIncome();
            focusFirstField(incomes.getChildren().getLast());
        });
        g.wide(new VBox(4, incomes, add), null);
        Form.showWhen(g.node(), visible);
        return g.node();
    }

    private Node income(AdultViewModel a, IncomeViewModel in, String who) {
        ChoiceBox<UnearnedIncome.Type> type = Form.choice(in.typeProperty(), List.of(UnearnedIncome.Type.values()), "unearned_income",
                who + ", " + Messages.plain("income.type"));
        Form.Amount amt = Form.amount(in.amount(), who + ", " + Messages.plain("income.amount"));
        Button remove = new Button("✕");
        remove.setAccessibleText(who + ", " + Messages.get("income.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("income.remove")));
        remove.setOnAction(e -> a.removeIncome(in));
        Label typeLabel = Form.label("income.type", type);
        Label amountLabel = Form.label("income.amount", amt.field());
        type.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(6, 4, together(typeLabel, type), together(amountLabel, amt.node()), remove);
        row.getStyleClass().add("list-row");
        return row;
    }

    private Node children() {
        Label none = new Label(Messages.get("children.none"));
        none.visibleProperty().bind(Bindings.isEmpty(vm.children()));
        none.managedProperty().bind(none.visibleProperty());
        Runnable rebuild = () -> {
            childrenBox.getChildren().clear();
            for (int i = 0; i < vm.children().size(); i++) childrenBox.getChildren().add(child(i, vm.children().get(i)));
        };
        vm.children().addListener((ListChangeListener<ChildViewModel>) c -> rebuild.run());
        rebuild.run();
        Button add = new Button(Messages.get("child.add"));
        add.setMnemonicParsing(true);
        add.setAccessibleText(Messages.plain("child.add"));
        add.setId("child-add");
        add.setOnAction(e -> {
            vm.addChild();
            focusFirstField(childrenBox.getChildren().getLast());
        });
        return new VBox(6, none, childrenBox, add);
    }

    /** Other adults in the home (non-dependants): each with age, gross income, hours and whether they are exempt. */
    private Node nonDependants() {
        Label none = new Label(Messages.get("non_dependants.none"));
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(vm.nonDependants()));
        none.managedProperty().bind(none.visibleProperty());
        Runnable rebuild = () -> {
            nonDependantsBox.getChildren().clear();
            for (int i = 0; i < vm.nonDependants().size(); i++)
                nonDependantsBox.getChildren().add(nonDependant(i, vm.nonDependants().get(i)));
        };
        vm.nonDependants().addListener((ListChangeListener<NonDependantViewModel>) c -> rebuild.run());
        rebuild.run();
        Button add = new Button(Messages.get("non_dependant.add"));
        add.setMnemonicParsing(true);
        add.setAccessibleText(Messages.plain("non_dependant.add"));
        add.setId("non_dependant-add");
        add.setOnAction(e -> {
            vm.addNonDependant();
            focusFirstField(nonDependantsBox.getChildren().getLast());
        });
        return new VBox(6, none, nonDependantsBox, add);
    }

    private Node nonDependant(int i, NonDependantViewModel n) {
        String who = Messages.format("non_dependant.n", i + 1);
        String id = "non_dependant" + (i + 1) + "-";
        Label title = new Label(who);
        title.getStyleClass().add("person-heading");
        TextField age = Form.text(n.age(), who + ", " + Messages.get("non_dependant.age"));
        age.setPrefColumnCount(3);
        age.setId(id + "age");
        Form.Amount income = Form.amount(n.grossIncome(), who + ", " + Messages.get("non_dependant.gross_income"),
                Messages.get("non_dependant.gross_income.help"));
        income.field().setId(id + "gross_income");
        income.per().setId(id + "gross_income-per");
        TextField hours = Form.text(n.hours(), who + ", " + Messages.get("non_dependant.hours"), Messages.get("non_dependant.hours.help"));
        hours.setPrefColumnCount(4);
        hours.setId(id + "hours");
        CheckBox exempt = Form.check(n.exemptProperty(), "non_dependant.exempt");
        exempt.setAccessibleText(who + ", " + Messages.get("non_dependant.exempt"));
        exempt.setAccessibleHelp(Messages.get("non_dependant.exempt.help"));
        exempt.setTooltip(new javafx.scene.control.Tooltip(Messages.get("non_dependant.exempt.help")));
        exempt.setId(id + "exempt");
        Button remove = new Button("✕");
        remove.setAccessibleText(who + ", " + Messages.get("non_dependant.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("non_dependant.remove")));
        remove.setId(id + "remove");
        remove.setOnAction(e -> vm.removeNonDependant(n));
        // each label kept beside its field when the row wraps
        FlowPane row = new FlowPane(10, 4, title, together(Form.label("non_dependant.age", age), Form.withError(age, n.age())),
                together(Form.label("non_dependant.gross_income", income.field()), income.node()),
                together(Form.label("non_dependant.hours", hours), Form.withError(hours, n.hours())), together(exempt, remove));
        row.getStyleClass().add("list-row");
        return row;
    }

    private Node child(int i, ChildViewModel c) {
        String who = Messages.format("child.n", i + 1);
        Label title = new Label(who);
        title.getStyleClass().add("person-heading");
        TextField age = Form.text(c.age(), who + ", " + Messages.get("child.age"));
        age.setPrefColumnCount(3);
        Label ageLabel = Form.label("child.age", age);
        ChoiceBox<Child.Disability> dis = Form.choice(c.disabilityProperty(), List.of(Child.Disability.values()), "child_disability",
                who + ", " + Messages.get("child.disability"));
        dis.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label disLabel = Form.label("child.disability", dis);
        ChoiceBox<ChildViewModel.SexChoice> sex = Form.choice(c.sexProperty(), List.of(ChildViewModel.SexChoice.values()), "child_sex",
                who + ", " + Messages.get("child.sex"));
        sex.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label sexLabel = Form.label("child.sex", sex);
        CheckBox before = Form.check(c.bornBefore2017Property(), "child.born_before_2017");
        before.setAccessibleText(who + ", " + Messages.get("child.born_before_2017"));
        Button remove = new Button("✕");
        remove.setAccessibleText(who + ", " + Messages.get("child.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("child.remove")));
        remove.setOnAction(e -> vm.removeChild(c));
        age.setId("child" + (i + 1) + "-age");
        remove.setId("child" + (i + 1) + "-remove");
        FlowPane row = new FlowPane(6, 4, title, together(ageLabel, Form.withError(age, c.age())), together(disLabel, dis), together(sexLabel, sex),
                before, remove);
        row.getStyleClass().add("list-row");
        // Aged 16 or over: a qualifying young person (UC Regs 2013 reg 5), or else an adult in the home; asked, never assumed.
        CheckBox qyp = Form.check(c.qualifyingYoungPersonProperty(), "child.qualifying_young_person");
        qyp.setAccessibleText(who + ", " + Messages.get("child.qualifying_young_person"));
        qyp.setAccessibleHelp(Messages.get("child.qualifying_young_person.help"));
        qyp.setTooltip(new javafx.scene.control.Tooltip(Messages.get("child.qualifying_young_person.help")));
        qyp.setId("child" + (i + 1) + "-qualifying_young_person");
        Button move = new Button(Messages.get("child.move_to_adults"));
        move.setAccessibleText(who + ", " + Messages.get("child.move_to_adults"));
        move.setId("child" + (i + 1) + "-move_to_adults");
        move.setOnAction(e -> {
            vm.moveToAdultsInTheHome(c);
            focusFirstField(nonDependantsBox.getChildren().getLast());
        });
        move.visibleProperty().bind(c.sixteenOrOverProperty().and(c.qualifyingYoungPersonProperty().not()));
        move.managedProperty().bind(move.visibleProperty());
        qyp.setWrapText(true); // the question is long: it wraps in a narrow pane rather than widening the form
        VBox older = new VBox(4, qyp, move);
        Form.showWhen(older, c.sixteenOrOverProperty());
        return new VBox(4, row, older);
    }

    private Node home() {
        FormGrid g = new FormGrid();
        ChoiceBox<Tenure> tenure = Form.choice(vm.tenureProperty(), List.of(Tenure.SUPPORTED, Tenure.TEMPORARY, Tenure.SOCIAL, Tenure.PRIVATE,
                Tenure.OWNER, Tenure.NONE), "tenure", Messages.plain("home.tenure"));
        tenure.setId("home-tenure");
        g.row("home.tenure", tenure, tenure);
        BooleanBinding renting = Bindings.createBooleanBinding(() -> vm.tenureProperty().get().renting(), vm.tenureProperty());
        Form.Amount rent = Form.amount(vm.rent(), Messages.plain("home.rent"), Messages.get("home.rent.help"));
        rent.field().setId("home-rent");
        rent.per().setId("home-rent-per");
        g.row("home.rent", rent.field(), rent.node(), renting);
        Form.Amount inel = Form.amount(vm.ineligibleCharges(), Messages.plain("home.ineligible_charges"), Messages.get("home.ineligible_charges.help"));
        g.row("home.ineligible_charges", inel.field(), inel.node(), renting);
        // meals and fuel in the rent: HB's flat-rate deductions (HB Regs 2006 Sch 1), for supported and temporary accommodation
        BooleanBinding hbTenure = Bindings.createBooleanBinding(() -> vm.tenureProperty().get().housingBenefitAlongsideUc(), vm.tenureProperty());
        ChoiceBox<RentIncludes.Meals> meals = Form.choice(vm.mealsProperty(), List.of(RentIncludes.Meals.values()), "meals",
                Messages.plain("home.meals"));
        meals.setAccessibleHelp(Messages.get("home.meals.help"));
        meals.setTooltip(new javafx.scene.control.Tooltip(Messages.get("home.meals.help")));
        meals.setId("home-meals");
        g.row("home.meals", meals, meals, hbTenure);
        FlowPane fuel = new FlowPane(8, 4);
        for (RentIncludes.Fuel f : RentIncludes.Fuel.values()) {
            CheckBox box = Form.check(vm.fuelProperty(f), "fuel." + f.name().toLowerCase(java.util.Locale.ROOT));
            box.setAccessibleText(Messages.plain("home.fuel") + ", " + Messages.plain("fuel." + f.name().toLowerCase(java.util.Locale.ROOT)));
            box.setId("home-fuel-" + f.name().toLowerCase(java.util.Locale.ROOT));
            fuel.getChildren().add(box);
        }
        Label fuelLabel = new Label(Messages.get("home.fuel"));
        fuelLabel.getStyleClass().add("field-label");
        fuelLabel.setWrapText(true);
        g.wide(new VBox(2, fuelLabel, fuel), hbTenure);
        // a social tenant's bedrooms and a private tenant's LHA rate: made when that tenure is first chosen
        g.rowWhenFirstNeeded("home.bedrooms", () -> {
            TextField beds = Form.text(vm.bedrooms(), Messages.plain("home.bedrooms"));
            beds.setPrefColumnCount(3);
            beds.setId("home-bedrooms");
            return new FormGrid.Made(beds, Form.withError(beds, vm.bedrooms()));
        }, vm.tenureProperty().isEqualTo(Tenure.SOCIAL));
        g.rowWhenFirstNeeded("home.lha_rate", () -> {
            Form.Amount lha = Form.amount(vm.lhaRate(), Messages.plain("home.lha_rate"), Messages.get("home.lha_rate.help"));
            lha.field().setId("home-lha_rate");
            return new FormGrid.Made(lha.field(), lha.node());
        }, vm.tenureProperty().isEqualTo(Tenure.PRIVATE));
        // a private tenant's BRMA: with no LHA rate typed, its rate for the household's category is used (the working says which and why)
        g.rowWhenFirstNeeded("home.brma", () -> {
            ComboBox<BrmaChoice> brma = new ComboBox<>(vm.brmasInNation());
            brma.valueProperty().bindBidirectional(vm.brmaProperty());
            brma.setAccessibleText(Messages.plain("home.brma"));
            brma.setAccessibleHelp(Messages.get("home.brma.help"));
            brma.setTooltip(new javafx.scene.control.Tooltip(Messages.get("home.brma.help")));
            brma.setMaxWidth(Double.MAX_VALUE);
            brma.setId("home-brma");
            return new FormGrid.Made(brma, brma);
        }, vm.tenureProperty().isEqualTo(Tenure.PRIVATE));
        g.rowWhenFirstNeeded("home.shared_accommodation_exception", () -> {
            ChoiceBox<SharedAccommodationException> e = Form.choice(vm.sharedAccommodationExceptionProperty(),
                    List.of(SharedAccommodationException.values()), "shared_accommodation_exception", Messages.plain("home.shared_accommodation_exception"));
            e.setId("home-shared_accommodation_exception");
            return new FormGrid.Made(e, e);
        }, vm.tenureProperty().isEqualTo(Tenure.PRIVATE));
        g.wideWhenFirstNeeded(() -> {
            Label category = new Label();
            category.textProperty().bind(vm.lhaCategoryProperty());
            category.setWrapText(true);
            category.setId("home-lha_category");
            return category;
        }, vm.tenureProperty().isEqualTo(Tenure.PRIVATE).and(vm.lhaCategoryProperty().isNotEmpty()));
        return g.node();
    }

    /**
     * Council tax: whether it is paid and, for a household that pays it, the charge and the council whose reduction
     * scheme applies (England) or the nation's scheme. Those rows are made the first time "pays council tax" is
     * ticked, or at once for a case that pays it (the window opens sooner without them); they then stay, shown only
     * while it is ticked.
     */
    private Node councilTax() {
        FormGrid g = new FormGrid();
        CheckBox liable = Form.check(vm.councilTaxLiableProperty(), "council_tax.liable");
        liable.setId("council_tax-liable");
        g.wide(liable, null);
        BooleanBinding england = vm.nationProperty().isEqualTo(Nation.ENGLAND);
        g.rowWhenFirstNeeded("council_tax.charge", () -> {
            Form.Amount charge = Form.amount(vm.councilTax(), Messages.plain("council_tax.charge"), Messages.get("council_tax.charge.help"));
            charge.field().setId("council_tax-charge");
            return new FormGrid.Made(charge.field(), charge.node());
        }, vm.councilTaxLiableProperty());
        // the council is found in every nation: choosing one sets the nation and the London setting (in Wales and Scotland
        // its Council Tax Reduction is the national scheme)
        javafx.beans.value.ObservableBooleanValue needsCouncil = vm.councilTaxLiableProperty();
        g.rowWhenFirstNeeded("council_tax.search", () -> {
            TextField search = new TextField();
            search.textProperty().bindBidirectional(vm.councilSearchProperty());
            search.setPromptText(Messages.get("council_tax.search.prompt"));
            search.setAccessibleText(Messages.plain("council_tax.search"));
            search.setId("council_tax-search");
            // Enter in the search box picks the first council found, so the list is usable without the mouse.
            search.setOnAction(e -> {
                if (!vm.councilsFound().isEmpty()) vm.councilProperty().set(vm.councilsFound().getFirst());
            });
            return new FormGrid.Made(search, search);
        }, needsCouncil);
        g.rowWhenFirstNeeded("council_tax.council", () -> {
            ComboBox<CouncilChoice> council = new ComboBox<>(vm.councilsFound());
            council.valueProperty().bindBidirectional(vm.councilProperty());
            council.setPromptText(Messages.get("council_tax.council.none"));
            council.setAccessibleText(Messages.plain("council_tax.council"));
            council.setMaxWidth(Double.MAX_VALUE);
            council.setId("council_tax-council");
            return new FormGrid.Made(council, council);
        }, needsCouncil);
        g.wideWhenFirstNeeded(() -> {
            Label note = new Label(Messages.get("council_tax.estimate.note"));
            note.setWrapText(true);
            note.setId("council_tax-estimate-note");
            return note;
        }, vm.ctrEstimatedProperty());
        g.rowWhenFirstNeeded("council_tax.estimate.maximum", () -> {
            TextField max = Form.text(vm.ctrMaximumPercent(), Messages.plain("council_tax.estimate.maximum"));
            max.setTooltip(new javafx.scene.control.Tooltip(Messages.get("council_tax.estimate.maximum.help")));
            max.setId("council_tax-estimate-maximum");
            return new FormGrid.Made(max, Form.withError(max, vm.ctrMaximumPercent()));
        }, vm.ctrEstimatedProperty());
        g.rowWhenFirstNeeded("council_tax.estimate.taper", () -> {
            TextField taper = Form.text(vm.ctrTaperPercent(), Messages.plain("council_tax.estimate.taper"));
            taper.setTooltip(new javafx.scene.control.Tooltip(Messages.get("council_tax.estimate.taper.help")));
            taper.setId("council_tax-estimate-taper");
            return new FormGrid.Made(taper, Form.withError(taper, vm.ctrTaperPercent()));
        }, vm.ctrEstimatedProperty());
        g.wideWhenFirstNeeded(() -> {
            Label national = new Label(Messages.get("council_tax.national_scheme"));
            national.setWrapText(true);
            return national;
        }, vm.councilTaxLiableProperty().and(england.not()));
        CheckBox london = Form.check(vm.londonProperty(), "household.london");
        g.wide(london, null);
        return g.node();
    }

    private Node savings() {
        FormGrid g = new FormGrid();
        TextField cap = Form.text(vm.capital(), Messages.plain("household.capital"));
        g.row("household.capital", cap, Form.withError(cap, vm.capital()));
        return g.node();
    }

    /**
     * A label and its field as one piece of a row that wraps: when the household pane is narrow, the pair moves to
     * the next line together, rather than the label ending one line and its drop-down starting the next.
     */
    private static Node together(Node label, Node field) {
        HBox pair = new HBox(6, label, field);
        pair.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pair.getStyleClass().add("field-pair");
        return pair;
    }

    private static void focusFirstField(Node n) {
        if (n instanceof TextField t) {
            t.requestFocus();
            return;
        }
        if (n instanceof javafx.scene.Parent p)
            for (Node c : p.getChildrenUnmodifiable()) {
                Node found = c.lookup(".text-field");
                if (found != null) {
                    found.requestFocus();
                    return;
                }
            }
    }
}
