package uk.betteroff.kernel.household;

/** Income other than earnings, as entered. */
public record UnearnedIncome(Type type, Amount amount) {
    public enum Type {
        NEW_STYLE_ESA, NEW_STYLE_JSA, PENSION, SPOUSAL_MAINTENANCE, CHILD_MAINTENANCE, OTHER;

        /** New-style (contributory) JSA or ESA: a welfare benefit for the benefit cap, taken as entered in every column. */
        public boolean newStyleBenefit() { return this == NEW_STYLE_ESA || this == NEW_STYLE_JSA; }
    }

    public UnearnedIncome {
        if (type == null || amount == null) throw new IllegalArgumentException("unearned income needs a type and an amount");
    }
}
