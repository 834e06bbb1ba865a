package uk.betteroff.kernel.household;

/** Income other than earnings, as entered. */
public record UnearnedIncome(Type type, Amount amount) {
    public enum Type { NEW_STYLE_ESA, NEW_STYLE_JSA, PENSION, SPOUSAL_MAINTENANCE, CHILD_MAINTENANCE, OTHER }

    public UnearnedIncome {
        if (type == null || amount == null) throw new IllegalArgumentException("unearned income needs a type and an amount");
    }
}
