package uk.betteroff.ui.resident;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseStore;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.money.Period;
import uk.betteroff.kernel.result.Comparison;
import uk.betteroff.kernel.result.FigureIds;
import uk.betteroff.testing.TestRates;
import uk.betteroff.ui.MainViewModel;
import uk.betteroff.ui.resident.ResidentViewModel.Answer;

/**
 * Resident mode is private and starts clean (issue 19 items 5–6): nothing of the adviser's case is shown or counted,
 * there is no answer until the questions that matter are answered, a partner, children and council tax can be
 * described, and going back to adviser mode brings the adviser's case back as it was.
 */
class ResidentViewModelTest {
    private static Path sharedCase(String file) {
        String shared = System.getProperty("betteroff.shared.dir");
        Path p = Path.of(shared == null ? "src/test/resources" : shared, "cases", file);
        return Files.exists(p) ? p : Path.of("src/test/resources/cases", file);
    }

    private static MainViewModel adviserWith(String file, LocalDate today) {
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> today, CaseStore.inMemory(), Runnable::run);
        Path p = sharedCase(file);
        vm.load(CaseReader.read(p), p);
        return vm;
    }

    /** The lone parent of {@code cases/lone-parent-social-rent.yaml}, answered in resident mode's questions. */
    private static void answerAsTheLoneParent(ResidentViewModel r) {
        r.age().setText("28");
        r.healthProperty().set(uk.betteroff.kernel.household.WorkCapability.FIT);
        r.partnerProperty().set(Answer.NO);
        r.childrenProperty().set(Answer.YES);
        r.childAges().setText("3, 7");
        r.tenureProperty().set(Tenure.SOCIAL);
        r.londonProperty().set(Answer.NO);
        r.bedrooms().setText("2");
        r.household().rent().money().setText("110");
        r.councilTaxProperty().set(Answer.NO);
        r.hours().setText("16");
        r.wage().setText("12.71");
    }

    @Test
    void startsEmptyWithNothingOfTheAdvisersCaseShownOrCounted() {
        // a couple with three children (the adviser's case) must not leak into the resident's answer
        MainViewModel vm = adviserWith("couple-three-children-private-rent-cap.yaml", LocalDate.of(2026, 5, 1));
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        assertEquals("", r.age().getText(), "no age filled in");
        assertNull(r.tenureProperty().get(), "no home chosen");
        assertNull(r.partnerProperty().get());
        assertNull(r.childrenProperty().get());
        assertTrue(r.household().children().isEmpty());
        assertFalse(r.household().coupleProperty().get());
        assertEquals("", r.household().rent().money().getText());
        assertEquals("", r.hours().getText(), "no hours filled in");
        assertNull(r.comparisonProperty().get());
        assertTrue(r.age().isValid() && r.wage().isValid() && r.partnerAge().isValid(), "a question not answered yet is not marked as an error");
        assertEquals("", r.getAnswer(), "no answer before the questions are answered");
        assertTrue(r.getMessage().contains("How old are you?"), r.getMessage());
        assertTrue(r.getMessage().contains("Do children live with you?"), r.getMessage());
        assertTrue(r.getMessage().contains("Does a health condition limit your work?"), "health is asked, not assumed: " + r.getMessage());
        assertNull(r.healthProperty().get());
    }

    @Test
    void noAnswerUntilTheQuestionsThatMatterAreAnsweredThenTheCasesFigures() {
        CaseFile lone = CaseReader.read(sharedCase("lone-parent-social-rent.yaml"));
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> lone.circumstances().date(), CaseStore.inMemory(), Runnable::run);
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        answerAsTheLoneParent(r);
        r.wage().setText("");
        assertEquals("", r.getAnswer(), "the wage is not answered yet");
        assertTrue(r.getMessage().contains("How much an hour?"), r.getMessage());
        r.wage().setText("12.71");
        Comparison c = r.comparisonProperty().get();
        assertNotNull(c, r.getMessage());
        // Expected: cases/lone-parent-social-rent.yaml (worked by hand there: UC 2026/27, two child elements, housing element £110 × 52/12)
        for (var e : lone.expect().get("baseline"))
            assertEquals(0, c.baseline().figure(e.figure()).in(e.period()).amount().compareTo(e.amount()), "out of work " + e.figure());
        for (var e : lone.expect().get("16 hours"))
            assertEquals(0, c.scenarios().getFirst().figure(e.figure()).in(e.period()).amount().compareTo(e.amount()), "16 hours " + e.figure());
        String a = r.getAnswer();
        assertTrue(a.contains("Working 16 hours, you would have " + c.scenarios().getFirst().figure(FigureIds.MONEY_LEFT).week().format()), a);
        // the case's rent, £110.00 a week, all met by the housing costs element (£476.67 a month) within the UC award
        assertTrue(a.contains("Your Universal Credit would include £110.00 a week for your rent, paid to you: you pay it to your landlord."), a);
    }

    @Test
    void aBadAnswerSaysWhatToTypeUnderTheQuestionsOwnWords() {
        MainViewModel vm = adviserWith("hostel-25plus-after-oct-2026.yaml", LocalDate.of(2026, 12, 1));
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        r.hours().setText("lot");
        assertTrue(r.getMessage().startsWith("How many hours would you work a week? Enter a number from 0 to 100"), r.getMessage());
        r.childrenProperty().set(Answer.YES);
        r.childAges().setText("four");
        assertTrue(r.getMessage().contains("How old are they? Enter each child's age in years (0 to 19), separated by commas, like 4, 9."), r.getMessage());
    }

    @Test
    void backToAdviserModeBringsTheAdvisersCaseBackAsItWas() {
        MainViewModel vm = adviserWith("hostel-25plus-after-oct-2026.yaml", LocalDate.of(2026, 12, 1));
        vm.household().rent().money().setText("260"); // unsaved adviser work
        Comparison before = vm.currentComparison();
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        answerAsTheLoneParent(r);
        assertNotNull(r.comparisonProperty().get());
        vm.leaveResidentMode();
        assertEquals("260", vm.household().rent().money().getText());
        assertEquals(Tenure.SUPPORTED, vm.household().tenureProperty().get());
        assertTrue(vm.dirtyProperty().get(), "the adviser's edits are still not saved, and still marked so");
        assertSame(before, vm.currentComparison(), "the adviser's comparison is untouched");
        assertEquals("", r.age().getText(), "leaving wiped the resident's answers");
        vm.enterResidentMode();
        assertNull(r.tenureProperty().get(), "a second visit starts clean too");
    }

    @Test
    void newResidentWipesEverythingAndStaysInResidentMode() {
        MainViewModel vm = adviserWith("hostel-25plus-after-oct-2026.yaml", LocalDate.of(2026, 7, 1));
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        answerAsTheLoneParent(r);
        assertFalse(r.getAnswer().isEmpty());
        r.newResident();
        assertEquals("", r.getAnswer());
        assertEquals("", r.household().rent().money().getText());
        assertTrue(r.household().children().isEmpty());
        assertTrue(vm.isResident(), "New resident stays in resident mode");
    }

    /**
     * A couple with three children in temporary accommodation in London, answered in resident mode, is the household the
     * calculator is given: the partner, the three children (the eldest on the first-child rate) and London (benefit cap).
     */
    @Test
    void aCoupleInLondonTemporaryAccommodationWithThreeChildrenIsCountedInFull() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> day, CaseStore.inMemory(), Runnable::run);
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        r.age().setText("34");
        r.healthProperty().set(uk.betteroff.kernel.household.WorkCapability.FIT);
        r.partnerProperty().set(Answer.YES);
        r.partnerAge().setText("31");
        r.childrenProperty().set(Answer.YES);
        r.childAges().setText("2, 6 and 12");
        r.tenureProperty().set(Tenure.TEMPORARY);
        r.londonProperty().set(Answer.YES);
        r.household().rent().money().setText("380");
        r.councilTaxProperty().set(Answer.NO);
        r.hours().setText("16");
        r.wage().setText("12.71");
        Comparison c = r.comparisonProperty().get();
        assertNotNull(c, r.getMessage());
        // the same household as a case file, worked out by the calculator directly
        var adults = java.util.List.of(new uk.betteroff.kernel.household.Adult(34, uk.betteroff.kernel.household.WorkCapability.FIT,
                        uk.betteroff.kernel.household.DisabilityBenefit.NONE, false, java.util.List.of()),
                new uk.betteroff.kernel.household.Adult(31, uk.betteroff.kernel.household.WorkCapability.FIT,
                        uk.betteroff.kernel.household.DisabilityBenefit.NONE, false, java.util.List.of()));
        var children = java.util.List.of(new uk.betteroff.kernel.household.Child(2, uk.betteroff.kernel.household.Child.Disability.NONE, false, java.util.Optional.empty()),
                new uk.betteroff.kernel.household.Child(6, uk.betteroff.kernel.household.Child.Disability.NONE, false, java.util.Optional.empty()),
                // 12 on 1 December 2026: born by 1 December 2014, before 6 April 2017 (UC Regs 2013 reg 24, first-child rate)
                new uk.betteroff.kernel.household.Child(12, uk.betteroff.kernel.household.Child.Disability.NONE, true, java.util.Optional.empty()));
        assertEquals(3, r.household().children().size());
        assertTrue(r.household().coupleProperty().get());
        assertTrue(r.household().londonProperty().get());
        var built = r.household().build(new uk.betteroff.ui.input.Problems());
        assertEquals(adults, built.household().adults());
        assertEquals(children, built.household().children());
        assertTrue(built.london());
    }

    @Test
    void childAgesAreWholeYearsSeparatedByCommasSpacesOrAnd() throws Exception {
        assertEquals(java.util.List.of(0, 4, 9), ResidentViewModel.ages("0, 4 and 9"));
        assertThrows(uk.betteroff.ui.input.InputProblem.class, () -> ResidentViewModel.ages("4.5"));
        assertThrows(uk.betteroff.ui.input.InputProblem.class, () -> ResidentViewModel.ages("20"));
    }

    @Test
    void monthlyFiguresFollowTheView() {
        CaseFile lone = CaseReader.read(sharedCase("lone-parent-social-rent.yaml"));
        MainViewModel vm = new MainViewModel(TestRates.loaded(), () -> lone.circumstances().date(), CaseStore.inMemory(), Runnable::run);
        vm.enterResidentMode();
        ResidentViewModel r = new ResidentViewModel(vm);
        answerAsTheLoneParent(r);
        vm.comparison().periodProperty().set(Period.MONTH);
        assertTrue(r.getAnswer().contains(r.comparisonProperty().get().baseline().figure(FigureIds.MONEY_LEFT).month().format() + " a month"), r.getAnswer());
    }

    /** One wording for money left, on the resident's screen and on the paper they take home (issue 19 item 7). */
    @Test
    void moneyLeftIsWordedAlikeOnScreenAndOnPaper() {
        String words = "after rent, council tax, travel and childcare, for food, bills and everything else";
        assertTrue(uk.betteroff.ui.Messages.get("resident.result.out_of_work").contains(words));
        assertTrue(uk.betteroff.report.ReportText.of(java.util.Locale.UK).get("resident.money_left_means").replaceAll("\\s+", " ").contains(words));
    }
}
