package uk.betteroff.ui.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import uk.betteroff.kernel.household.Limits;
import uk.betteroff.kernel.money.Money;
import uk.betteroff.ui.Messages;

/** The parsers for the kinds of field the household and scenarios use; every refusal says what is allowed. */
public final class Parsers {
    private Parsers() {}

    private static final BigDecimal MAX_MONEY = Limits.MONEY_MAX;
    /** Characters in a number as typed: more than any real figure, and a pasted megabyte is refused before it is parsed. */
    private static final int MAX_NUMBER_TEXT = 40;
    private static final Pattern MONEY = Pattern.compile("£?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|£?\\s*\\.\\d{1,2}");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Pounds and pence, 0 or more, "£" and thousands commas allowed; blank means £0 when {@code blankIsZero}. */
    public static Parser<Money> money(boolean blankIsZero) { return money(blankIsZero, "input.money.required", "input.money"); }

    /** A wage: an hourly wage or a yearly salary, never blank; a refusal gives an example of each, not a rent's. */
    public static Parser<Money> wage() { return money(false, "input.wage", "input.wage"); }

    private static Parser<Money> money(boolean blankIsZero, String blankKey, String badKey) {
        return t -> {
            if (t.isEmpty()) {
                if (blankIsZero) return Money.ZERO;
                throw new InputProblem(Messages.get(blankKey));
            }
            if (t.startsWith("-") || t.startsWith("−")) throw new InputProblem(Messages.get("input.money.negative"));
            if (t.length() > MAX_NUMBER_TEXT || !MONEY.matcher(t).matches()) throw new InputProblem(Messages.get(badKey));
            BigDecimal v = new BigDecimal(t.replace("£", "").replace(",", "").strip());
            if (v.compareTo(MAX_MONEY) > 0) throw new InputProblem(Messages.format("input.money.too_large", "£" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK).format(MAX_MONEY)));
            return Money.of(v);
        };
    }

    /** A whole number from {@code min} to {@code max}; blank is refused. */
    public static Parser<Integer> wholeNumber(int min, int max) {
        return t -> {
            String allowed = Messages.format("input.whole_number", min, max);
            if (t.isEmpty() || !t.matches("\\d{1,4}")) throw new InputProblem(allowed);
            int v = Integer.parseInt(t);
            if (v < min || v > max) throw new InputProblem(allowed);
            return v;
        };
    }

    /** A number from {@code min} to {@code max} (decimals allowed, e.g. 37.5); blank is null when {@code blankIsNone}. */
    public static Parser<BigDecimal> decimal(BigDecimal min, BigDecimal max, boolean blankIsNone) {
        return t -> {
            if (t.isEmpty() && blankIsNone) return null;
            String allowed = Messages.format("input.decimal", min.toPlainString(), max.toPlainString());
            if (t.length() > MAX_NUMBER_TEXT || !DECIMAL.matcher(t).matches()) throw new InputProblem(allowed);
            BigDecimal v = new BigDecimal(t);
            if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw new InputProblem(allowed);
            return v;
        };
    }

    /** An adult's age ({@link Limits}). */
    public static Parser<Integer> adultAge() { return wholeNumber(Limits.ADULT_AGE_MIN, Limits.ADULT_AGE_MAX); }

    /** A child's age ({@link Limits}). */
    public static Parser<Integer> childAge() { return wholeNumber(0, Limits.CHILD_AGE_MAX); }

    /** Bedrooms ({@link Limits}). */
    public static Parser<Integer> bedrooms() { return wholeNumber(0, Limits.BEDROOMS_MAX); }

    /** Hours a week in a job ({@link Limits}); blank is null when {@code blankIsNone}. */
    public static Parser<BigDecimal> hours(boolean blankIsNone) { return decimal(BigDecimal.ZERO, Limits.HOURS_MAX, blankIsNone); }

    /** A percentage, 0 to 100. */
    public static Parser<BigDecimal> percent() { return decimal(BigDecimal.ZERO, Limits.PERCENT_MAX, false); }

    /** A date as 22/11/2026 or 2026-11-22. */
    public static Parser<LocalDate> date() {
        return t -> {
            try {
                if (t.contains("-")) return LocalDate.parse(t);
                return LocalDate.parse(t, UK_DATE);
            } catch (DateTimeParseException e) {
                throw new InputProblem(Messages.get("input.date"));
            }
        };
    }

    /** Free text that must not be blank. */
    public static Parser<String> name() {
        return t -> {
            if (t.isEmpty()) throw new InputProblem(Messages.get("input.name.required"));
            return t;
        };
    }

    public static String format(LocalDate d) { return d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu")); }

    /** Money as typed into a field: "250.00" (no £, no commas), or "" for nil when {@code blankForZero}. */
    public static String format(Money m, boolean blankForZero) {
        if (blankForZero && m.isZero()) return "";
        return m.plain();
    }
}
