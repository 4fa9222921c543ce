package org.claimcheck.eval;

import java.util.Objects;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;

/**
 * One gold mention.
 *
 * @param value     the normalized value in {@link MentionValues} form, or null when the gold set gives none
 *                  (MEANTIME gives no value for money, percents and parties)
 * @param qualifier MONEY and PERCENT qualifier name, or null when not given
 * @param kind      party kind for PARTY, else null
 */
public record GoldMention(GoldType type, Span span, String text, String value, String qualifier, PartyKind kind) {
    public GoldMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
