package uk.betteroff.kernel;

/**
 * A simplification the user must see: what was assumed, in words, and the id of the rule it touches
 * (docs/style.md habit 7: gaps are visible).
 */
public record Assumption(String id, String text) {}
