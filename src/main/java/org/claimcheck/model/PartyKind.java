package org.claimcheck.model;

public enum PartyKind { ORGANIZATION, PERSON }
