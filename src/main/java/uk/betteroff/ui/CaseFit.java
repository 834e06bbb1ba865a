package uk.betteroff.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.betteroff.cases.CaseFile;
import uk.betteroff.kernel.household.Adult;
import uk.betteroff.kernel.household.Amount;
import uk.betteroff.kernel.household.Circumstances;
import uk.betteroff.kernel.household.Household;
import uk.betteroff.kernel.household.Housing;
import uk.betteroff.kernel.household.Job;
import uk.betteroff.kernel.household.Scenario;
import uk.betteroff.kernel.household.Tenure;
import uk.betteroff.kernel.household.UnearnedIncome;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.ui.comparison.ScenariosViewModel;

/**
 * What of a case file the window can show, and what it cannot yet. Opening a case lists to the user everything in
 * {@link #unshown} (it is neither kept invisibly nor dropped silently); {@link #shown} is the case the window holds,
 * and so the case it saves: the file's own case when nothing is listed.
 */
public record CaseFit(CaseFile shown, List<String> unshown) {
    public CaseFit {
        unshown = List.copyOf(unshown);
    }

    public static CaseFit of(CaseFile f) {
        List<String> out = new ArrayList<>();
        Circumstances c = f.circumstances();
        Household h = c.household();
        List<Adult> adults = new ArrayList<>();
        for (int i = 0; i < h.adults().size(); i++) {
            Adult a = h.adults().get(i);
            List<UnearnedIncome> kept = new ArrayList<>();
            for (UnearnedIncome u : a.unearnedIncome()) {
                // a line of income with nothing in it is what an empty row of the form means, and is left out as one is
                if (u.amount().isZero()) out.add(Messages.format("unshown.zero_income", Messages.format("person.n", i + 1),
                        Messages.get("unearned_income." + u.type().name().toLowerCase(java.util.Locale.ROOT))));
                else kept.add(u);
            }
            adults.add(new Adult(a.age(), a.workCapability(), a.disabilityBenefit(), a.carer(), kept));
        }
        Housing ho = c.housing();
        Tenure t = ho.tenure();
        Amount rent = ho.rent(), inel = ho.ineligibleCharges(), lha = ho.lhaRate();
        Housing.CouncilTax tax = ho.councilTax();
        if (!t.renting()) {
            if (!rent.isZero()) out.add(Messages.format("unshown.rent", words(rent), tenure(t)));
            if (!inel.isZero()) out.add(Messages.format("unshown.ineligible_charges", words(inel), tenure(t)));
            rent = Amount.NONE_WEEKLY;
            inel = Amount.NONE_WEEKLY;
        }
        if (t != Tenure.PRIVATE) {
            if (!lha.isZero()) out.add(Messages.format("unshown.lha_rate", words(lha), tenure(t)));
            lha = null;
        }
        if (!tax.liable()) {
            if (!tax.charge().isZero()) out.add(Messages.format("unshown.council_tax", words(tax.charge())));
            tax = Housing.CouncilTax.NOT_LIABLE;
        }
        Housing housing = new Housing(t, rent, inel, ho.bedrooms(), lha, tax, ho.rentIncludes(), ho.brma(), ho.sharedAccommodationException());
        Household household = new Household(adults, h.children(), h.nonDependants(), h.capital());

        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < f.scenarios().size(); i++) {
            Scenario s = f.scenarios().get(i);
            if (i >= ScenariosViewModel.SLOTS) {
                out.add(Messages.format("unshown.scenario", s.name(), ScenariosViewModel.SLOTS));
                continue;
            }
            // the window holds each person's first job in the option's column and any others after them, in the file's order
            Job[] first = new Job[2];
            List<Job> more = new ArrayList<>();
            for (Job j : s.jobs()) {
                if (first[j.adult() - 1] == null) first[j.adult() - 1] = j;
                else more.add(j);
            }
            List<Job> jobs = new ArrayList<>();
            for (Job one : first) if (one != null) jobs.add(one);
            jobs.addAll(more);
            scenarios.add(new Scenario(s.name().strip(), jobs, s.travel(), s.childcare()));
        }
        if (f.source().isPresent()) out.add(Messages.get("unshown.source"));
        if (!f.expect().isEmpty()) out.add(Messages.get("unshown.expect"));
        String name = f.name() == null || f.name().isBlank() ? Messages.get("case.untitled") : f.name().strip();
        Circumstances circumstances = new Circumstances(c.date(), c.nation(), c.council(), c.london(), household, housing);
        CaseFile shown = new CaseFile(name, circumstances, scenarios, Map.of(), Money.ZERO, Optional.empty(), Optional.empty(), c.council());
        return new CaseFit(shown, out);
    }

    private static String words(Amount a) {
        return a.money().format() + " " + Messages.get("period." + a.per().yamlName());
    }

    private static String tenure(Tenure t) { return Messages.get("tenure." + t.name().toLowerCase(java.util.Locale.ROOT)); }

}
