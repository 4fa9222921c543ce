package org.claimcheck.model;

/** A party's role in a claim, read from the dependency parse. */
public enum Role { AGENT, PATIENT, RECIPIENT, OTHER }
