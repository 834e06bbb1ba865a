package uk.betteroff.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All text the app shows, from {@code uk/betteroff/ui/messages.properties} (a Welsh
 * {@code messages_cy.properties} beside it is picked up by the default locale). Keys are spelled like the
 * concept they name ({@code figure.housing_benefit}, {@code uc.work_allowance}).
 */
public final class Messages {
    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private Messages() {}

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle("uk.betteroff.ui.messages", locale, Messages.class.getModule());
    }

    /** Switches language (e.g. {@code Locale.of("cy")}) for text looked up from now on. */
    public static void use(Locale locale) { bundle = load(locale); }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The language of the text in use, for dates and numbers in words (the base bundle is British English). */
    public static Locale locale() {
        Locale l = bundle.getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.UK : l;
    }

    public static boolean has(String key) { return bundle.containsKey(key); }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.UK).format(args);
    }

    /** The text with its mnemonic marker removed ("_Age" → "Age"), for accessible names and messages. */
    public static String plain(String key) { return get(key).replace("_", ""); }
}
