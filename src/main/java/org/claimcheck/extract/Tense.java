package org.claimcheck.extract;

/** The time orientation of the clause a relative date stands in, relative to publication. */
public enum Tense { PAST, PRESENT, FUTURE }
