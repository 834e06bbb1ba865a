package uk.betteroff.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.cases.CaseReader;
import uk.betteroff.cases.CaseWriter;
import uk.betteroff.ui.comparison.JobViewModel;
import uk.betteroff.ui.comparison.ScenarioViewModel;
import uk.betteroff.ui.comparison.ScenariosViewModel;
import uk.betteroff.ui.household.HouseholdViewModel;
import uk.betteroff.ui.input.TextInput;
import uk.betteroff.yaml.YamlError;
import uk.betteroff.yaml.YamlException;

/**
 * The fields a person types into, each by its path in the case-file format as the case reader names it
 * ({@code household.adults[0].age}, {@code housing.rent}, {@code scenarios[1].jobs.adult_1.hours}): how a draft's
 * {@code draft:} map names the text kept for a field not valid yet. Options are counted as the file lists them (the
 * options switched on, in order), as opening a case fills the slots in that order.
 */
final class DraftFields {
    private DraftFields() {}

    /** Every field in use now (the second adult's only for a couple), path → field, in the form's order. */
    static Map<String, TextInput<?>> byPath(HouseholdViewModel h, ScenariosViewModel s) {
        Map<String, TextInput<?>> out = new LinkedHashMap<>();
        out.put("date", h.date());
        int adults = h.coupleProperty().get() ? 2 : 1;
        for (int i = 0; i < adults; i++) {
            String a = "household.adults[" + i + "]";
            out.put(a + ".age", h.adult(i).age());
            for (int j = 0; j < h.adult(i).incomes().size(); j++)
                out.put(a + ".unearned_income[" + j + "].amount", h.adult(i).incomes().get(j).amount().money());
        }
        for (int i = 0; i < h.children().size(); i++) out.put("household.children[" + i + "].age", h.children().get(i).age());
        for (int i = 0; i < h.nonDependants().size(); i++) {
            String n = "household.non_dependants[" + i + "]";
            out.put(n + ".age", h.nonDependants().get(i).age());
            out.put(n + ".gross_income", h.nonDependants().get(i).grossIncome().money());
            out.put(n + ".hours", h.nonDependants().get(i).hours());
        }
        out.put("household.capital", h.capital());
        out.put("housing.rent", h.rent().money());
        out.put("housing.ineligible_charges", h.ineligibleCharges().money());
        out.put("housing.bedrooms", h.bedrooms());
        out.put("housing.lha_rate", h.lhaRate().money());
        out.put("housing.council_tax", h.councilTax().money());
        out.put("housing.council_tax.reduction_estimate.maximum_percent", h.ctrMaximumPercent());
        out.put("housing.council_tax.reduction_estimate.taper_percent", h.ctrTaperPercent());
        int n = 0;
        for (ScenarioViewModel slot : s.slots()) {
            if (!slot.includedProperty().get()) continue;
            String o = "scenarios[" + n++ + "]";
            for (int adult = 1; adult <= adults; adult++) {
                JobViewModel j = slot.job(adult);
                String job = o + ".jobs.adult_" + adult;
                out.put(job + ".hours", j.hours());
                out.put(job + ".wage", j.wage());
                out.put(job + ".pension.employee_percent", j.pensionPercent());
            }
            // an option's further jobs, after each person's first (the window's "More jobs")
            for (int k = 0; k < slot.moreJobs().size(); k++) {
                JobViewModel j = slot.moreJobs().get(k);
                if (j.adult() > adults) continue;
                String job = o + ".more_jobs[" + k + "]";
                out.put(job + ".hours", j.hours());
                out.put(job + ".wage", j.wage());
                out.put(job + ".pension.employee_percent", j.pensionPercent());
            }
            out.put(o + ".costs.travel", slot.travel().money());
            out.put(o + ".costs.childcare", slot.childcare().money());
            out.put(o + ".council_tax_reduction_entered", slot.ctrKnown().money());
        }
        return out;
    }

    /** The text of every field in use now, by path (taken on the UI thread, for {@link #readable} on another). */
    static Map<String, String> texts(HouseholdViewModel h, ScenariosViewModel s) {
        Map<String, String> out = new LinkedHashMap<>();
        byPath(h, s).forEach((path, field) -> out.put(path, field.getText() == null ? "" : field.getText()));
        return out;
    }

    /**
     * The case as the case reader will read it back. The form accepts what a case file may not hold (a supported
     * tenancy whose rent is not entered yet, which the reader refuses): such a field joins the draft with its text,
     * so that the file saved or kept for recovery opens again rather than being refused as damaged.
     */
    static CaseFile readable(CaseFile c, Map<String, String> texts) {
        try {
            CaseReader.read("check.yaml", CaseWriter.toYaml(c));
            return c;
        } catch (YamlException e) {
            Map<String, String> draft = new LinkedHashMap<>(c.draft());
            for (YamlError err : e.errors()) {
                String typed = texts.get(err.path());
                if (typed != null) draft.putIfAbsent(err.path(), typed);
            }
            return draft.size() == c.draft().size() ? c : c.withDraft(draft);
        }
    }

    /** The path of each field in use, by the field itself (fields are told apart by identity). */
    static Map<TextInput<?>, String> pathOf(HouseholdViewModel h, ScenariosViewModel s) {
        Map<TextInput<?>, String> out = new java.util.IdentityHashMap<>();
        byPath(h, s).forEach((path, field) -> out.put(field, path));
        return out;
    }
}
