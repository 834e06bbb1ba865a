package uk.betteroff.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import uk.betteroff.cases.AtomicFiles;
import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.cases.CaseStoreException;
import uk.betteroff.cases.MemoryCaseStore;
import uk.betteroff.kernel.BetterOffCalculator;
import uk.betteroff.kernel.Unsupported;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.rates.RateKeys;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.rates.LoadedRates;
import uk.betteroff.report.AdviserReportPdf;
import uk.betteroff.report.PrintedCase;
import uk.betteroff.report.ResidentSummaryPdf;
import uk.betteroff.ui.comparison.CellViewModel;
import uk.betteroff.ui.comparison.ComparisonViewModel;
import uk.betteroff.ui.comparison.ScenariosViewModel;
import uk.betteroff.ui.explain.ExplainViewModel;
import uk.betteroff.ui.household.BrmaChoice;
import uk.betteroff.ui.household.CouncilChoice;
import uk.betteroff.ui.household.HouseholdViewModel;
import uk.betteroff.ui.input.Problems;

/**
 * The main window's state: the household, the in-work options and the comparison, recalculated on every
 * edit (only when the kernel's inputs really changed), the mode (adviser or resident), text size and
 * contrast, and the case's name and file. The only class of the window that calls the kernel.
 */
public final class MainViewModel {
    public enum Mode { ADVISER, RESIDENT }

    public static final double MIN_SCALE = 1.0, MAX_SCALE = 2.0;

    /** What the kernel was last asked: the household and the options switched on (the chart follows it). */
    public record Inputs(Circumstances circumstances, List<Scenario> scenarios) {
        /**
         * The option the hours chart follows: the first one switched on in which someone works (its hours are the
         * ones the chart moves); empty when no option has a job, as an out-of-work chart has nothing to vary.
         */
        public Optional<Scenario> chartOption() {
            return scenarios.stream().filter(s -> !s.jobs().isEmpty()).findFirst();
        }
    }

    /** The two print-outs: the resident's one-page summary and the adviser's full report with the working. */
    public enum Printout { RESIDENT_SUMMARY, ADVISER_REPORT }

    private LoadedRates rates;
    private final Supplier<LocalDate> today;
    private BetterOffCalculator calculator;
    private final CaseStore adviserStore;
    private final MemoryCaseStore residentStore = CaseStore.inMemory();
    private final java.util.concurrent.Executor background;
    /** Runs what changes a property the window shows (the UI thread in the app; tests run it at once). */
    private final java.util.concurrent.Executor uiThread;
    private final java.util.concurrent.atomic.AtomicReference<Unsaved> pendingAutosave = new java.util.concurrent.atomic.AtomicReference<>();

    /** The case to autosave and the text of every field then (read on the UI thread, written on the store's). */
    private record Unsaved(CaseFile caseFile, Map<String, String> fieldTexts) {}
    private final ReadOnlyObjectWrapper<Inputs> inputs = new ReadOnlyObjectWrapper<>(this, "inputs");
    private final HouseholdViewModel household;
    private final ScenariosViewModel scenarios;
    private final ComparisonViewModel comparison = new ComparisonViewModel();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.ADVISER);
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1.0);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final StringProperty caseName = new SimpleStringProperty(this, "caseName", "");
    private final ReadOnlyObjectWrapper<Path> caseFile = new ReadOnlyObjectWrapper<>(this, "caseFile");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** True while the notice says the case was saved (the next edit makes it untrue, so it is cleared). */
    private boolean noticeSaysSaved;
    private final StringBinding title;

    private boolean loading;
    private Inputs lastInputs;
    private Map<Integer, String> lastColumnProblems;
    private int calculations;

    /**
     * @param adviserStore where adviser-mode cases are saved and autosaved (resident mode always uses an
     *                     in-memory store that cannot write)
     * @param background   runs the autosave's disk writes (tests pass {@code Runnable::run})
     */
    public MainViewModel(LoadedRates rates, Supplier<LocalDate> today, CaseStore adviserStore, java.util.concurrent.Executor background) {
        this(rates, today, adviserStore, background, Runnable::run, true);
    }

    /**
     * As the constructor above; {@code uiThread} runs what the background work then shows (the status bar's notice),
     * so a property bound to a control changes on the UI thread only ({@code Platform::runLater} in the app).
     */
    public MainViewModel(LoadedRates rates, Supplier<LocalDate> today, CaseStore adviserStore, java.util.concurrent.Executor background,
                         java.util.concurrent.Executor uiThread) {
        this(rates, today, adviserStore, background, uiThread, true);
    }

    /**
     * As the constructor, but the comparison stays empty until the first {@link #recalculate()}: the desktop app's
     * window, opened in two steps, works it out just after its first frame, when the comparison joins the window,
     * so the first frame (the household form) does not wait for a calculation it does not show.
     */
    public static MainViewModel firstCalculationLater(LoadedRates rates, Supplier<LocalDate> today, CaseStore adviserStore,
                                                      java.util.concurrent.Executor background) {
        return new MainViewModel(rates, today, adviserStore, background, Runnable::run, false);
    }

    /** As {@link #firstCalculationLater(LoadedRates, Supplier, CaseStore, java.util.concurrent.Executor)}, with the UI thread's executor. */
    public static MainViewModel firstCalculationLater(LoadedRates rates, Supplier<LocalDate> today, CaseStore adviserStore,
                                                      java.util.concurrent.Executor background, java.util.concurrent.Executor uiThread) {
        return new MainViewModel(rates, today, adviserStore, background, uiThread, false);
    }

    private MainViewModel(LoadedRates rates, Supplier<LocalDate> today, CaseStore adviserStore, java.util.concurrent.Executor background,
                          java.util.concurrent.Executor uiThread, boolean calculateNow) {
        this.rates = rates;
        this.today = today;
        this.calculator = new BetterOffCalculator(rates.book(), rates::ctr, rates::council);
        this.adviserStore = adviserStore;
        this.background = background;
        this.uiThread = uiThread;
        this.household = new HouseholdViewModel(() -> councils(this.rates), today, this::changed);
        household.setSchemes(id -> calculatorHasScheme(id));
        household.setBrmas(BrmaChoice.of(rates.book().lha()));
        this.scenarios = new ScenariosViewModel(defaultWage(today.get()), this::changed);
        this.title = Bindings.createStringBinding(this::computeTitle, caseName, mode, dirty);
        caseName.addListener(o -> markDirty());
        if (calculateNow) recalculate();
    }

    /** Whether the council's own Council Tax Reduction scheme is in the rates in use (else it is estimated). */
    private boolean calculatorHasScheme(String id) {
        return !id.equals(BetterOffCalculator.DEFAULT_SCHEME_ID) && rates.ctr(id).isPresent();
    }

    /** Every council in Great Britain (rates/councils.yaml); for a rates folder without the list, the councils with a scheme file. */
    private static List<CouncilChoice> councils(LoadedRates rates) {
        if (rates.councils().known()) return CouncilChoice.of(rates.councils());
        return rates.ctrSchemes().values().stream()
                .filter(s -> !s.id().equals("wales") && !s.id().equals("scotland") && !s.id().equals(BetterOffCalculator.DEFAULT_SCHEME_ID))
                .map(s -> new CouncilChoice(s.id(), s.name())).toList();
    }

    /** Other rates chosen (Settings → Rates): recalculate everything with them. */
    public void setRates(LoadedRates newRates) {
        if (newRates.book().fingerprint().equals(rates.book().fingerprint())) return;
        this.rates = newRates;
        this.calculator = new BetterOffCalculator(newRates.book(), newRates::ctr, newRates::council);
        household.setCouncils(councils(newRates));
        household.setSchemes(id -> calculatorHasScheme(id));
        household.setBrmas(BrmaChoice.of(newRates.book().lha()));
        lastInputs = null;
        recalculate();
    }

    /** The National Living Wage on the day, from the rates (so a new option starts at the legal minimum). */
    private String defaultWage(LocalDate day) {
        try {
            return rates.book().at(day).money(RateKeys.NMW_NATIONAL_LIVING_WAGE).plain();
        } catch (RuntimeException e) {
            return "";
        }
    }

    public HouseholdViewModel household() { return household; }
    public ScenariosViewModel scenarios() { return scenarios; }
    public ComparisonViewModel comparison() { return comparison; }
    /** Today's date (the default date of assessment). */
    public LocalDate today() { return today.get(); }
    public LoadedRates rates() { return rates; }
    public BetterOffCalculator calculator() { return calculator; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    public boolean isResident() { return mode.get() == Mode.RESIDENT; }
    public DoubleProperty textScaleProperty() { return textScale; }
    public BooleanProperty highContrastProperty() { return highContrast; }
    public StringProperty caseNameProperty() { return caseName; }
    public ReadOnlyObjectProperty<Path> caseFileProperty() { return caseFile.getReadOnlyProperty(); }
    /** True when there are edits not yet saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    /** A one-line message for the status bar ("The case has 4 options; the first 3 are shown"). */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    private List<String> unshown = List.of();

    /** What the case last opened had that the window cannot show (listed in the notice); empty for a new case. */
    public List<String> unshown() { return unshown; }
    /** "Better Off — Single 30, hostel" (the window title always starts "Better Off"). */
    public StringBinding titleProperty() { return title; }

    /** How many times the kernel has been called (each edit that changes its inputs calls it once). */
    public int calculations() { return calculations; }

    /** Which rates are in use, for the status bar. */
    public String ratesInUse() {
        String fp = rates.book().fingerprint();
        return Messages.format("status.rates", rates.folder(), fp.length() > 12 ? fp.substring(0, 12) : fp);
    }

    private String computeTitle() {
        String t = Messages.get("app.title");
        if (mode.get() == Mode.RESIDENT) return t + " — " + Messages.get("mode.resident");
        String name = caseName.get() == null || caseName.get().isBlank() ? Messages.get("case.untitled") : caseName.get().strip();
        return t + " — " + name + (dirty.get() ? " *" : "");
    }

    private void changed() {
        if (loading) return;
        markDirty();
        if (noticeSaysSaved) say("");
        recalculate();
        autosave();
    }

    /**
     * Keeps a copy of the case being worked on (for recovery after a crash) off the UI thread; edits made
     * while a write is queued are folded into it. In resident mode the store is in memory only.
     */
    private void autosave() {
        Optional<CaseFile> cf = toSavedForm();
        if (cf.isEmpty()) return;
        CaseStore store = store();
        Optional<Path> savedAs = Optional.ofNullable(caseFile.get());
        if (pendingAutosave.getAndSet(new Unsaved(cf.get(), DraftFields.texts(household, scenarios))) != null) return;
        background.execute(() -> {
            Unsaved latest = pendingAutosave.getAndSet(null);
            if (latest == null) return;
            try {
                store.autosave(DraftFields.readable(latest.caseFile(), latest.fieldTexts()), savedAs);
            } catch (CaseStoreException e) {
                String why = e.getMessage();
                uiThread.execute(() -> say(why));
            }
        });
    }

    /** Sets the status bar's notice (on the UI thread). */
    private void say(String text) {
        noticeSaysSaved = false;
        notice.set(text);
    }

    /** The store in use: the adviser's, or in resident mode one that never writes to the disk. */
    public CaseStore store() { return isResident() ? residentStore : adviserStore; }

    /** Opens a case file; the message says why when it can't be used. */
    public Optional<String> open(Path p) {
        try {
            load(store().open(p), p);
            return Optional.empty();
        } catch (CaseStoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Saves the case to {@code p} (atomically); the message says why when it can't be. Never in resident mode. */
    public Optional<String> save(Path p) {
        if (!store().writesToDisk()) return Optional.of(Messages.get("dialog.resident_no_save"));
        Optional<CaseFile> cf = toSavedForm().map(c -> DraftFields.readable(c, DraftFields.texts(household, scenarios)));
        if (cf.isEmpty()) return Optional.of(Messages.get("dialog.fix_fields"));
        try {
            store().save(cf.get(), p);
            saved(p);
            Path where = p.toAbsolutePath().normalize();
            say(cf.get().isDraft() ? Messages.format("notice.saved_draft", where, cf.get().draft().size()) : Messages.format("notice.saved", where));
            noticeSaysSaved = true;
            return Optional.empty();
        } catch (CaseStoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * True when closing the window, or replacing the case (New, Open, Recent), would lose edits that could be saved:
     * adviser mode with unsaved edits. Resident mode saves nothing, so there is nothing to offer to save.
     */
    public boolean hasUnsavedWork() { return !isResident() && dirty.get(); }

    /** The name the save question uses: the case's name, or "New case". */
    public String caseTitle() {
        return caseName.get() == null || caseName.get().isBlank() ? Messages.get("case.untitled") : caseName.get().strip();
    }

    /**
     * Writes the resident summary or the adviser's report for the case on screen as a PDF to {@code to}, off the UI
     * thread and atomically ({@link AtomicFiles}: the file there before stays whole if anything fails). When it is
     * written the status bar says so; when it can't be, {@code failed} gets why (on the UI thread). The returned
     * message, if any, says why nothing was started (no result to print yet).
     */
    public Optional<String> print(Printout kind, Path to, java.util.function.Consumer<String> failed) {
        Comparison result = currentComparison();
        Optional<CaseFile> cf = toCaseFile();
        if (result == null || cf.isEmpty()) return Optional.of(Messages.get("dialog.no_result"));
        PrintedCase printed = new PrintedCase(cf.get().name(), cf.get().circumstances(), cf.get().scenarios());
        background.execute(() -> {
            try {
                java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
                if (kind == Printout.ADVISER_REPORT) AdviserReportPdf.write(printed, result, pdf);
                else ResidentSummaryPdf.write(printed, result, pdf);
                AtomicFiles.write(to, pdf.toByteArray());
                uiThread.execute(() -> say(Messages.format("dialog.pdf_written", to.toAbsolutePath().normalize())));
            } catch (java.io.IOException | RuntimeException e) {
                String why = to + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                uiThread.execute(() -> failed.accept(why));
            }
        });
        return Optional.empty();
    }

    /** Recent case files, most recent first (none in resident mode). */
    public List<Path> recentCases() { return store().recentCases(); }

    /** The app is closing normally: the autosaved copy is no longer needed. */
    public void closeCleanly() {
        // From resident mode no save question is asked (the resident is at the keyboard): an adviser's case with
        // unsaved edits, kept in memory meanwhile, keeps its autosave and is offered back at the next start.
        if (!(isResident() && dirty.get())) adviserStore.closeCleanly();
        residentStore.forgetEverything();
    }

    /** What the kernel was last asked (null while fields are refused). */
    public ReadOnlyObjectProperty<Inputs> inputsProperty() { return inputs.getReadOnlyProperty(); }

    private void markDirty() {
        if (!loading) dirty.set(true);
    }

    /**
     * Builds the kernel's records from the fields and compares, unless nothing the kernel reads has changed. A refused
     * household field blanks every column (they all depend on it); a refused field of an option blanks only that
     * option's column, which says which field and what to type, and the other columns are still worked out.
     */
    public void recalculate() {
        Problems p = new Problems();
        Circumstances c = household.build(p);
        int adults = household.coupleProperty().get() ? 2 : 1;
        if (p.any()) {
            lastInputs = null;
            lastColumnProblems = null;
            inputs.set(null);
            comparison.showProblems(p.messages());
            household.showLhaCategory(null);
            return;
        }
        List<Scenario> s = new java.util.ArrayList<>();
        List<Integer> slots = new java.util.ArrayList<>();
        Map<Integer, String> columnProblems = new java.util.HashMap<>();
        for (ScenariosViewModel.Option o : scenarios.buildEach(adults)) {
            if (o.scenario() == null) {
                columnProblems.put(o.number(), Messages.get("result.column_problems") + "\n"
                        + String.join("\n", o.problems().stream().map(m -> "• " + m).toList()));
                continue;
            }
            s.add(o.scenario());
            slots.add(o.number());
        }
        Inputs now = new Inputs(c, s);
        if (Objects.equals(now, lastInputs) && columnProblems.equals(lastColumnProblems)) return;
        boolean sameInputs = Objects.equals(now, lastInputs);
        lastInputs = now;
        lastColumnProblems = Map.copyOf(columnProblems);
        if (!sameInputs) inputs.set(now);
        if (sameInputs && comparison.getComparison() != null) {
            comparison.show(comparison.getComparison(), slots, columnProblems);
            return;
        }
        calculations++;
        try {
            Comparison result = calculator.compare(c, s);
            comparison.show(result, slots, columnProblems);
            household.showLhaCategory(result.baseline());
        } catch (Unsupported u) {
            household.showLhaCategory(null);
            comparison.showUnsupported(u.reason());
        } catch (IllegalArgumentException e) {
            // A record refused a combination the single fields could not see (e.g. two jobs for one person).
            comparison.showUnsupported(e.getMessage());
        }
    }

    /** The working behind a result cell, or empty for an empty cell. */
    public Optional<ExplainViewModel> explain(String figureLabel, CellViewModel cell) {
        TraceNode t = cell.getTrace();
        if (t == null) return Optional.empty();
        return Optional.of(new ExplainViewModel(figureLabel, cell.getColumn(), t, rates.book().fingerprint(), rates.folder(), rates.book().files()));
    }

    /** The case as a case file (docs/design.md format), or empty when fields are refused. */
    public Optional<CaseFile> toCaseFile() {
        Problems p = new Problems();
        Circumstances c = household.build(p);
        List<Scenario> s = scenarios.build(p, household.coupleProperty().get() ? 2 : 1);
        if (p.any()) return Optional.empty();
        String name = caseName.get() == null || caseName.get().isBlank() ? Messages.get("case.untitled") : caseName.get().strip();
        return Optional.of(new CaseFile(name, c, s, Map.of(), Money.ZERO, Optional.empty(), Optional.empty(), c.council()));
    }

    /**
     * The case as saved and autosaved: the case file, or when fields are not valid yet a draft (issue 19: a half-finished
     * case survives lunch) that keeps their text as typed, each standing in with its default. Empty only when even a
     * draft can't be made (a field whose text has no place in the file).
     */
    public Optional<CaseFile> toSavedForm() {
        Optional<CaseFile> complete = toCaseFile();
        if (complete.isPresent()) return complete;
        Problems p = Problems.forDraft();
        Circumstances c;
        List<Scenario> s;
        try {
            c = household.build(p);
            s = scenarios.build(p, household.coupleProperty().get() ? 2 : 1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();   // the defaults standing in did not make a household the kernel's records accept
        }
        if (p.any() || c == null || s == null) return Optional.empty();
        Map<uk.betteroff.ui.input.TextInput<?>, String> paths = DraftFields.pathOf(household, scenarios);
        Map<String, String> draft = new java.util.LinkedHashMap<>();
        for (var field : p.drafted()) {
            String path = paths.get(field);
            if (path == null) return Optional.empty();
            draft.put(path, field.getText() == null ? "" : field.getText());
        }
        return Optional.of(new CaseFile(caseTitle(), c, s, Map.of(), Money.ZERO, Optional.empty(), Optional.empty(), c.council(), draft));
    }

    /** Fills the window from a case file; a draft's fields get their text as typed back, and are marked. */
    public void load(CaseFile f, Path from) {
        loading = true;
        try {
            // what the window cannot show is said, never kept out of sight nor dropped without a word (issue 15 item 4)
            CaseFit fit = CaseFit.of(f);
            household.load(fit.shown().circumstances(), fit.shown().council());
            scenarios.load(fit.shown().scenarios());
            caseName.set(f.name());
            unshown = fit.unshown();
            List<String> unplaced = restoreDraft(f.draft());
            String said = unshown.isEmpty() ? "" : Messages.format("notice.unshown", String.join("; ", unshown));
            if (f.isDraft()) said = (said.isEmpty() ? "" : said + " ") + Messages.format("notice.draft_opened", f.draft().size());
            if (!unplaced.isEmpty()) said += " " + Messages.format("notice.draft_unplaced", String.join(", ", unplaced));
            say(said);
        } finally {
            loading = false;
        }
        caseFile.set(from);
        dirty.set(false);
        recalculate();
    }

    /** Puts a draft's text back in its fields; returns the paths that name no field here. */
    private List<String> restoreDraft(Map<String, String> draft) {
        if (draft.isEmpty()) return List.of();
        Map<String, uk.betteroff.ui.input.TextInput<?>> fields = DraftFields.byPath(household, scenarios);
        List<String> unplaced = new java.util.ArrayList<>();
        draft.forEach((path, text) -> {
            var field = fields.get(path);
            if (field == null) unplaced.add(path);
            else field.setText(text);
        });
        return unplaced;
    }

    /** A case recovered after a crash has edits not saved to its file. */
    public void markRecovered() { dirty.set(true); }

    /** Called once the case is written to {@code to}. */
    public void saved(Path to) {
        caseFile.set(to);
        dirty.set(false);
    }

    /** An empty household and the default options. */
    public void newCase() {
        loading = true;
        try {
            household.reset();
            scenarios.reset();
            caseName.set("");
            unshown = List.of();
            say("");
        } finally {
            loading = false;
        }
        caseFile.set(null);
        dirty.set(false);
        recalculate();
    }

    /**
     * Resident mode: large type, a few plain questions, nothing written to disk from now until adviser mode. The
     * resident's answers live in resident mode's own view model, which starts empty: the adviser's case is neither
     * shown nor counted there, and stays here, in memory only, as it was, until adviser mode comes back.
     */
    public void enterResidentMode() {
        mode.set(Mode.RESIDENT);
    }

    /** "New resident": whatever resident mode kept in memory is forgotten. */
    public void newResident() {
        residentStore.forgetEverything();
    }

    /**
     * Back to adviser mode (an explicit choice): what the resident entered is wiped (resident mode's view model
     * wipes itself on leaving), and the adviser's case, kept in memory while resident mode ran, is back as it was.
     */
    public void leaveResidentMode() {
        newResident();
        mode.set(Mode.ADVISER);
    }

    /** Text size steps for the View menu (100% to 200%). */
    public void largerText() { textScale.set(Math.min(MAX_SCALE, round(textScale.get() + 0.25))); }

    public void smallerText() { textScale.set(Math.max(MIN_SCALE, round(textScale.get() - 0.25))); }

    private static double round(double d) { return Math.round(d * 4) / 4.0; }

    /** The latest comparison, for the chart and the print-outs. */
    public Comparison currentComparison() { return comparison.getComparison(); }
}
