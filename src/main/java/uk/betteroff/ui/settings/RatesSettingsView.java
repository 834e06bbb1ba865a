package uk.betteroff.ui.settings;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Settings → Rates: which rates are in use (where from, folder, SHA-256, files), why any folder was
 * refused, and buttons to choose a rates folder or go back to the default. No logic here: the view
 * shows {@link RatesSourceViewModel} and passes the user's choices to it.
 */
public final class RatesSettingsView {
    private final RatesSourceViewModel vm;
    private final VBox root;
    private final Button choose = new Button("Choose a rates folder…");
    private final Button useDefault = new Button("Use the default rates");
    private final Button close = new Button("Close");

    RatesSettingsView(RatesSourceViewModel vm) {
        this.vm = vm;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "In use:", readOnly("ratesOrigin", vm.origin()));
        row(grid, 1, "Folder:", readOnly("ratesFolder", vm.folder()));
        row(grid, 2, "SHA-256:", readOnly("ratesSha256", vm.fingerprint()));

        ListView<String> files = new ListView<>(vm.files());
        files.setId("ratesFiles");
        files.setPrefHeight(110);
        files.setAccessibleText("Rates files in use, each with its SHA-256");
        Label filesLabel = new Label("Files:");
        filesLabel.setLabelFor(files);

        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("ratesProblems");
        problems.setPrefHeight(140);
        problems.setAccessibleText("Why a rates folder was not used");
        Label problemsLabel = new Label("Not used, and why:");
        problemsLabel.setLabelFor(problems);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problemsLabel.visibleProperty().bind(problems.visibleProperty());
        problemsLabel.managedProperty().bind(problems.visibleProperty());

        choose.setId("ratesChoose");
        useDefault.setId("ratesUseDefault");
        choose.setOnAction(e -> chooseFolder());
        choose.disableProperty().bind(vm.busy());
        useDefault.setOnAction(e -> vm.useDefault());
        useDefault.disableProperty().bind(vm.busy().or(vm.settingChosen().not()));
        close.setCancelButton(true);
        close.setOnAction(e -> close.getScene().getWindow().hide());
        ButtonBar.setButtonData(choose, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(useDefault, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(choose, useDefault, close);

        Label help = new Label("Better Off uses, in order: --rates on the command line, the folder chosen here, the "
                + "BETTEROFF_RATES environment variable, the per-user and per-machine folders IT may place, "
                + "then the rates built in. A folder that fails its checks is not used.");
        help.setWrapText(true);

        root = new VBox(8, grid, filesLabel, files, problemsLabel, problems, help, buttons);
        root.setPadding(new Insets(12));
        VBox.setVgrow(files, Priority.SOMETIMES);
        VBox.setVgrow(problems, Priority.SOMETIMES);
    }

    /**
     * Opens the rates settings as a window owned by {@code owner} (may be null) and returns it. The view
     * model is shared with the main window (status bar, calculations), so a change here reaches both.
     */
    public static Stage open(Window owner, RatesSourceViewModel vm) {
        RatesSettingsView view = new RatesSettingsView(vm);
        Stage stage = new Stage();
        stage.setTitle("Settings — Rates");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(new Scene(view.root, 720, 520));
        stage.show();
        return stage;
    }

    /** A status-bar label showing the rates in use, for the main window. */
    public static Label statusLabel(RatesSourceViewModel vm) {
        Label l = new Label();
        l.textProperty().bind(vm.status());
        l.setAccessibleText("Rates in use");
        return l;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose a rates folder");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) vm.choose(dir.toPath());
    }

    /** The view's content (the settings window's scene root). */
    VBox root() { return root; }

    private static TextField readOnly(String id, javafx.beans.value.ObservableValue<String> value) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.textProperty().bind(value);
        f.setPrefColumnCount(48);
        return f;
    }

    private static void row(GridPane grid, int r, String label, TextField field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        field.setAccessibleText(label.replace(":", ""));
        grid.addRow(r, l, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
