package uk.betteroff.ui.resident;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.household.CouncilChoice;
import uk.betteroff.ui.form.Form;
import uk.betteroff.ui.form.FormGrid;

/**
 * Resident mode: the same calculation with a few plain questions on one screen, large type, and the answer in
 * a few sentences once the questions that matter are answered. It starts empty; nothing is saved; "New resident"
 * wipes everything; going back to adviser mode is a button that asks first, and brings the adviser's case back.
 */
public final class ResidentView {
    private final VBox root = new VBox(16);
    private final TextField first;

    /** {@code confirm} asks a yes/no question (a dialog in the app, an answer in tests). */
    public ResidentView(ResidentViewModel vm, java.util.function.Predicate<String> confirm) {
        root.getStyleClass().add("resident");
        Label heading = new Label(Messages.get("resident.heading"));
        heading.getStyleClass().add("resident-heading");
        Label intro = new Label(Messages.get("resident.intro"));
        intro.setWrapText(true);
        FormGrid g = new FormGrid();
        first = Form.text(vm.age(), Messages.plain("resident.age"));
        first.setId("resident-age");
        g.row("resident.age", first, Form.withError(first, vm.age()));
        ChoiceBox<WorkCapability> wc = Form.choice(vm.healthProperty(), List.of(WorkCapability.values()),
                "resident.work_capability", Messages.plain("resident.work_capability"));
        wc.setId("resident-health");
        g.row("resident.work_capability", wc, wc);
        ChoiceBox<ResidentViewModel.Answer> partner = yesNo(vm.partnerProperty(), "resident.partner", "resident-partner");
        g.row("resident.partner", partner, partner);
        TextField partnerAge = Form.text(vm.partnerAge(), Messages.plain("resident.partner_age"));
        partnerAge.setId("resident-partner-age");
        g.row("resident.partner_age", partnerAge, Form.withError(partnerAge, vm.partnerAge()),
                vm.partnerProperty().isEqualTo(ResidentViewModel.Answer.YES));
        ChoiceBox<ResidentViewModel.Answer> children = yesNo(vm.childrenProperty(), "resident.children", "resident-children");
        g.row("resident.children", children, children);
        TextField ages = Form.text(vm.childAges(), Messages.plain("resident.children.ages"), Messages.get("resident.children.ages.help"));
        ages.setPromptText(Messages.get("resident.children.ages.prompt"));
        ages.setId("resident-child-ages");
        g.row("resident.children.ages", ages, Form.withError(ages, vm.childAges()), vm.childrenProperty().isEqualTo(ResidentViewModel.Answer.YES));
        ChoiceBox<Tenure> tenure = Form.choice(vm.tenureProperty(), List.of(Tenure.SUPPORTED, Tenure.TEMPORARY, Tenure.SOCIAL,
                Tenure.PRIVATE, Tenure.OWNER, Tenure.NONE), "tenure", Messages.plain("resident.tenure"));
        tenure.setId("resident-tenure");
        g.row("resident.tenure", tenure, tenure);
        ChoiceBox<ResidentViewModel.Answer> london = yesNo(vm.londonProperty(), "resident.london", "resident-london");
        g.row("resident.london", london, london);
        Form.Amount rent = Form.amount(vm.household().rent(), Messages.plain("resident.rent"));
        rent.field().setId("resident-rent");
        g.row("resident.rent", rent.field(), rent.node(),
                Bindings.createBooleanBinding(() -> vm.tenureProperty().get() != null && vm.tenureProperty().get().renting(), vm.tenureProperty()));
        TextField bedrooms = Form.text(vm.bedrooms(), Messages.plain("resident.bedrooms"));
        bedrooms.setId("resident-bedrooms");
        g.row("resident.bedrooms", bedrooms, Form.withError(bedrooms, vm.bedrooms()), vm.tenureProperty().isEqualTo(Tenure.SOCIAL));
        ChoiceBox<ResidentViewModel.Answer> ct = yesNo(vm.councilTaxProperty(), "resident.council_tax", "resident-council-tax");
        g.row("resident.council_tax", ct, ct);
        var paysCouncilTax = vm.councilTaxProperty().isEqualTo(ResidentViewModel.Answer.YES);
        TextField ctAmount = Form.text(vm.household().councilTax().money(), Messages.plain("resident.council_tax.amount"));
        ctAmount.setId("resident-council-tax-amount");
        g.row("resident.council_tax.amount", ctAmount, Form.withError(ctAmount, vm.household().councilTax().money()), paysCouncilTax);
        ComboBox<CouncilChoice> council = new ComboBox<>(vm.household().councils());
        council.valueProperty().bindBidirectional(vm.household().councilProperty());
        council.setPromptText(Messages.get("council_tax.council.none"));
        council.setAccessibleText(Messages.plain("resident.council"));
        council.setMaxWidth(Double.MAX_VALUE);
        council.setId("resident-council");
        g.row("resident.council", council, council, paysCouncilTax);
        TextField hours = Form.text(vm.hours(), Messages.plain("resident.hours"));
        hours.setId("resident-hours");
        g.row("resident.hours", hours, Form.withError(hours, vm.hours()));
        TextField wage = Form.text(vm.wage(), Messages.plain("resident.wage"));
        wage.setId("resident-wage");
        if (!vm.minimumWage().isEmpty()) wage.setPromptText(Messages.format("resident.wage.prompt", vm.minimumWage()));
        g.row("resident.wage", wage, Form.withError(wage, vm.wage()));

        Label answer = new Label();
        answer.textProperty().bind(vm.answerProperty());
        answer.accessibleTextProperty().bind(vm.answerProperty());
        answer.setWrapText(true);
        answer.getStyleClass().add("resident-answer");
        answer.setId("resident-answer");
        answer.setFocusTraversable(true);
        Form.showWhen(answer, vm.answerProperty().isNotEmpty());
        Label problems = new Label();
        problems.textProperty().bind(vm.messageProperty());
        problems.accessibleTextProperty().bind(vm.messageProperty());
        problems.setWrapText(true);
        problems.getStyleClass().add("result-message");
        problems.setId("resident-message");
        Form.showWhen(problems, vm.messageProperty().isNotEmpty());

        Button fresh = new Button(Messages.get("resident.new"));
        fresh.setId("resident-new");
        fresh.setMnemonicParsing(true);
        fresh.setOnAction(e -> {
            if (confirm.test(Messages.get("resident.new.confirm"))) {
                vm.newResident();
                first.requestFocus();
            }
        });
        Button back = new Button(Messages.get("resident.back"));
        back.setId("resident-back");
        back.setMnemonicParsing(true);
        back.setOnAction(e -> {
            if (confirm.test(Messages.get("resident.back.confirm"))) vm.main().leaveResidentMode();
        });
        // the two ways out sit at the top, where they stay in sight however long the questions run
        root.getChildren().addAll(new HBox(16, fresh, back), heading, intro, g.node(), answer, problems);
        root.setMaxWidth(900);
        // each time the screen is shown, typing starts at the first question (not at the buttons above it)
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) javafx.application.Platform.runLater(first::requestFocus);
        });
    }

    /** A yes/no question that starts unanswered. */
    private static ChoiceBox<ResidentViewModel.Answer> yesNo(javafx.beans.property.ObjectProperty<ResidentViewModel.Answer> p, String key, String id) {
        ChoiceBox<ResidentViewModel.Answer> c = Form.choice(p, List.of(ResidentViewModel.Answer.values()), "resident.answer", Messages.plain(key));
        c.setId(id);
        return c;
    }

    public Node node() { return root; }

    public TextField firstField() { return first; }

}
