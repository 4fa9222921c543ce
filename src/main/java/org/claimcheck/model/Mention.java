package org.claimcheck.model;

import java.util.Objects;

/**
 * One typed mention in an article body. Exactly one of the payload fields fits the type:
 * {@code party} for PARTY, {@code money} for MONEY, {@code time} for DATE, {@code duration} (ISO 8601,
 * e.g. {@code P6Y}) for DURATION, {@code percent} for PERCENT.
 *
 * @param index    position in the article's mention list (sorted by offset), used by claims to refer to it
 * @param sentence index of the sentence that holds it
 */
public record Mention(int index, MentionType type, Span span, String text, int sentence,
                      Party party, Money money, TimeValue time, String duration, Percent percent) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length does not match span: " + text);
        }
        switch (type) {
            case PARTY -> Objects.requireNonNull(party, "party");
            case MONEY -> Objects.requireNonNull(money, "money");
            case DATE -> Objects.requireNonNull(time, "time");
            case DURATION -> Objects.requireNonNull(duration, "duration");
            case PERCENT -> Objects.requireNonNull(percent, "percent");
            default -> throw new IllegalStateException();
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public Mention withIndex(int i) {
        return new Mention(i, type, span, text, sentence, party, money, time, duration, percent);
    }

    public Mention withSentence(int s) {
        return new Mention(index, type, span, text, s, party, money, time, duration, percent);
    }

    public static Mention party(Span span, String text, Party p) {
        return new Mention(-1, MentionType.PARTY, span, text, -1, p, null, null, null, null);
    }

    public static Mention money(Span span, String text, Money m) {
        return new Mention(-1, MentionType.MONEY, span, text, -1, null, m, null, null, null);
    }

    public static Mention date(Span span, String text, TimeValue t) {
        return new Mention(-1, MentionType.DATE, span, text, -1, null, null, t, null, null);
    }

    public static Mention duration(Span span, String text, String iso) {
        return new Mention(-1, MentionType.DURATION, span, text, -1, null, null, null, iso, null);
    }

    public static Mention percent(Span span, String text, Percent p) {
        return new Mention(-1, MentionType.PERCENT, span, text, -1, null, null, null, null, p);
    }
}
