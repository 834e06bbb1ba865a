package uk.betteroff.ui.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uk.betteroff.ui.input.Problems;

/**
 * Issue 18 item 8: the app's job fields use the same bounds as a case file (kernel.household.Limits), so a job the
 * app accepts is never one a saved case would be refused for on reopening.
 */
class JobLimitsTest {
    @Test
    void anHourlyWageOverTheCaseFilesBoundIsAFieldToCorrectButASalaryIsNot() {
        JobViewModel job = new JobViewModel(1, "16", "20000", () -> {});
        Problems p = new Problems();
        assertNull(job.build(p, ""));
        assertEquals(1, p.messages().size());
        assertTrue(p.messages().getFirst().contains("enter less than £10,000 an hour"), p.messages().getFirst());

        job.payKindProperty().set(JobViewModel.PayKind.SALARY);
        Problems salary = new Problems();
        assertTrue(job.build(salary, "").isPresent(), "£20,000 a year is an ordinary salary");
        assertEquals(0, salary.messages().size());
    }

    @Test
    void hoursAndAPensionPercentKeepTheirBounds() {
        JobViewModel job = new JobViewModel(1, "101", "12.71", () -> {});
        assertEquals("Enter a number from 0 to 100 (decimals like 37.5 are fine).", job.hours().getError());
        job.hours().setText("1" + "0".repeat(100_000));
        assertEquals("Enter a number from 0 to 100 (decimals like 37.5 are fine).", job.hours().getError(), "a pasted megabyte of digits is refused before it is parsed");
    }
}
