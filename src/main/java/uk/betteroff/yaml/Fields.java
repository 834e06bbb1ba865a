package uk.betteroff.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.betteroff.yaml.YNode.YList;
import uk.betteroff.yaml.YNode.YMap;
import uk.betteroff.yaml.YNode.YScalar;

/**
 * Typed, located reads from a YAML tree for strict file formats. Each read that fails records an error
 * naming the file, line and path with a message a person can act on, and returns null (or empty), so a
 * loader can report every problem in a file at once.
 */
public final class Fields {
    private final String file;
    private final List<YamlError> errors = new ArrayList<>();

    public Fields(String file) { this.file = file; }

    public String file() { return file; }

    public List<YamlError> errors() { return errors; }

    public boolean ok() { return errors.isEmpty(); }

    /** Throws if any error was recorded. */
    public void throwIfErrors() {
        if (!errors.isEmpty()) throw new YamlException(errors);
    }

    public void error(YNode at, String message) { errors.add(new YamlError(file, at.line(), at.path(), message)); }

    public void error(int line, String path, String message) { errors.add(new YamlError(file, line, path, message)); }

    /** A mapping; null (already reported by {@link #required}) stays null. */
    public YMap map(YNode n) {
        if (n == null) return null;
        if (n instanceof YMap m) return m;
        error(n, "expected a mapping (key: value lines), got " + n.kind());
        return null;
    }

    /** A list; null (already reported by {@link #required}) stays null. */
    public YList list(YNode n) {
        if (n == null) return null;
        if (n instanceof YList l) return l;
        error(n, "expected a list, got " + n.kind());
        return null;
    }

    /** Refuses any key not in {@code allowed}, naming the ones that are. */
    public void allowOnly(YMap m, Collection<String> allowed) {
        for (var e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey()))
                error(m.keyLines().get(e.getKey()), e.getValue().path(), "unknown key \"" + e.getKey() + "\" (allowed here: " + String.join(", ", allowed) + ")");
        }
    }

    public YNode required(YMap m, String key) {
        if (m == null) return null;
        YNode n = m.entries().get(key);
        if (n == null || (n instanceof YScalar s && s.type() == YScalar.Type.NULL)) {
            error(m.line(), m.path().isEmpty() ? key : m.path() + "." + key, "missing \"" + key + "\"");
            return null;
        }
        return n;
    }

    public Optional<YNode> optional(YMap m, String key) {
        if (m == null) return Optional.empty();
        YNode n = m.entries().get(key);
        if (n instanceof YScalar s && s.type() == YScalar.Type.NULL) return Optional.empty();
        return Optional.ofNullable(n);
    }

    public String text(YNode n) {
        if (n == null) return null;
        if (n instanceof YScalar s && s.type() != YScalar.Type.NULL) return s.text();
        error(n, "expected text, got " + n.kind());
        return null;
    }

    public BigDecimal number(YNode n) {
        if (n == null) return null;
        if (n instanceof YScalar s && s.type() == YScalar.Type.NUMBER) {
            try {
                return Decimals.parse(s.text());
            } catch (NumberFormatException e) {
                error(n, "expected a number, got \"" + shown(s.text()) + "\"" + (Decimals.NOT_A_NUMBER.equals(e.getMessage()) ? "" : ", which " + e.getMessage()));
                return null;
            }
        }
        error(n, "expected a number, got " + describe(n));
        return null;
    }

    /** A number within [min, max], e.g. "hours must be between 0 and 100, got 160". */
    public BigDecimal number(YNode n, String what, BigDecimal min, BigDecimal max) {
        BigDecimal v = number(n);
        if (v == null) return null;
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            error(n, what + " must be between " + min.toPlainString() + " and " + max.toPlainString() + ", got " + v.toPlainString());
            return null;
        }
        return v;
    }

    public Integer integer(YNode n, String what, int min, int max) {
        BigDecimal v = number(n, what, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
        if (v == null) return null;
        if (v.stripTrailingZeros().scale() > 0) {
            error(n, what + " must be a whole number, got " + v.toPlainString());
            return null;
        }
        return v.intValue();
    }

    public Boolean bool(YNode n) {
        if (n == null) return null;
        if (n instanceof YScalar s && s.type() == YScalar.Type.BOOLEAN) return Boolean.valueOf(s.text());
        error(n, "expected true or false, got " + describe(n));
        return null;
    }

    public LocalDate date(YNode n) {
        String t = text(n);
        if (t == null) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            error(n, "expected a date as YYYY-MM-DD, got \"" + shown(t) + "\"");
            return null;
        }
    }

    /** A lower-case word naming an enum constant ("lcwra_protected" → LCWRA_PROTECTED). */
    public <E extends Enum<E>> E choice(YNode n, Class<E> type, String what) {
        String t = text(n);
        if (t == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().toLowerCase(Locale.ROOT).equals(t)) return e;
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) allowed.add(e.name().toLowerCase(Locale.ROOT));
        error(n, what + " must be one of " + String.join(", ", allowed) + "; got \"" + shown(t) + "\"");
        return null;
    }

    private static String describe(YNode n) {
        return n instanceof YScalar s && s.type() != YScalar.Type.NULL ? "\"" + shown(s.text()) + "\"" : n.kind();
    }

    /** A value as quoted in a message: control characters escaped, and cut short when long. */
    public static String shown(String text) { return Decimals.shown(text, 80); }

    /** As {@link #shown(String)}, cut at {@code max} characters. */
    public static String shown(String text, int max) { return Decimals.shown(text, max); }
}
