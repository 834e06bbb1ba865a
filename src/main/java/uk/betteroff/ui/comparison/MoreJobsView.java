package uk.betteroff.ui.comparison;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import uk.betteroff.ui.form.Windows;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.form.Form;

/**
 * An option's further jobs, beyond each person's first in its column (issue 15 item 2: "he works 37.5, she works 12
 * in one job and 8 in another" is one option): each with its person, hours, hourly wage or yearly salary, pay
 * frequency and pension, added and removed with the keyboard or the mouse. The column shows a summary line per person;
 * this window, opened from it, the details.
 */
public final class MoreJobsView {
    private final Stage stage = new Stage();
    private final ScenarioViewModel option;
    private final VBox rows = new VBox(8);

    public MoreJobsView(ScenarioViewModel option, ObservableBooleanValue couple, Window owner, List<String> stylesheets, String rootStyle) {
        this.option = option;
        stage.initOwner(owner);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> Messages.get("app.title") + " — "
                + Messages.format("job.more.title", option.shownNameProperty().get()), option.shownNameProperty()));
        Label none = new Label(Messages.get("job.more.none"));
        none.setWrapText(true);
        Runnable rebuild = () -> {
            rows.getChildren().clear();
            for (int i = 0; i < option.moreJobs().size(); i++) rows.getChildren().add(row(i, option.moreJobs().get(i)));
        };
        option.moreJobs().addListener((ListChangeListener<JobViewModel>) c -> rebuild.run());
        rebuild.run();
        Button add1 = addButton(1), add2 = addButton(2);
        Form.showWhen(add2, couple);
        Button close = Windows.closeButton(Messages.get("job.more.close"), stage);
        close.setId("more_jobs-close");
        HBox buttons = new HBox(8, add1, add2, close);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox root = new VBox(10, none, scroll, buttons);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.setPadding(new javafx.geometry.Insets(10));
        root.setStyle(rootStyle);
        Windows.closingOnEscape(stage, root, 760, 420, stylesheets);
    }

    public Stage stage() { return stage; }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private Button addButton(int adult) {
        Button b = new Button(Messages.format("job.more.add.person", adult));
        b.setAccessibleText(Messages.format("scenario.n", option.number()) + ", " + Messages.format("job.more.add.person", adult));
        b.setId("more_jobs-add-person" + adult);
        b.setOnAction(e -> {
            option.addJob(adult);
            Node last = rows.getChildren().getLast();
            if (last.lookup(".text-field") != null) last.lookup(".text-field").requestFocus();
        });
        return b;
    }

    private Node row(int i, JobViewModel j) {
        String who = Messages.format("scenario.n", option.number()) + ", " + Messages.format("job.more.n", i + 1, j.adult()) + ", ";
        String id = "more_jobs-" + (i + 1) + "-";
        Label title = new Label(Messages.format("job.more.n", i + 1, j.adult()));
        title.getStyleClass().add("person-heading");
        TextField hours = Form.text(j.hours(), who + Messages.plain("job.hours"), Messages.get("job.hours.help"));
        hours.setPrefColumnCount(5);
        hours.setId(id + "hours");
        ChoiceBox<JobViewModel.PayKind> kind = Form.choice(j.payKindProperty(), List.of(JobViewModel.PayKind.values()), "pay_kind",
                who + Messages.get("job.pay_kind"));
        kind.setId(id + "pay_kind");
        TextField wage = Form.text(j.wage(), who + Messages.plain("job.wage"));
        wage.setPrefColumnCount(7);
        wage.setId(id + "wage");
        ChoiceBox<Job.PayFrequency> pay = Form.choice(j.payProperty(), List.of(Job.PayFrequency.values()), "pay_frequency", who + Messages.get("job.pay"));
        pay.setId(id + "pay");
        ChoiceBox<JobViewModel.PensionChoice> pension = Form.choice(j.pensionProperty(), List.of(JobViewModel.PensionChoice.values()),
                "pension_choice", who + Messages.plain("job.pension"));
        pension.setId(id + "pension");
        TextField pct = Form.text(j.pensionPercent(), who + Messages.get("job.pension_percent"));
        pct.setPrefColumnCount(3);
        HBox pctBox = new HBox(4, pct, new Label("%"));
        Form.showWhen(pctBox, j.pensionProperty().isEqualTo(JobViewModel.PensionChoice.PERCENT));
        Button remove = new Button("✕");
        remove.setAccessibleText(who + Messages.get("job.more.remove"));
        remove.setTooltip(new javafx.scene.control.Tooltip(Messages.get("job.more.remove")));
        remove.setId(id + "remove");
        remove.setOnAction(e -> option.removeJob(j));
        FlowPane row = new FlowPane(10, 4, title, pair(label("job.hours", hours), Form.withError(hours, j.hours())), pair(label("job.pay_kind", kind), kind),
                pair(label("job.wage", wage), Form.withError(wage, j.wage())), pair(label("job.pay", pay), pay),
                pair(label("job.pension", pension), new VBox(2, pension, Form.withError(pctBox, j.pensionPercent()))), remove);
        row.getStyleClass().add("list-row");
        return row;
    }

    /** A label without an Alt+letter: the main window's letters go to its own fields. */
    private static Label label(String key, Node target) {
        Label l = new Label(Messages.plain(key));
        l.setLabelFor(target);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Node pair(Node a, Node b) {
        HBox h = new HBox(6, a, b);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }
}
