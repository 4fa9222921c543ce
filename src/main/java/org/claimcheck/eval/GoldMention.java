package org.claimcheck.eval;

import java.util.Objects;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;

/**
 * One gold mention.
 *
 * @param value     the normalized value in {@link MentionValues} form, or null when the gold set gives none
 *                  (MEANTIME gives no value for money, percents and parties)
 * @param qualifier MONEY and PERCENT qualifier name, or null when not given
 * @param kind      party kind for PARTY, else null
 * @param scored    false for a region that is neither required nor wrong to predict: TIME and SET
 *                  expressions, and in MEANTIME a markable that holds others of its type (the long name "Airbus
 *                  parent EADS", the wrapper "$381 million, or $0.67" around two amounts);
 *                  a prediction that lies on such a region, and on no scored gold mention of its type, is
 *                  not counted
 */
public record GoldMention(GoldType type, Span span, String text, String value, String qualifier, PartyKind kind,
                          boolean scored) {
    public GoldMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }

    /** A scored gold mention. */
    public GoldMention(GoldType type, Span span, String text, String value, String qualifier, PartyKind kind) {
        this(type, span, text, value, qualifier, kind, type.scoredAs() != null);
    }

    /** True when this is an unscored region on which predictions of the given type are not counted. */
    public boolean excuses(MentionType predicted) {
        if (scored) {
            return false;
        }
        MentionType as = type.scoredAs();
        return as == null ? predicted == MentionType.DATE || predicted == MentionType.DURATION : as == predicted;
    }
}
