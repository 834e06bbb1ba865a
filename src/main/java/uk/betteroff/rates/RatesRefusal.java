package uk.betteroff.rates;

import java.nio.file.Path;
import java.util.List;

/** A rates folder that was not used, and why (each problem as file:line: path: message where known). */
public record RatesRefusal(RatesOrigin origin, Path folder, List<String> problems) {
    public RatesRefusal {
        problems = List.copyOf(problems);
    }

    /** One line for a status bar or the command line's standard error. */
    public String headline() {
        return "The rates in " + folder + " (" + origin.description() + ") were refused: " + problems.size()
                + " problem" + (problems.size() == 1 ? "" : "s") + ".";
    }
}
