package org.claimcheck.model;

/** What a mention denotes. */
public enum MentionType {
    /** An organization or person that can take part in a claim. */
    PARTY,
    /** An amount of money with currency and qualifier. */
    MONEY,
    /** A calendar date, month, quarter, year or reference to the present. */
    DATE,
    /** A length of time ({@code P6Y}). */
    DURATION,
    /** A percentage. */
    PERCENT
}
