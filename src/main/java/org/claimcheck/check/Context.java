package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Span;

/**
 * Read-only views of one article that several rules need: the body in lower case (same offsets, since
 * {@link Locale#ROOT} lower-casing of the ASCII cue words keeps lengths; non-ASCII letters are left as
 * they are), mentions by sentence, and the claims outside page furniture.
 */
final class Context {

    private static final Pattern CORRECTION_PARAGRAPH = Pattern.compile(
            "\\W{0,3}(correction|clarification|editor['\u2019]s note|update)\\b");
    private static final Pattern EARLIER_VERSION = Pattern.compile(
            "\\b(an? (earlier|previous) version of this (article|story|report)|incorrectly (said|stated|reported))");

    private final ArticleFacts facts;
    private final String lower;
    private final boolean headline;
    private final int lede;

    Context(ArticleFacts facts) {
        this.facts = facts;
        this.lower = asciiLower(facts.article().body());
        this.headline = firstSentenceIsHeadline();
        this.lede = firstSentenceWithParty(headline ? 1 : 0);
    }

    ArticleFacts facts() {
        return facts;
    }

    /** The body with ASCII letters in lower case; offsets are those of the body. */
    String lower() {
        return lower;
    }

    /** Lower-cased body text in {@code [start, end)}, clipped to the body. */
    String lower(int start, int end) {
        int s = Math.max(0, Math.min(start, lower.length()));
        int e = Math.max(s, Math.min(end, lower.length()));
        return lower.substring(s, e);
    }

    /** The span of sentence {@code sentence}. */
    Span sentenceSpan(int sentence) {
        return facts.sentences().get(sentence).span();
    }

    /**
     * Page furniture, or a correction note: a paragraph opening with "Correction" or "Clarification", or a
     * sentence speaking of "an earlier version of this article". What a correction says was wrong is no
     * statement of the article, and what it says is right restates the body.
     */
    boolean isFurniture(int sentence) {
        if (sentence < 0 || sentence >= facts.sentences().size()) {
            return false;
        }
        if (facts.sentences().get(sentence).furniture()) {
            return true;
        }
        Span span = facts.sentences().get(sentence).span();
        int lineStart = lower.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        return CORRECTION_PARAGRAPH.matcher(lower).region(lineStart, lower.length()).lookingAt()
                || EARLIER_VERSION.matcher(lower(span.start(), span.end())).find();
    }

    /**
     * The headline: the first sentence when it is the article's title or a line of its own with no closing
     * full stop ("Google to invest $15 billion in India AI hub").
     */
    boolean isHeadline(int sentence) {
        return sentence == 0 && headline;
    }

    private boolean firstSentenceIsHeadline() {
        if (facts.sentences().isEmpty()) {
            return false;
        }
        String body = facts.article().body();
        Span span = facts.sentences().get(0).span();
        String text = body.substring(span.start(), span.end()).strip();
        if (!text.isEmpty() && text.equals(facts.article().title().strip())) {
            return true;
        }
        int lineEnd = body.indexOf('\n', span.start());
        boolean ownLine = lineEnd < 0 ? body.substring(span.end()).isBlank() : body.substring(span.end(), lineEnd).isBlank();
        return ownLine && !text.isEmpty() && !text.endsWith(".") && body.substring(0, span.start()).isBlank();
    }

    /**
     * The lede: the first sentence after the headline with a party in it (a dateline of its own is skipped),
     * the one that states what the headline announces.
     */
    boolean isLede(int sentence) {
        return sentence >= 0 && sentence == lede;
    }

    private int firstSentenceWithParty(int from) {
        int best = -1;
        for (Mention m : facts.mentions()) {
            if (m.type() == MentionType.PARTY && m.sentence() >= from && (best < 0 || m.sentence() < best)) {
                best = m.sentence();
            }
        }
        return best;
    }

    int sentenceCount() {
        return facts.sentences().size();
    }

    /** Mentions of {@code type} in sentence {@code s}, in body order. */
    List<Mention> mentions(int s, MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (m.sentence() == s && m.type() == type) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every mention of {@code type} outside furniture, in body order. */
    List<Mention> mentions(MentionType type) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : facts.mentions()) {
            if (m.type() == type && !isFurniture(m.sentence())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Claims outside furniture, in the extractor's order. */
    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        for (Claim c : facts.claims()) {
            if (!isFurniture(c.sentence())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Ids of the claims whose mentions include a mention at one of {@code spans}, in claim order. */
    List<String> claimsCovering(List<Span> spans) {
        List<String> out = new ArrayList<>();
        for (Claim c : facts.claims()) {
            for (int i : c.mentions()) {
                if (i >= 0 && i < facts.mentions().size() && spans.contains(facts.mention(i).span())) {
                    out.add(c.id());
                    break;
                }
            }
        }
        return out;
    }

    Mention mention(int i) {
        return facts.mention(i);
    }

    static String asciiLower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] >= 'A' && cs[i] <= 'Z') {
                cs[i] = (char) (cs[i] + ('a' - 'A'));
            }
        }
        return new String(cs);
    }
}
