package org.claimcheck.extract.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.model.Token;

/** Everything about one article that the claim readers share: parse, mentions, timeline lines. */
final class ArticleContext {

    final Annotation annotation;
    final DependencyGraph graph;
    final MentionMap mentions;
    final EventLexicon lexicon;
    final PartyNames names;
    /** First token index of each sentence (or -1 when it has none). */
    private final int[] firstToken;
    private final int[] endToken;
    private final BitSet timeline;
    /** Tokens that are the subject (nsubj, nsubj:pass) of some predicate and lie in a PARTY mention. */
    private final BitSet subjectParty = new BitSet();

    ArticleContext(Annotation annotation, List<Mention> mentionList, EventLexicon lexicon, Gazetteer gazetteer) {
        this.annotation = annotation;
        this.lexicon = lexicon;
        this.names = new PartyNames(mentionList, gazetteer, annotation.article().body());
        this.mentions = new MentionMap(annotation.tokens(), mentionList);
        List<Dependency> edges = ParseRepair.apply(annotation.dependencies(), annotation.tokens(),
                t -> mentions.at(t, MentionType.DATE) >= 0, t -> mentions.at(t, MentionType.PARTY) >= 0,
                t -> mentions.at(t, MentionType.MONEY) >= 0);
        this.graph = new DependencyGraph(annotation.tokens(), edges);
        int sentences = annotation.sentences().size();
        firstToken = new int[sentences];
        endToken = new int[sentences];
        java.util.Arrays.fill(firstToken, -1);
        java.util.Arrays.fill(endToken, -1);
        for (Token t : annotation.tokens()) {
            int s = t.sentence();
            if (s < 0 || s >= sentences) {
                continue;
            }
            if (firstToken[s] < 0) {
                firstToken[s] = t.index();
            }
            endToken[s] = t.index() + 1;
        }
        for (Dependency d : edges) {
            if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
                    && d.dependent() >= 0 && d.dependent() < graph.size()
                    && mentions.at(d.dependent(), MentionType.PARTY) >= 0) {
                subjectParty.set(d.dependent());
            }
        }
        timeline = findTimeline();
    }

    /** Sentences after a line announcing a timeline ("Here's a timeline of ...") up to page furniture. */
    private BitSet findTimeline() {
        BitSet lines = new BitSet();
        boolean inside = false;
        for (Sentence s : annotation.sentences()) {
            if (s.furniture()) {
                inside = false;
                continue;
            }
            if (inside) {
                lines.set(s.index());
            }
            for (int t = firstToken(s.index()); t >= 0 && t < endToken(s.index()); t++) {
                if (graph.lemma(t).equals("timeline") || graph.lemma(t).equals("chronology")) {
                    inside = true;
                }
            }
        }
        return lines;
    }

    int firstToken(int sentence) {
        return sentence < 0 || sentence >= firstToken.length ? -1 : firstToken[sentence];
    }

    int endToken(int sentence) {
        return sentence < 0 || sentence >= endToken.length ? -1 : endToken[sentence];
    }

    boolean isTimelineLine(int sentence) {
        return timeline.get(sentence);
    }

    /**
     * Whether DATE mention {@code m} is the date of a dateline ("TOKYO, March 20 (Reuters) -"), the day
     * the story was filed, which dates no event of it.
     */
    boolean inDateline(int m) {
        Mention mention = mentions.get(m);
        String body = body();
        int lineStart = body.lastIndexOf('\n', Math.max(0, mention.start() - 1)) + 1;
        String before = body.substring(lineStart, mention.start());
        String after = body.substring(mention.end(), Math.min(body.length(), mention.end() + 48));
        return DATELINE_BEFORE.matcher(before).matches() && DATELINE_AFTER.matcher(after).lookingAt();
    }

    private static final java.util.regex.Pattern DATELINE_BEFORE = java.util.regex.Pattern.compile(
            "\\s*[A-Z][A-Za-z.' -]{1,40},\\s*");
    private static final java.util.regex.Pattern DATELINE_AFTER = java.util.regex.Pattern.compile(
            ",?\\s*(\\([^)]{1,40}\\)\\s*)?[-\u2013\u2014]");

    boolean isSubjectParty(int token) {
        return subjectParty.get(token);
    }

    boolean parsed(int sentence) {
        List<Boolean> p = annotation.parsed();
        return sentence < p.size() && Boolean.TRUE.equals(p.get(sentence));
    }

    LocalDate published() {
        return annotation.article().date();
    }

    String body() {
        return annotation.article().body();
    }

    Span span(int token) {
        return graph.token(token).span();
    }

    /** Party mention indices of sentence {@code s}, in text order. */
    List<Integer> partyMentions(int s) {
        List<Integer> r = new ArrayList<>();
        List<Mention> all = mentions.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).type() == MentionType.PARTY && all.get(i).sentence() == s) {
                r.add(i);
            }
        }
        return r;
    }

    /** The first token of a mention, or -1. */
    int firstTokenOf(int mention) {
        Mention m = mentions.get(mention);
        int s = m.sentence();
        for (int t = firstToken(s); t >= 0 && t < endToken(s); t++) {
            if (span(t).overlaps(m.span())) {
                return t;
            }
        }
        return -1;
    }
}
