package uk.betteroff.kernel.rates;

/** A legal or published source a rate rests on: id (as used in refs lists), title and address. */
public record Reference(String id, String title, String url) {}
