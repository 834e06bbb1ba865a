package uk.betteroff.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** The UI text bundle: every Alt+letter on the adviser screen leads to one field only. */
class MessagesTest {
    @Test
    void adviserFieldMnemonicsAreUnique() {
        ResourceBundle b = ResourceBundle.getBundle("uk.betteroff.ui.messages", Locale.UK, MessagesTest.class.getModule());
        Map<Character, String> seen = new HashMap<>();
        for (String k : b.keySet()) {
            if (!k.matches("(household|person|home|council_tax|job|costs|child|non_dependant|scenario|comparison)\\..*")) continue;
            String v = b.getString(k);
            int i = v.indexOf('_');
            if (i < 0 || i + 1 >= v.length()) continue;
            char c = Character.toLowerCase(v.charAt(i + 1));
            String other = seen.put(c, k);
            assertNull(other, "Alt+" + c + " is the mnemonic of both " + other + " and " + k);
        }
        assertTrue(seen.size() >= 20, "the household and option fields have mnemonics: " + seen);
    }

    /** Resident mode's questions and buttons: one Alt+letter each (issue 19 item 6 added questions). */
    @Test
    void residentMnemonicsAreUnique() {
        ResourceBundle b = ResourceBundle.getBundle("uk.betteroff.ui.messages", Locale.UK, MessagesTest.class.getModule());
        Map<Character, String> seen = new HashMap<>();
        for (String k : b.keySet()) {
            if (!k.startsWith("resident.")) continue;
            String v = b.getString(k);
            int i = v.indexOf('_');
            if (i < 0 || i + 1 >= v.length()) continue;
            String other = seen.put(Character.toLowerCase(v.charAt(i + 1)), k);
            assertNull(other, "Alt+" + v.charAt(i + 1) + " is the mnemonic of both " + other + " and " + k);
        }
        assertTrue(seen.size() >= 10, seen.toString());
    }

    @Test
    void everyFigureShownHasAName() {
        for (String id : uk.betteroff.kernel.result.FigureIds.ALL)
            assertTrue(Messages.has("figure." + id), "figure." + id + " is missing from messages.properties");
    }
}
