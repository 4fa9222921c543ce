package org.claimcheck.model;

/** {@code error}: the two statements cannot both hold; {@code warning}: they very likely do not. */
public enum Severity { ERROR, WARNING }
