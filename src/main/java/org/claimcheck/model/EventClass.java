package org.claimcheck.model;

/** Coarse class of a claim's head predicate. The lemma lists live in {@code extract.EventLexicon}. */
public enum EventClass {
    INVEST, ACQUIRE, AGREE, LICENSE, PAY, BUY, SELL, ANNOUNCE, REPORT, EARN, OWN, LEGAL_ACTION, APPOINT,
    LAUNCH, OTHER
}
