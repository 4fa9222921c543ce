package org.claimcheck.model;

/** How the article commits to a claim. */
public enum Modality { ASSERTED, REPORTED, FUTURE, CONDITIONAL, NEGATED, HEDGED }
