package org.claimcheck.index;

/** How many matching claims carry one facet value (a party, an event class, a year). */
public record FacetCount(String label, long count) {
}
