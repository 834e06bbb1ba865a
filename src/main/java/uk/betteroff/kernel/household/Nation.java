package uk.betteroff.kernel.household;

/** The nation of Great Britain the home is in (income tax bands, CTR scheme, Scottish benefits). */
public enum Nation { ENGLAND, WALES, SCOTLAND }
