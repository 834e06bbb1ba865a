package uk.betteroff.ui.comparison;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.Messages;
import uk.betteroff.ui.form.Form;

/**
 * The comparison, side by side: one column for out of work and one per in-work option. The options'
 * inputs sit at the top of their own columns (tab runs down one option, then the next), the results
 * below; every figure is a button — click or Enter shows how it was worked out.
 */
public final class ComparisonView {
    private final ComparisonViewModel vm;
    private final ScenariosViewModel scenarios;
    private final ObservableBooleanValue couple;
    private final BiConsumer<String, CellViewModel> onWhy;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(8);
    private int row;

    public ComparisonView(ComparisonViewModel vm, ScenariosViewModel scenarios, ObservableBooleanValue couple, BiConsumer<String, CellViewModel> onWhy) {
        this.vm = vm;
        this.scenarios = scenarios;
        this.couple = couple;
        this.onWhy = onWhy;
        grid.getStyleClass().add("comparison");
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        labels.setPrefWidth(190);
        grid.getColumnConstraints().add(labels);
        for (int i = 0; i < ComparisonViewModel.COLUMNS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setMinWidth(120);
            c.setPrefWidth(150);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        headers();
        setScale(1.0);
        inputs();
        results();
        root.getChildren().addAll(periodToggle(), grid, messageArea(), assumptionsArea());
    }

    public Node node() { return root; }

    /** Widens the columns with the text size (100%-200% and resident type), so nothing is cut short: the pane scrolls instead. */
    public void setScale(double scale) {
        var cs = grid.getColumnConstraints();
        cs.get(0).setMinWidth(160 * scale);
        cs.get(0).setPrefWidth(190 * scale);
        for (int i = 1; i < cs.size(); i++) {
            cs.get(i).setMinWidth(140 * scale);
            cs.get(i).setPrefWidth(150 * scale);
        }
        grid.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private Node periodToggle() {
        ToggleGroup g = new ToggleGroup();
        RadioButton week = new RadioButton(Messages.get("comparison.weekly"));
        RadioButton month = new RadioButton(Messages.get("comparison.monthly"));
        week.setMnemonicParsing(true);
        month.setMnemonicParsing(true);
        week.setToggleGroup(g);
        month.setToggleGroup(g);
        week.setUserData(Period.WEEK);
        month.setUserData(Period.MONTH);
        Runnable sync = () -> (vm.periodProperty().get() == Period.MONTH ? month : week).setSelected(true);
        sync.run();
        vm.periodProperty().addListener(o -> sync.run());
        g.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) vm.periodProperty().set((Period) now.getUserData());
        });
        Label l = new Label(Messages.get("comparison.period"));
        Label hint = new Label(Messages.get("result.why"));
        hint.getStyleClass().add("hint");
        HBox box = new HBox(10, l, week, month);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (var n : List.of(l, week, month)) n.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setWrapText(true);
        return new VBox(4, box, hint);
    }

    private void headers() {
        Label out = new Label(Messages.get("comparison.out_of_work"));
        out.getStyleClass().add("column-heading");
        grid.add(out, 1, row);
        for (ScenarioViewModel s : scenarios.slots()) {
            CheckBox include = new CheckBox();
            include.textProperty().bind(s.shownNameProperty());
            include.selectedProperty().bindBidirectional(s.includedProperty());
            include.setAccessibleText(Messages.format("scenario.include", s.number()));
            include.getStyleClass().add("column-heading");
            include.setId("option" + s.number() + "-include");
            grid.add(include, 1 + s.number(), row);
        }
        row++;
    }

    /** Rows of the options' inputs; nodes are added column by column so Tab runs down each option. */
    private void inputs() {
        String[] rowKeys = {"scenario.name", "job.hours", "job.pay_kind", "job.wage", "job.pay", "job.pension", null,
                "job.hours.partner", "job.pay_kind.partner", "job.wage.partner", "job.pay.partner", "job.pension.partner",
                "costs.travel", "costs.childcare", "costs.ctr_known", "job.more"};
        int first = row;
        Label[] labels = new Label[rowKeys.length];
        for (int r = 0; r < rowKeys.length; r++) {
            Label l = rowKeys[r] == null ? new Label(Messages.format("person.n", 2)) : new Label(Messages.get(rowKeys[r]));
            l.setMnemonicParsing(rowKeys[r] != null);
            l.setWrapText(true);
            l.getStyleClass().add(rowKeys[r] == null ? "person-heading" : "field-label");
            grid.add(l, 0, first + r);
            if (partnerRow(r)) Form.showWhen(l, couple);
            labels[r] = l;
        }
        for (ScenarioViewModel s : scenarios.slots()) {
            int col = 1 + s.number();
            String option = Messages.format("scenario.n", s.number());
            TextField name = new TextField();
            name.textProperty().bindBidirectional(s.nameProperty());
            name.setPromptText(Messages.get("scenario.name.prompt"));
            name.setTooltip(new javafx.scene.control.Tooltip(Messages.get("scenario.name.help")));
            name.setAccessibleText(option + ", " + Messages.get("scenario.name"));
            List<Node> nodes = new java.util.ArrayList<>();
            nodes.add(name);
            nodes.addAll(job(s, s.job(1)));
            nodes.add(new Label());
            nodes.addAll(job(s, s.job(2)));
            nodes.add(stacked(Form.amount(s.travel(), option + ", " + Messages.plain("costs.travel"))));
            nodes.add(stacked(Form.amount(s.childcare(), option + ", " + Messages.plain("costs.childcare"))));
            Form.Amount ctrKnown = Form.amount(s.ctrKnown(), option + ", " + Messages.plain("costs.ctr_known"));
            ctrKnown.field().setPromptText(Messages.get("costs.ctr_known.prompt"));
            ctrKnown.field().setTooltip(new javafx.scene.control.Tooltip(Messages.get("costs.ctr_known.help")));
            ctrKnown.field().setId("scenario-" + s.number() + "-ctr_known");
            nodes.add(stacked(ctrKnown));
            nodes.add(moreJobs(s));
            for (int r = 0; r < nodes.size(); r++) {
                Node n = nodes.get(r);
                grid.add(n, col, first + r);
                n.disableProperty().bind(s.includedProperty().not());
                if (partnerRow(r)) Form.showWhen(n, couple);
                // Each row label's mnemonic goes to the first option's field.
                if (s.number() == 1 && rowKeys[r] != null) labels[r].setLabelFor(focusTarget(n));
            }
        }
        row = first + rowKeys.length;
        grid.add(new Separator(), 0, row++, 5, 1);
    }

    /**
     * An option's further jobs: a button that opens them (details on demand, {@link MoreJobsView}) and a summary line
     * per person ("Person 2: 1 more job, 8 hours"), so the column stays readable with several jobs.
     */
    private Node moreJobs(ScenarioViewModel s) {
        String option = Messages.format("scenario.n", s.number());
        Button open = new Button(Messages.get("job.more.add"));
        open.setAccessibleText(option + ", " + Messages.get("job.more"));
        open.setId("option" + s.number() + "-more_jobs");
        Label summary = new Label();
        summary.setWrapText(true);
        summary.setId("option" + s.number() + "-more_jobs-summary");
        Runnable update = () -> {
            List<String> lines = new java.util.ArrayList<>();
            for (int adult = 1; adult <= 2; adult++) {
                int who = adult;
                List<JobViewModel> theirs = s.moreJobs().stream().filter(j -> j.adult() == who).toList();
                if (theirs.isEmpty()) continue;
                java.math.BigDecimal hours = theirs.stream().map(j -> j.hours().getValue()).filter(java.util.Objects::nonNull)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                lines.add(Messages.format("job.more.summary", who, theirs.size(), hours.stripTrailingZeros().toPlainString()));
            }
            summary.setText(String.join("\n", lines));
            summary.setVisible(!lines.isEmpty());
            summary.setManaged(!lines.isEmpty());
            summary.setAccessibleText(option + ", " + String.join("; ", lines));
        };
        javafx.beans.InvalidationListener hoursChanged = o -> update.run();
        s.moreJobs().addListener((javafx.collections.ListChangeListener<JobViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(j -> j.hours().textProperty().removeListener(hoursChanged));
                c.getAddedSubList().forEach(j -> j.hours().textProperty().addListener(hoursChanged));
            }
            update.run();
        });
        s.moreJobs().forEach(j -> j.hours().textProperty().addListener(hoursChanged));
        update.run();
        MoreJobsView[] view = new MoreJobsView[1];
        open.setOnAction(e -> {
            if (view[0] == null) {
                Scene scene = open.getScene();
                view[0] = new MoreJobsView(s, couple, scene.getWindow(), scene.getStylesheets(), scene.getRoot().getStyle());
            }
            view[0].show();
        });
        return new VBox(2, open, summary);
    }

    /** An amount with its period under it, so it fits a narrow option column. */
    private static Node stacked(Form.Amount a) {
        a.per().setMaxWidth(Double.MAX_VALUE);
        a.per().setMinWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        VBox v = new VBox(2, a.field(), a.per(), Form.error(a.moneyInput()));
        return v;
    }

    private static boolean partnerRow(int r) { return r >= 6 && r <= 11; }

    private static Node focusTarget(Node n) {
        if (n instanceof VBox v && !v.getChildren().isEmpty()) n = v.getChildren().getFirst();
        if (n instanceof HBox h && !h.getChildren().isEmpty()) n = h.getChildren().getFirst();
        return n;
    }

    private List<Node> job(ScenarioViewModel s, JobViewModel j) {
        String who = Messages.format("scenario.n", s.number()) + (j.adult() == 2 ? ", " + Messages.format("person.n", 2) : "") + ", ";
        TextField hours = Form.text(j.hours(), who + Messages.plain("job.hours"), Messages.get("job.hours.help"));
        hours.setPrefColumnCount(5);
        hours.setId("option" + s.number() + "-person" + j.adult() + "-hours");
        ChoiceBox<JobViewModel.PayKind> kind = Form.choice(j.payKindProperty(), List.of(JobViewModel.PayKind.values()), "pay_kind",
                who + Messages.get("job.pay_kind"));
        TextField wage = Form.text(j.wage(), who + Messages.plain("job.wage"));
        wage.setPrefColumnCount(7);
        wage.setId("option" + s.number() + "-person" + j.adult() + "-wage");
        ChoiceBox<Job.PayFrequency> pay = Form.choice(j.payProperty(), List.of(Job.PayFrequency.values()), "pay_frequency",
                who + Messages.get("job.pay"));
        ChoiceBox<JobViewModel.PensionChoice> pension = Form.choice(j.pensionProperty(), List.of(JobViewModel.PensionChoice.values()),
                "pension_choice", who + Messages.plain("job.pension"));
        TextField pct = Form.text(j.pensionPercent(), who + Messages.get("job.pension_percent"));
        pct.setPrefColumnCount(3);
        HBox pctBox = new HBox(4, pct, new Label("%"));
        Form.showWhen(pctBox, j.pensionProperty().isEqualTo(JobViewModel.PensionChoice.PERCENT));
        return List.of(Form.withError(hours, j.hours()), kind, Form.withError(wage, j.wage()), pay,
                new VBox(2, pension, Form.withError(pctBox, j.pensionPercent())));
    }

    private void results() {
        BooleanBinding showing = vm.stateProperty().isEqualTo(ComparisonViewModel.State.RESULTS);
        // an option with a refused field: its column says which field and what to type, the others show their results
        for (int i = 1; i < ComparisonViewModel.COLUMNS; i++) {
            ColumnViewModel c = vm.columns().get(i);
            Label problem = new Label();
            problem.textProperty().bind(c.problemProperty());
            problem.accessibleTextProperty().bind(c.problemProperty());
            problem.setWrapText(true);
            problem.getStyleClass().add("result-message");
            problem.setId("column-problem-" + i);
            problem.setFocusTraversable(true);
            grid.add(problem, 1 + i, row, 1, 1);
            Form.showWhen(problem, showing.and(c.problemProperty().isNotEmpty()));
        }
        row++;
        for (RowViewModel r : vm.rows()) {
            Label l = new Label(r.label());
            l.setWrapText(true);
            l.getStyleClass().add("result-label");
            if (r.figureId().equals("total_income") || r.figureId().equals(ComparisonViewModel.RENT_AND_CHARGES)) l.getStyleClass().add("result-key");
            // who pays the rent: lines under "rent and charges", not more money taken off
            if (r.figureId().equals(ComparisonViewModel.RENT_FROM_HOUSING_BENEFIT) || r.figureId().equals(ComparisonViewModel.RENT_FROM_UC_HOUSING_COSTS)
                    || r.figureId().equals("rent_to_pay")) l.getStyleClass().add("result-detail");
            grid.add(l, 0, row);
            BooleanBinding visible = showing.and(r.visibleProperty());
            Form.showWhen(l, visible);
            for (int i = 0; i < ComparisonViewModel.COLUMNS; i++) {
                Button b = cell(r.label(), r.cell(i));
                b.setId("cell-" + r.figureId() + "-" + i);
                grid.add(b, 1 + i, row);
                Form.showWhen(b, visible);
            }
            row++;
        }
        Label left = new Label(Messages.get("figure.money_left"));
        left.setWrapText(true);
        left.getStyleClass().addAll("result-label", "bottom-line-label");
        grid.add(left, 0, row);
        Form.showWhen(left, showing);
        for (int i = 0; i < ComparisonViewModel.COLUMNS; i++) {
            ColumnViewModel c = vm.columns().get(i);
            Button b = cell(Messages.get("figure.money_left"), c.moneyLeft());
            b.getStyleClass().add("bottom-line");
            b.setId("cell-money_left-" + i);
            grid.add(b, 1 + i, row);
            Form.showWhen(b, showing);
        }
        row++;
        for (int i = 0; i < ComparisonViewModel.COLUMNS; i++) {
            ColumnViewModel c = vm.columns().get(i);
            Label signed = new Label();
            signed.textProperty().bind(c.betterOffSignedProperty());
            signed.getStyleClass().add("better-off-signed");
            Label words = new Label();
            words.textProperty().bind(c.betterOffProperty());
            words.setWrapText(true);
            words.getStyleClass().add("better-off-words");
            words.setId("better_off-" + i);
            VBox box = new VBox(2, signed, words);
            box.setFocusTraversable(false);
            box.accessibleTextProperty().bind(c.betterOffProperty());
            grid.add(box, 1 + i, row);
            Form.showWhen(box, showing.and(c.presentProperty()));
        }
        row++;
    }

    private Button cell(String label, CellViewModel cell) {
        Button b = new Button();
        b.textProperty().bind(cell.textProperty());
        b.accessibleTextProperty().bind(cell.accessibleTextProperty());
        b.getStyleClass().add("figure");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> onWhy.accept(label, cell));
        b.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onWhy.accept(label, cell);
                e.consume();
            }
        });
        b.disableProperty().bind(cell.traceProperty().isNull());
        return b;
    }

    private Node messageArea() {
        Label m = new Label();
        m.textProperty().bind(vm.messageProperty());
        m.setWrapText(true);
        m.getStyleClass().add("result-message");
        m.setId("result-message");
        m.accessibleTextProperty().bind(vm.messageProperty());
        Form.showWhen(m, vm.stateProperty().isNotEqualTo(ComparisonViewModel.State.RESULTS));
        return m;
    }

    private Node assumptionsArea() {
        Label title = new Label(Messages.get("result.assumptions"));
        title.getStyleClass().add("section-heading");
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", vm.assumptions().stream().map(a -> "• " + a).toList()), vm.assumptions()));
        text.setWrapText(true);
        VBox box = new VBox(4, title, text);
        Form.showWhen(box, Bindings.isNotEmpty(vm.assumptions()));
        return box;
    }
}
