package uk.betteroff.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import uk.betteroff.kernel.money.Money;
import uk.betteroff.kernel.money.Period;

/**
 * The words of the print-outs, from {@code uk/betteroff/report/report.properties} (and
 * {@code report_cy.properties} for Welsh once it is translated). Placeholders are {0}, {1}, … filled in
 * plainly, so translators need not know MessageFormat's quoting rules.
 */
public final class ReportText {
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("uk.betteroff.report.report", locale);
    }

    public static ReportText of(Locale locale) { return new ReportText(locale); }

    public Locale locale() { return locale; }

    /** The BCP 47 language tag for the PDF (screen readers choose a voice by it). */
    public String languageTag() {
        return bundle.getLocale().getLanguage().isEmpty() ? "en-GB" : bundle.getLocale().toLanguageTag();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report.properties has no text for " + key, e);
        }
    }

    public boolean has(String key) { return bundle.containsKey(key); }

    public String format(String key, Object... args) {
        String s = get(key);
        for (int i = 0; i < args.length; i++) s = s.replace("{" + i + "}", String.valueOf(args[i]));
        return s;
    }

    public String money(Money m) { return m.format(); }

    public String date(LocalDate d) { return d.format(DateTimeFormatter.ofPattern(get("date.pattern"), locale)); }

    public String per(Period p) { return get("period." + p.yamlName()); }

    public String yesNo(boolean b) { return get(b ? "adviser.yes" : "adviser.no"); }

    public String figure(String id) { return get("figure." + id); }

    /** A choice in words people read ({@code <prefix>.<value>}), or the value's own words where none is written. */
    public String word(String prefix, Enum<?> e) {
        String key = prefix + "." + e.name().toLowerCase(Locale.ROOT);
        return bundle.containsKey(key) ? bundle.getString(key) : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
