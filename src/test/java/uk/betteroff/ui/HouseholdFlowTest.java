package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import uk.betteroff.kernel.household.RentIncludes;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.trace.TraceNode;
import uk.betteroff.ui.explain.ExplainViewModel;

/**
 * Issue 15 item 1 in the real window, by mouse and by keyboard only: a lone parent whose 19-year-old son works full
 * time (asked whether he is a qualifying young person, entered instead as an adult in the home, so the UC housing
 * cost contribution and the council tax reduction's non-dependant deduction appear), and a hostel whose rent includes
 * meals (HB's flat-rate deduction appears in "Why?").
 */
@ExtendWith(ApplicationExtension.class)
class HouseholdFlowTest {
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws java.io.IOException {
        Path dataFolder = Files.createTempDirectory("betteroff-household-test");
        vm = HostelCase.newViewModel(dataFolder.resolve("data"));
        window = HostelCase.openWindow(stage, vm);
    }

    @BeforeEach
    void wholeWindow() throws java.util.concurrent.TimeoutException {
        HostelCase.waitForWholeWindow(window);
    }

    // ---- the lone parent and her 19-year-old son ---------------------------------------------------------------

    @Test
    void loneParentWithAWorkingSonOf19ByMouse(FxRobot r) {
        replace(r, "household.date", "22/11/2026");
        replace(r, "person1.age", "42");
        r.interact(() -> node(r, "home.tenure", ChoiceBox.class).getSelectionModel().select(Tenure.SOCIAL));
        WaitForAsyncUtils.waitForFxEvents();
        replace(r, "home.rent", "120");
        replace(r, "home.bedrooms", "2");
        click(r, "council_tax-liable");
        WaitForAsyncUtils.waitForFxEvents();
        replace(r, "council_tax.charge", "1800");
        click(r, "council_tax-search");
        r.write("brighton").push(KeyCode.ENTER);
        click(r, "child-add");
        replace(r, "child1.age", "19");
        WaitForAsyncUtils.waitForFxEvents();
        assertSonIsAskedAbout(r);
        click(r, "child1-move_to_adults");
        WaitForAsyncUtils.waitForFxEvents();
        replace(r, "non_dependant1.gross_income", "450");
        replace(r, "non_dependant1.hours", "37.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertSonIsAnAdultInTheHome(r);
    }

    @Test
    void loneParentWithAWorkingSonOf19ByKeyboardOnly(FxRobot r) {
        assertEquals("household-date", focusedId(r));
        r.push(KeyCode.CONTROL, KeyCode.A).write("22/11/2026");
        mnemonic(r, KeyCode.A, "person1.age");
        r.push(KeyCode.CONTROL, KeyCode.A).write("42");
        mnemonic(r, KeyCode.W, "home.tenure");
        // supported, temporary, social: Space opens the list on the choice made, two down is social, Enter takes it
        r.push(KeyCode.SPACE).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Tenure.SOCIAL, vm.household().tenureProperty().get());
        mnemonic(r, KeyCode.T, "home.rent");
        r.push(KeyCode.CONTROL, KeyCode.A).write("120");
        WaitForAsyncUtils.waitForFxEvents();
        mnemonic(r, KeyCode.O, "home.bedrooms");
        r.push(KeyCode.CONTROL, KeyCode.A).write("2");
        mnemonic(r, KeyCode.Y, "council_tax.liable");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        mnemonic(r, KeyCode.X, "council_tax.charge");
        r.push(KeyCode.CONTROL, KeyCode.A).write("1800");
        mnemonic(r, KeyCode.F, "council_tax.search");
        r.write("brighton").push(KeyCode.ENTER);
        tabTo(r, "child.add");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("child1-age", focusedId(r), "a new child's age takes the focus");
        r.push(KeyCode.CONTROL, KeyCode.A).write("19");
        WaitForAsyncUtils.waitForFxEvents();
        assertSonIsAskedAbout(r);
        tabTo(r, "child1.move_to_adults");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("non_dependant1-age", focusedId(r), "the adult in the home's age takes the focus");
        tabTo(r, "non_dependant1.gross_income");
        r.push(KeyCode.CONTROL, KeyCode.A).write("450");
        tabTo(r, "non_dependant1.hours");
        r.push(KeyCode.CONTROL, KeyCode.A).write("37.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertSonIsAnAdultInTheHome(r);
        // and removed again from the keyboard: the deductions go
        tabTo(r, "non_dependant1.remove");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.household().nonDependants().isEmpty());
        assertTrue(why(r, "council_tax_reduction", 0).contains("Non-dependant deductions: £0.00 a week"), why(r, "council_tax_reduction", 0).toString());
    }

    /** A child of 19 is not taken as a child unasked (UC Regs 2013 reg 5): the comparison waits for the answer. */
    private void assertSonIsAskedAbout(FxRobot r) {
        assertTrue(node(r, "child1.qualifying_young_person", CheckBox.class).isVisible(), "the question is asked from 16");
        assertFalse(node(r, "child1.qualifying_young_person", CheckBox.class).isSelected(), "never assumed");
        assertTrue(node(r, "child1.move_to_adults", Button.class).isVisible());
        String message = node(r, "result.message", Label.class).getText();
        assertTrue(message.contains("qualifying young person"), message);
    }

    private void assertSonIsAnAdultInTheHome(FxRobot r) {
        assertTrue(vm.household().children().isEmpty(), "no longer a child");
        assertEquals(1, vm.household().nonDependants().size());
        assertEquals("19", node(r, "non_dependant1.age", TextField.class).getText(), "his age goes with him");
        // no child: no child element, no Child Benefit
        assertTrue(why(r, "universal_credit", 0).contains("Child elements: £0.00 a month"), why(r, "universal_credit", 0).toString());
        assertTrue(why(r, "child_benefit", 0).getFirst().endsWith("£0.00 a week"), why(r, "child_benefit", 0).toString());
        // UC Regs 2013 Sch 4 para 16(2)(a) (rates/2026-27.yaml uc.housing.non_dep_min_age 21): no contribution from a
        // non-dependant under 21; the line says so in the housing element's working
        List<String> uc = why(r, "universal_credit", 0);
        assertTrue(uc.contains("Housing cost contributions (non-dependants): £0.00 a month"), uc.toString());
        TraceNode contributions = trace("universal_credit", 0).find("uc.housing.non_dep_contributions").orElseThrow();
        assertEquals("aged 19: none (under 21)", contributions.working());
        // Brighton & Hove's scheme (rates/ctr/brighton-and-hove.yaml, brighton-ctr-non-deps): £8.00 a week for a
        // non-dependant of 18 or over with an income of any amount, for a UC claimant
        List<String> ctr = why(r, "council_tax_reduction", 0);
        assertTrue(ctr.contains("Non-dependant deductions: £8.00 a week"), ctr.toString());
    }

    // ---- the hostel whose rent includes meals -------------------------------------------------------------------

    @Test
    void hostelRentWithMealsByMouse(FxRobot r) {
        enterHostel(r);
        r.interact(() -> node(r, "home.meals", ChoiceBox.class).getSelectionModel().select(RentIncludes.Meals.FULL));
        WaitForAsyncUtils.waitForFxEvents();
        assertMealsDeducted(r);
        // fuel too, with the mouse: each a check box of its own
        click(r, "home-fuel-heating");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.household().fuelProperty(RentIncludes.Fuel.HEATING).get());
        assertTrue(trace("housing_benefit", 1).find("hb.ineligible_charges").orElseThrow().working().contains("heating"),
                trace("housing_benefit", 1).find("hb.ineligible_charges").orElseThrow().working());
    }

    @Test
    void hostelRentWithMealsByKeyboardOnly(FxRobot r) {
        enterHostel(r);
        mnemonic(r, KeyCode.T, "home.rent");
        tabTo(r, "home.meals");
        // none, breakfast, part, full: three down from none
        r.push(KeyCode.SPACE).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(RentIncludes.Meals.FULL, vm.household().mealsProperty().get());
        assertMealsDeducted(r);
        tabTo(r, "home.fuel.heating");
        r.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.household().fuelProperty(RentIncludes.Fuel.HEATING).get());
        // the Why? window opened from the keyboard lists the deduction
        tabTo(r, "cell.housing_benefit.1");
        r.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = whyWindowLines(r);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("Meals and fuel in the rent: £")), shown.toString());
        r.push(KeyCode.ESCAPE);
    }

    /** The hostel acceptance case's household (cases/hostel-25plus-after-oct-2026.yaml): single, 30, £250 a week. */
    private void enterHostel(FxRobot r) {
        r.interact(() -> {
            vm.household().date().setText("22/11/2026");
            vm.household().adult(0).age().setText("30");
            vm.household().tenureProperty().set(Tenure.SUPPORTED);
            vm.household().rent().money().setText("250");
            vm.scenarios().slot(0).job(1).hours().setText("16");
            vm.scenarios().slot(0).job(1).wage().setText("12.71");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * HB Regs 2006 Sch 1 para 2(1)(a)(i): three or more meals a day for one person aged 16 or over, £37.30 a week
     * (rates/2026-27.yaml hb.ineligible.meals.full_adult, from 6 April 2026), off the eligible rent.
     */
    private void assertMealsDeducted(FxRobot r) {
        TraceNode meals = trace("housing_benefit", 1).find("hb.ineligible_charges").orElseThrow();
        assertEquals(0, meals.amount().amount().compareTo(new BigDecimal("37.30")), meals.working());
        assertTrue(why(r, "housing_benefit", 1).stream().anyMatch(s -> s.equals("Meals and fuel in the rent: £37.30 a week")),
                why(r, "housing_benefit", 1).toString());
    }

    // ---- every new control: a label, an accessible text, a place in the Tab order --------------------------------

    @Test
    void everyNewControlHasALabelAnAccessibleTextAndATabStop(FxRobot r) {
        r.interact(() -> {
            vm.household().tenureProperty().set(Tenure.SUPPORTED);
            vm.household().addChild().age().setText("17");
            vm.household().addNonDependant();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labelled = List.of("child1.age", "non_dependant1.age", "non_dependant1.gross_income", "non_dependant1.hours", "home.meals");
        List<String> selfLabelled = List.of("child.add", "child1.qualifying_young_person", "child1.move_to_adults", "child1.remove",
                "non_dependant.add", "non_dependant1.gross_income.per", "non_dependant1.exempt", "non_dependant1.remove",
                "home.fuel.heating", "home.fuel.hot_water", "home.fuel.lighting", "home.fuel.cooking");
        for (String id : labelled) {
            Node n = node(r, id, Node.class);
            assertTrue(r.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getLabelFor() == n && !l.getText().isBlank()),
                    id + " has a label that names it");
        }
        for (String id : concat(labelled, selfLabelled)) {
            Node n = node(r, id, Node.class);
            assertNotNull(n.getAccessibleText(), id + " has an accessible text");
            assertFalse(n.getAccessibleText().isBlank(), id + " has an accessible text");
            assertTrue(n.isFocusTraversable(), id + " is in the Tab order");
        }
        // and Tab reaches each, in the order of the form
        r.interact(() -> node(r, "household.date", Node.class).requestFocus());
        for (String id : List.of("child1.age", "child1.qualifying_young_person", "child1.move_to_adults", "child1.remove", "child.add",
                "non_dependant1.age", "non_dependant1.gross_income", "non_dependant1.gross_income.per", "non_dependant1.hours",
                "non_dependant1.exempt", "non_dependant1.remove", "non_dependant.add", "home.meals", "home.fuel.heating",
                "home.fuel.hot_water", "home.fuel.lighting", "home.fuel.cooking"))
            tabTo(r, id);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private TraceNode trace(String figure, int column) {
        var row = vm.comparison().rows().stream().filter(x -> x.figureId().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + figure));
        TraceNode t = row.cells().get(column).getTrace();
        if (t == null) throw new AssertionError("no working for " + figure + " in column " + column + "; the window says: "
                + window.root().lookupAll(".result-message").stream().map(n -> ((Label) n).getText()).toList());
        return t;
    }

    /** The lines of the figure's working as the Why? window's tree shows them (every step, expanded or not). */
    private List<String> why(FxRobot r, String figure, int column) {
        List<String> out = new ArrayList<>();
        collect(trace(figure, column), out);
        return out;
    }

    private static void collect(TraceNode n, List<String> out) {
        out.add(ExplainViewModel.summary(n));
        for (TraceNode c : n.children()) collect(c, out);
    }

    private static List<String> whyWindowLines(FxRobot r) {
        Stage why = (Stage) r.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().contains("Why?")).findFirst()
                .orElseThrow(() -> new AssertionError("no Why? window"));
        @SuppressWarnings("unchecked")
        TreeView<TraceNode> tree = (TreeView<TraceNode>) why.getScene().getRoot().lookup(".tree-view");
        List<String> out = new ArrayList<>();
        collectItems(tree.getRoot(), out);
        return out;
    }

    private static void collectItems(TreeItem<TraceNode> i, List<String> out) {
        out.add(ExplainViewModel.summary(i.getValue()));
        for (TreeItem<TraceNode> c : i.getChildren()) collectItems(c, out);
    }

    /** Scrolls the form so the node is on screen, as a user would before clicking it. */
    private static String shown(FxRobot r, String id) {
        String query = "#" + id.replace('.', '-');
        Node n = r.lookup(query).query();
        r.interact(() -> {
            for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent())
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    Node content = sp.getContent();
                    double y = content.sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                    double room = content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
                    if (room > 0) sp.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
                    return;
                }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    private static void click(FxRobot r, String id) {
        r.clickOn(shown(r, id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void replace(FxRobot r, String id, String text) {
        r.doubleClickOn(shown(r, id));
        r.push(KeyCode.CONTROL, KeyCode.A);
        r.write(text);
    }

    private static <T extends Node> T node(FxRobot r, String id, Class<T> type) {
        return r.lookup("#" + id.replace('.', '-')).queryAs(type);
    }

    private static String focusedId(FxRobot r) {
        Node focused = r.listTargetWindows().getFirst().getScene().getFocusOwner();
        return focused == null ? null : focused.getId();
    }

    private static void mnemonic(FxRobot r, KeyCode letter, String id) {
        r.push(KeyCode.ALT, letter);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(id.replace('.', '-'), focusedId(r), "Alt+" + letter.getName());
    }

    private static void tabTo(FxRobot r, String id) {
        for (int i = 0; i < 120; i++) {
            Window w = r.listTargetWindows().getFirst();
            Node focused = w.getScene().getFocusOwner();
            if (focused != null && id.replace('.', '-').equals(focused.getId())) return;
            r.push(KeyCode.TAB);
        }
        fail("Tab never reached " + id);
    }
}
