package uk.betteroff.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import uk.betteroff.ui.chart.HoursChartView;
import uk.betteroff.ui.chart.HoursChartViewModel;
import uk.betteroff.ui.settings.RatesSettingsView;
import uk.betteroff.ui.settings.RatesSourceViewModel;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.ui.comparison.CellViewModel;
import uk.betteroff.ui.comparison.ComparisonView;
import uk.betteroff.ui.explain.ExplainView;
import uk.betteroff.ui.form.Form;
import uk.betteroff.ui.help.Guide;
import uk.betteroff.ui.help.GuideView;
import uk.betteroff.ui.household.HouseholdView;
import uk.betteroff.ui.resident.ResidentView;
import uk.betteroff.ui.resident.ResidentViewModel;

/**
 * The main window: the household on the left, the comparison on the right (the hours chart below it),
 * menus with shortcuts, a status bar saying which rates are in use; or, in resident mode, the resident
 * screen in large type.
 */
public final class MainWindow {
    public static final double BASE_FONT_PX = 13;

    /** The answers to "Save the changes first?", as every desktop app offers them. */
    public enum UnsavedChoice { SAVE, DONT_SAVE, CANCEL }

    /** What would replace or close the case on screen (the save question names it). */
    enum Leaving { CLOSE, NEW, OPEN }

    private final MainViewModel vm;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final Node adviser;
    /** Resident mode's screen, built the first time the window enters resident mode. */
    private ResidentView resident;
    private ScrollPane residentScroll;
    private final HouseholdView householdView;
    private final VBox belowComparison = new VBox(8);
    private final VBox right;
    /** The household form and, once they are built, the comparison and the hours chart in their scroll pane. */
    private final SplitPane split;
    /** The comparison: the right side is a placeholder until it joins, just after the window's first frame. */
    private ComparisonView comparison;
    private final HoursChartViewModel chart;
    /** What runs once a frame of the whole window (the comparison and the chart too) has been drawn. */
    private final Runnable whenComplete;
    private volatile boolean complete;
    private Predicate<String> confirm = this::ask;
    private final RatesSourceViewModel ratesSettings;
    /** Help → Guide (F1), made the first time it is asked for. */
    private GuideView guide;
    private java.util.function.Function<String, Path> saveChooser = this::chooseSaveFile;
    private java.util.function.Function<String, UnsavedChoice> askUnsaved = this::askSave;

    /**
     * The main window with nothing to run when it is complete (tests, which wait for {@link #isComplete()}).
     * {@code background} is unused since the view model writes the print-outs on its own background executor (kept
     * so callers need not change).
     */
    public MainWindow(MainViewModel vm, Stage stage, RatesSourceViewModel ratesSettings, HoursChartViewModel chart,
                      java.util.concurrent.Executor background) {
        this(vm, stage, ratesSettings, chart, background, null);
    }

    /**
     * The main window, built in one way whoever opens it: its first frame has the menus, the household form —
     * ready for typing — and the status bar, with a placeholder on the right; the comparison and the hours chart
     * (about two thirds of the window's controls) fill that place just after the first frame, so the window
     * shows sooner (README "How it starts"). {@link #isComplete()} says when they have joined.
     *
     * @param ratesSettings Settings → Rates (null: no settings menu, e.g. in tests)
     * @param chart         the hours chart's view model (null: no chart)
     * @param background    unused: the view model writes the print-outs on its own background executor
     * @param whenComplete  runs once a frame of the whole window has been drawn (may be null)
     */
    public MainWindow(MainViewModel vm, Stage stage, RatesSourceViewModel ratesSettings, HoursChartViewModel chart,
                      java.util.concurrent.Executor background, Runnable whenComplete) {
        this.vm = vm;
        this.whenComplete = whenComplete == null ? () -> { } : whenComplete;
        this.stage = stage;
        this.ratesSettings = ratesSettings;
        householdView = new HouseholdView(vm.household(), caseNameRow());
        ScrollPane left = scroll(householdView.node());
        this.chart = chart;
        right = new VBox(12);
        right.setPadding(new javafx.geometry.Insets(8));
        // the right side is a placeholder until the comparison joins, just after the first frame
        split = new SplitPane(left, new javafx.scene.layout.Region());
        split.setDividerPositions(0.34);
        adviser = split;

        FirstFrame.notifyAfterShown(stage, () -> javafx.application.Platform.runLater(this::afterFirstFrame));
        root.setTop(menus());
        root.setBottom(statusBar());
        root.getStyleClass().add("main");
        Runnable mode = () -> {
            boolean res = vm.isResident();
            root.setCenter(res ? residentScreen() : adviser);
            root.getStyleClass().remove("resident-mode");
            if (res) root.getStyleClass().add("resident-mode");
            applyFont();
            (res ? resident.firstField() : householdView.firstField()).requestFocus();
        };
        vm.modeProperty().addListener(o -> mode.run());
        vm.textScaleProperty().addListener(o -> applyFont());
        mode.run();

        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().setAll(stylesheets());
        vm.highContrastProperty().addListener(o -> scene.getStylesheets().setAll(stylesheets()));
        stage.titleProperty().bind(vm.titleProperty());
        // Closing the window with unsaved edits asks first, as File → Exit does; Cancel keeps it open.
        stage.setOnCloseRequest(e -> {
            if (!mayLeave(Leaving.CLOSE)) e.consume();
        });
        stage.setOnHidden(e -> vm.closeCleanly());
        stage.setScene(scene);
    }

    /**
     * Just after the window's first frame: the comparison takes the placeholder's place and the hours chart is
     * built under it (its sweep runs in the background anyway); once a frame of the whole window has been drawn,
     * the window is complete.
     */
    private void afterFirstFrame() {
        addComparison();
        StartupTrace.mark("comparison added");
        if (chart != null) buildChart();
        StartupTrace.nodes("whole window built", root);
        FirstFrame.notifyAfterShown(stage, () -> {
            complete = true;
            whenComplete.run();
        });
    }

    /** Whether the comparison and the chart have joined the window and been drawn (on the JavaFX thread). */
    public boolean isComplete() { return complete; }

    private void addComparison() {
        vm.recalculate(); // the view model's first calculation, if it was left until now (MainViewModel.firstCalculationLater)
        comparison = new ComparisonView(vm.comparison(), vm.scenarios(), vm.household().coupleProperty(), this::why);
        comparison.setScale(vm.textScaleProperty().get());
        right.getChildren().setAll(comparison.node(), belowComparison);
        // the right side's scroll pane comes with what it scrolls: in the first frame the right side is a
        // placeholder, and a scroll pane's skin and scroll bars are some 20 controls to style.
        // It is the split's own item, as JavaFX's stylesheet expects (no border of its own); replacing an item keeps
        // the divider where it was (MainWindowTwoStepsTest).
        if (!(split.getItems().get(1) instanceof ScrollPane)) split.getItems().set(1, scroll(right));
    }

    private ScrollPane residentScreen() {
        if (residentScroll == null) {
            resident = new ResidentView(new ResidentViewModel(vm), q -> confirm.test(q));
            VBox residentBox = new VBox(resident.node());
            residentBox.setPadding(new javafx.geometry.Insets(24));
            residentScroll = scroll(residentBox);
        }
        return residentScroll;
    }

    /** The hours chart: it follows the first in-work option with a job, weekly or monthly as the comparison. */
    private void buildChart() {
        Label heading = new Label(Messages.get("chart.heading"));
        heading.getStyleClass().add("section-heading");
        belowComparison.getChildren().addAll(heading, new HoursChartView(chart));
        Runnable feed = () -> {
            MainViewModel.Inputs in = vm.inputsProperty().get();
            var option = in == null ? java.util.Optional.<uk.betteroff.kernel.household.Scenario>empty() : in.chartOption();
            if (option.isPresent()) chart.setInputs(vm.calculator(), in.circumstances(), option.get(), 0);
            else chart.clear();
        };
        vm.inputsProperty().addListener(o -> feed.run());
        chart.periodProperty().bind(vm.comparison().periodProperty());
        feed.run();
    }

    /** Replaces the save-file dialog (tests give the path). */
    public void setSaveChooser(java.util.function.Function<String, Path> chooser) { this.saveChooser = chooser; }

    /** Replaces the Save / Don't save / Cancel dialog (tests answer it; the question is passed). */
    public void setAskUnsaved(java.util.function.Function<String, UnsavedChoice> ask) { this.askUnsaved = ask; }

    /** Where the hours chart (and anything else shown under the comparison) goes. */
    public VBox belowComparison() { return belowComparison; }

    public Parent root() { return root; }

    /** Replaces the yes/no dialog (tests answer without a dialog). */
    public void setConfirm(Predicate<String> confirm) { this.confirm = confirm; }

    public void focusFirstField() { householdView.firstField().requestFocus(); }

    private List<String> stylesheets() {
        String base = MainWindow.class.getResource("betteroff.css").toExternalForm();
        if (!vm.highContrastProperty().get()) return List.of(base);
        return List.of(base, MainWindow.class.getResource("high-contrast.css").toExternalForm());
    }

    /** The root font size: 100%–200% of the base, and larger again in resident mode. */
    private String fontStyle() {
        double px = BASE_FONT_PX * vm.textScaleProperty().get() * (vm.isResident() ? 1.5 : 1.0);
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px);
    }

    private void applyFont() {
        root.setStyle(fontStyle());
        if (comparison != null) comparison.setScale(vm.textScaleProperty().get());
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        s.setFocusTraversable(false);
        return s;
    }

    private Node caseNameRow() {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(vm.caseNameProperty());
        name.setPromptText(Messages.get("case.untitled"));
        name.setAccessibleText(Messages.plain("household.case_name"));
        HBox box = new HBox(8, Form.label("household.case_name", name), name);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        return box;
    }

    private MenuBar menus() {
        Menu file = menu("menu.file");
        MenuItem newCase = item("menu.file.new", "Shortcut+N", () -> {
            if (mayLeave(Leaving.NEW)) vm.newCase();
        });
        MenuItem open = item("menu.file.open", "Shortcut+O", () -> {
            if (mayLeave(Leaving.OPEN)) openCase();
        });
        Menu recent = menu("menu.file.recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem(Messages.get("menu.file.recent.none")));
        MenuItem save = item("menu.file.save", "Shortcut+S", this::save);
        MenuItem saveAs = item("menu.file.save_as", "Shortcut+Shift+S", this::saveAs);
        MenuItem printResident = item("menu.file.print_resident", "Shortcut+P", () -> print(false));
        MenuItem printAdviser = item("menu.file.print_adviser", "Shortcut+Shift+P", () -> print(true));
        MenuItem exit = item("menu.file.exit", null, this::exit);
        file.getItems().addAll(newCase, open, recent, save, saveAs, new SeparatorMenuItem(), printResident, printAdviser,
                new SeparatorMenuItem(), exit);
        // Actions that read or write case files are never offered in resident mode (nothing is left on the PC).
        for (MenuItem m : List.of(newCase, open, recent, save, saveAs, printResident, printAdviser))
            m.disableProperty().bind(Bindings.createBooleanBinding(vm::isResident, vm.modeProperty()));

        Menu view = menu("menu.view");
        MenuItem weekly = item("menu.view.weekly", "Shortcut+1", () -> vm.comparison().periodProperty().set(Period.WEEK));
        MenuItem monthly = item("menu.view.monthly", "Shortcut+2", () -> vm.comparison().periodProperty().set(Period.MONTH));
        MenuItem larger = item("menu.view.larger", "Shortcut+Equals", vm::largerText);
        MenuItem smaller = item("menu.view.smaller", "Shortcut+Minus", vm::smallerText);
        CheckMenuItem contrast = new CheckMenuItem(Messages.get("menu.view.high_contrast"));
        contrast.selectedProperty().bindBidirectional(vm.highContrastProperty());
        // Not Ctrl+H: in a text field that is backspace.
        contrast.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        CheckMenuItem residentMode = new CheckMenuItem(Messages.get("menu.view.resident"));
        residentMode.setSelected(vm.isResident());
        vm.modeProperty().addListener(o -> residentMode.setSelected(vm.isResident()));
        residentMode.setOnAction(e -> {
            if (residentMode.isSelected()) {
                if (!vm.dirtyProperty().get() || confirm.test(Messages.get("resident.enter.confirm"))) vm.enterResidentMode();
            } else if (confirm.test(Messages.get("resident.back.confirm"))) vm.leaveResidentMode();
            residentMode.setSelected(vm.isResident());
        });
        residentMode.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        view.getItems().addAll(weekly, monthly, new SeparatorMenuItem(), larger, smaller, contrast, new SeparatorMenuItem(), residentMode);

        Menu settings = menu("menu.settings");
        if (ratesSettings != null) {
            MenuItem rates = item("menu.settings.rates", null, () -> RatesSettingsView.open(stage, ratesSettings));
            rates.disableProperty().bind(Bindings.createBooleanBinding(vm::isResident, vm.modeProperty()));
            settings.getItems().add(rates);
        }
        Menu help = menu("menu.help");
        help.getItems().addAll(item("menu.help.guide", "F1", this::showGuide),
                item("menu.help.about", null, () -> info(Messages.get("app.title"), vm.ratesInUse())));
        MenuBar bar = ratesSettings != null ? new MenuBar(file, view, settings, help) : new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu menu(String key) {
        Menu m = new Menu(Messages.get(key));
        m.setMnemonicParsing(true);
        return m;
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setMnemonicParsing(true);
        if (accelerator != null) m.setAccelerator(KeyCombination.keyCombination(accelerator));
        m.setOnAction(e -> action.run());
        return m;
    }

    private Node statusBar() {
        Label rates = ratesSettings != null ? RatesSettingsView.statusLabel(ratesSettings) : new Label(vm.ratesInUse());
        Label notice = new Label();
        notice.textProperty().bind(vm.noticeProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, notice, gap, rates);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void why(String label, CellViewModel cell) {
        vm.explain(label, cell).ifPresent(e -> new ExplainView(e, stage, stage.getScene().getStylesheets(), fontStyle()).show());
    }

    /** File → Exit: as closing the window, it asks first about unsaved edits. */
    public void exit() {
        if (!mayLeave(Leaving.CLOSE)) return;
        vm.closeCleanly();
        stage.close();
    }

    /**
     * Before the case on screen is closed or replaced: with unsaved edits, asks Save / Don't save / Cancel. True
     * when it may go ahead (saved, or the adviser chose not to save); false for Cancel, or a save not made.
     */
    boolean mayLeave(Leaving why) {
        if (!vm.hasUnsavedWork()) return true;
        String question = Messages.format("unsaved." + why.name().toLowerCase(java.util.Locale.ROOT), vm.caseTitle());
        return switch (askUnsaved.apply(question)) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    private UnsavedChoice askSave(String question) {
        // Alt+S and Alt+D (the buttons parse the underscore); Enter is Save, Escape is Cancel
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Messages.get("unsaved.dont_save"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.plain("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.detail"), save, dontSave, cancel);
        a.initOwner(stage);
        a.setTitle(Messages.get("app.title"));
        a.setHeaderText(question);
        ButtonType chosen = a.showAndWait().orElse(cancel);
        return chosen == save ? UnsavedChoice.SAVE : chosen == dontSave ? UnsavedChoice.DONT_SAVE : UnsavedChoice.CANCEL;
    }

    /** The folder the file dialogs start in: the case's own folder, else the Better Off folder in the user's documents. */
    private java.io.File dialogFolder() {
        Path saved = vm.caseFileProperty().get();
        if (saved != null && saved.getParent() != null && java.nio.file.Files.isDirectory(saved.getParent())) return saved.getParent().toFile();
        return CaseFolder.forDialogs().toFile();
    }

    private void showGuide() {
        if (guide == null) guide = new GuideView(new Guide(Messages.locale()), stage, stage.getScene().getStylesheets(), fontStyle());
        guide.show();
    }

    private void openCase() {
        FileChooser fc = new FileChooser();
        fc.setInitialDirectory(dialogFolder());
        fc.setTitle(Messages.get("menu.file.open").replace("_", ""));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Better Off case (*.yaml)", "*.yaml", "*.yml"));
        java.io.File f = fc.showOpenDialog(stage);
        if (f != null) open(f.toPath());
    }

    /** Opens a case file into the window; a file that can't be read is explained in a dialog. */
    public void open(Path p) {
        vm.open(p).ifPresent(m -> error(Messages.get("dialog.open_failed"), m));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        List<Path> files = vm.recentCases();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
        for (int i = 0; i < files.size(); i++) {
            Path p = files.get(i);
            MenuItem m = new MenuItem((i < 9 ? "_" + (i + 1) + " " : "") + p.getFileName() + " — " + p.getParent());
            m.setMnemonicParsing(true);
            m.setOnAction(e -> {
                if (mayLeave(Leaving.OPEN)) open(p);
            });
            recent.getItems().add(m);
        }
    }

    /** Saves to the case's file, or asks where when it has none yet; false when it was not saved (cancelled, failed). */
    public boolean save() {
        Path p = vm.caseFileProperty().get();
        return p == null ? saveAs() : saveTo(p);
    }

    /** Asks where and saves there; false when the dialog was cancelled or the save failed. */
    public boolean saveAs() {
        Path p = saveChooser.apply(suggestedName(".yaml"));
        return p != null && saveTo(p);
    }

    private boolean saveTo(Path p) {
        var failed = vm.save(p);
        failed.ifPresent(m -> error(Messages.get("dialog.save_failed"), m));
        return failed.isEmpty();
    }

    private String suggestedName(String ext) {
        String n = vm.caseNameProperty().get();
        n = n == null || n.isBlank() ? "case" : n.strip().replaceAll("[^A-Za-z0-9 _-]", "").replace(' ', '-');
        return (n.isEmpty() ? "case" : n) + ext;
    }

    private Path chooseSaveFile(String suggested) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(suggested);
        boolean pdf = suggested.endsWith(".pdf");
        fc.getExtensionFilters().add(pdf ? new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf")
                : new FileChooser.ExtensionFilter("Better Off case (*.yaml)", "*.yaml"));
        fc.setInitialDirectory(dialogFolder());
        java.io.File f = fc.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** Writes the resident summary or the adviser's full report as a PDF (the view model writes it, off the UI thread). */
    public void print(boolean adviser) {
        if (vm.currentComparison() == null || vm.toCaseFile().isEmpty()) {
            error(Messages.get("dialog.pdf_failed"), Messages.get("dialog.no_result"));
            return;
        }
        Path p = saveChooser.apply(suggestedName(adviser ? "-adviser.pdf" : "-summary.pdf"));
        if (p == null) return;
        vm.print(adviser ? MainViewModel.Printout.ADVISER_REPORT : MainViewModel.Printout.RESIDENT_SUMMARY, p,
                        why -> error(Messages.get("dialog.pdf_failed"), why))
                .ifPresent(m -> error(Messages.get("dialog.pdf_failed"), m));
    }

    /** Asks a yes/no question (a dialog; tests replace it with {@link #setConfirm}). */
    public boolean confirm(String question) { return confirm.test(question); }

    private boolean ask(String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        a.initOwner(stage);
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    void error(String title, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(title);
        a.setTitle(Messages.get("app.title"));
        a.showAndWait();
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(title);
        a.setTitle(Messages.get("app.title"));
        a.showAndWait();
    }
}
