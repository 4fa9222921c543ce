package org.claimcheck.model;

/** How an amount or percentage is bounded by the words around it ("up to", "about", "more than"...). */
public enum Qualifier {
    EXACT, APPROX, UP_TO, AT_LEAST, MORE_THAN, LESS_THAN, RANGE
}
