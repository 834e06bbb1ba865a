package uk.betteroff.ui.input;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/** Registers one listener on many inputs: every edit anywhere in the household or scenarios triggers a recalculation. */
public final class Changes {
    private Changes() {}

    public static void watch(InvalidationListener l, Observable... observables) {
        for (Observable o : observables) o.addListener(l);
    }
}
