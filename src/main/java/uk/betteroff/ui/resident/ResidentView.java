package uk.betteroff.ui.resident;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.WorkCapability;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.comparison.ComparisonViewModel;
import uk.betteroff.ui.form.Form;
import uk.betteroff.ui.form.FormGrid;

/**
 * Resident mode: the same calculation with a few plain questions, large type, and the answer in one
 * sentence. Nothing is saved; "New resident" wipes everything; going back to adviser mode is a button
 * that asks first.
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
        first = Form.text(vm.main().household().adult(0).age(), Messages.plain("resident.age"));
        first.setId("resident-age");
        g.row("resident.age", first, Form.withError(first, vm.main().household().adult(0).age()));
        ChoiceBox<WorkCapability> wc = Form.choice(vm.main().household().adult(0).workCapabilityProperty(), List.of(WorkCapability.values()),
                "work_capability", Messages.plain("resident.work_capability"));
        g.row("resident.work_capability", wc, wc);
        ChoiceBox<Tenure> tenure = Form.choice(vm.main().household().tenureProperty(), List.of(Tenure.SUPPORTED, Tenure.TEMPORARY, Tenure.SOCIAL,
                Tenure.PRIVATE, Tenure.OWNER, Tenure.NONE), "tenure", Messages.plain("resident.tenure"));
        g.row("resident.tenure", tenure, tenure);
        Form.Amount rent = Form.amount(vm.main().household().rent(), Messages.plain("resident.rent"));
        rent.field().setId("resident-rent");
        g.row("resident.rent", rent.field(), rent.node(),
                Bindings.createBooleanBinding(() -> vm.main().household().tenureProperty().get().renting(), vm.main().household().tenureProperty()));
        var job = vm.main().scenarios().slot(0).job(1);
        TextField hours = Form.text(job.hours(), Messages.plain("resident.hours"));
        hours.setId("resident-hours");
        g.row("resident.hours", hours, Form.withError(hours, job.hours()));
        TextField wage = Form.text(job.wage(), Messages.plain("resident.wage"));
        g.row("resident.wage", wage, Form.withError(wage, job.wage()));

        Label answer = new Label();
        answer.textProperty().bind(vm.answerProperty());
        answer.accessibleTextProperty().bind(vm.answerProperty());
        answer.setWrapText(true);
        answer.getStyleClass().add("resident-answer");
        answer.setId("resident-answer");
        answer.setFocusTraversable(true);
        Label problems = new Label();
        problems.textProperty().bind(vm.main().comparison().messageProperty());
        problems.setWrapText(true);
        problems.getStyleClass().add("result-message");
        problems.visibleProperty().bind(vm.main().comparison().stateProperty().isNotEqualTo(ComparisonViewModel.State.RESULTS));
        problems.managedProperty().bind(problems.visibleProperty());

        Button fresh = new Button(Messages.get("resident.new"));
        fresh.setId("resident-new");
        fresh.setMnemonicParsing(true);
        fresh.setOnAction(e -> {
            if (confirm.test(Messages.get("resident.new.confirm"))) {
                vm.main().newResident();
                first.requestFocus();
            }
        });
        Button back = new Button(Messages.get("resident.back"));
        back.setId("resident-back");
        back.setMnemonicParsing(true);
        back.setOnAction(e -> {
            if (confirm.test(Messages.get("resident.back.confirm"))) vm.main().leaveResidentMode();
        });
        root.getChildren().addAll(heading, intro, g.node(), answer, problems, new HBox(16, fresh, back));
        root.setMaxWidth(900);
    }

    public Node node() { return root; }

    public TextField firstField() { return first; }

}
