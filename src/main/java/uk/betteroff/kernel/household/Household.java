package uk.betteroff.kernel.household;

import java.util.List;

import uk.betteroff.kernel.money.Money;

/** The benefit unit (one or two adults and their children), other adults in the home, and savings. */
public record Household(List<Adult> adults, List<Child> children, List<NonDependant> nonDependants, Money capital) {
    public Household {
        adults = List.copyOf(adults);
        children = children == null ? List.of() : List.copyOf(children);
        nonDependants = nonDependants == null ? List.of() : List.copyOf(nonDependants);
        if (capital == null) capital = Money.ZERO;
        if (adults.isEmpty() || adults.size() > 2)
            throw new IllegalArgumentException("a household has one adult or a couple (two), got " + adults.size());
        if (capital.isNegative()) throw new IllegalArgumentException("capital cannot be negative");
    }

    public boolean couple() { return adults.size() == 2; }

    public boolean hasChildren() { return !children.isEmpty(); }

    public boolean loneParent() { return !couple() && hasChildren(); }

    public int eldestAdultAge() { return adults.stream().mapToInt(Adult::age).max().orElseThrow(); }
}
