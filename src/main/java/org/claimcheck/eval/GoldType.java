package org.claimcheck.eval;

import org.claimcheck.model.MentionType;

/**
 * The mention types a gold set can hold. Five of them are what claimcheck extracts and are scored;
 * TIME ("Monday morning") and SET ("every year") come from TimeML corpora such as MEANTIME and are not
 * scored: a predicted DATE or DURATION that lies on one of them is neither right nor wrong.
 */
public enum GoldType {
    PARTY, MONEY, DATE, TIME, DURATION, SET, PERCENT;

    /** The extracted mention type this gold type is scored against, or null when it is not scored. */
    public MentionType scoredAs() {
        return switch (this) {
            case PARTY -> MentionType.PARTY;
            case MONEY -> MentionType.MONEY;
            case DATE -> MentionType.DATE;
            case DURATION -> MentionType.DURATION;
            case PERCENT -> MentionType.PERCENT;
            case TIME, SET -> null;
        };
    }
}
