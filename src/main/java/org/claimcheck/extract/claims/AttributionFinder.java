package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Span;

/**
 * Finds who a clause is attributed to, nearest cue first:
 * <ol>
 *   <li>the clause (or a clause governing it) is the complement of a speech, reporting or denial verb:
 *       "OpenAI announced that Amazon was investing", "the FT reports that ...", "Microsoft refutes
 *       that ..."; the source is that verb's subject;</li>
 *   <li>"according to X" anywhere in the clause;</li>
 *   <li>a parenthetical speech verb, or "report", of the same sentence with a subject and no complement
 *       ("..., the companies said", "..., TechCrunch reported"), except for announcements and reports,
 *       whose own occurrence the article asserts.</li>
 * </ol>
 * The source is the subject's party name (names joined with " and " when it resolves to several), or the
 * subject phrase as written when it names no party (an outlet the mention stage did not tag).
 */
final class AttributionFinder {

    private static final int MAX_CLIMB = 6;
    private static final Set<String> STOP = Set.of("acl:relcl");

    private final ArticleContext ctx;
    private final PartyResolver resolver;

    AttributionFinder(ArticleContext ctx, PartyResolver resolver) {
        this.ctx = ctx;
        this.resolver = resolver;
    }

    /** True when verb {@code v} attributes its complement clause. */
    static boolean isCue(String lemma) {
        return Cues.SPEECH.contains(lemma) || Cues.REPORTING.contains(lemma) || Cues.DENIAL.contains(lemma);
    }

    /** The governing cue verb of the clause, or -1. */
    int governingCue(int predicate) {
        int node = predicate;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Dependency head = ctx.graph.head(node);
            if (head == null || STOP.contains(head.relation())) {
                return -1;
            }
            int g = head.governor();
            String base = DependencyGraph.base(head.relation());
            if ((base.equals("ccomp") || base.equals("parataxis")) && isCue(ctx.graph.lemma(g))) {
                return g;
            }
            node = g;
        }
        return -1;
    }

    Attribution find(Clause clause) {
        int p = clause.predicate.token();
        int cue = governingCue(p);
        if (cue >= 0) {
            return fromVerb(cue);
        }
        for (int t = clause.tokens.nextSetBit(0); t >= 0; t = clause.tokens.nextSetBit(t + 1)) {
            for (Dependency d : ctx.graph.children(t)) {
                if (d.relation().endsWith(":according_to")) {
                    return new Attribution(sourceName(d.dependent()), "according to", ctx.span(d.dependent()));
                }
            }
        }
        EventClass c = clause.predicate.eventClass();
        if (c == EventClass.ANNOUNCE || c == EventClass.REPORT) {
            return null;
        }
        int s = ctx.graph.token(p).sentence();
        for (int v = ctx.firstToken(s); v >= 0 && v < ctx.endToken(s); v++) {
            if (v != p && ctx.graph.isVerb(v)
                    && Cues.closesWithSource(ctx.graph.lemma(v))
                    && !ctx.graph.children(v, "nsubj").isEmpty() && ctx.graph.children(v, "ccomp").isEmpty()
                    && ctx.graph.children(v, "obj").isEmpty()) {
                return fromVerb(v);
            }
        }
        return null;
    }

    private Attribution fromVerb(int v) {
        List<Integer> subjects = ctx.graph.children(v, "nsubj");
        String source = subjects.isEmpty() ? "" : sourceName(subjects.get(0));
        if (source.isEmpty()) {
            return null;
        }
        return new Attribution(source, ctx.graph.lemma(v), ctx.span(v));
    }

    /** Documents a claim may be "according to": their owner or author is the source. */
    private static final Set<String> DOCUMENTS = Set.of("filing", "statement", "report", "release", "document",
            "letter", "presentation", "prospectus", "memo", "announcement", "data", "datum", "figure", "record",
            "proxy", "disclosure", "survey", "estimate");
    /** Unnamed people a claim may be "according to", told by what they are ("people familiar with the terms"). */
    private static final Set<String> PEOPLE = Set.of("people", "person", "source", "official", "executive", "banker",
            "insider", "analyst");
    /** How a document names who wrote or owns it. */
    private static final Set<String> DOCUMENT_OWNERS = Set.of("nmod:poss", "nmod:by", "nmod:from", "nmod:of");

    /**
     * The party name(s) token {@code t} stands for, or its phrase as written: a document's owner or author
     * ("according to its proxy filing": the company), unnamed people by what they are, without numbers or
     * relative clauses ("according to two people familiar with the terms who asked not to be named": people
     * familiar with the terms); empty when none of these is given.
     */
    private String sourceName(int t) {
        List<ResolvedParty> parties = resolver.named(t);
        if (parties.isEmpty()) {
            parties = resolver.resolve(t, Set.of());
        }
        if (!parties.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            parties.forEach(p -> names.add(p.name()));
            return String.join(" and ", names);
        }
        String lemma = ctx.graph.lemma(t).toLowerCase(java.util.Locale.ROOT);
        if (DOCUMENTS.contains(lemma)) {
            for (Dependency d : ctx.graph.children(t)) {
                if (DOCUMENT_OWNERS.contains(d.relation()) && d.dependent() != t) {
                    String owner = sourceName(d.dependent());
                    if (!owner.isEmpty()) {
                        return owner;
                    }
                }
            }
            return "";
        }
        if (PEOPLE.contains(lemma)) {
            java.util.BitSet phrase = ctx.graph.subtree(t, d -> d.dependent() > t && !d.relation().startsWith("acl")
                    && !d.relation().equals("appos") && !d.relation().equals("punct"));
            int last = t;
            for (int k = t + 1; k < phrase.length() && phrase.get(k); k++) {
                if (ctx.graph.pos(k).startsWith("W")) {
                    break; // "... with the terms who asked not to be named": the parser may hang the clause inside
                }
                last = k;
            }
            return ctx.span(t).union(ctx.span(last)).of(ctx.body());
        }
        Span span = ctx.span(t);
        List<Integer> parts = new ArrayList<>(ctx.graph.children(t, "compound"));
        for (int c : parts) {
            span = span.union(ctx.span(c));
        }
        String word = ctx.graph.word(t);
        boolean acronym = word.length() >= 2 && word.chars().allMatch(Character::isUpperCase); // "data from IDC"
        if (ctx.graph.pos(t).startsWith("PRP") || !ctx.graph.pos(t).startsWith("NNP") && !acronym) {
            return "";
        }
        return span.of(ctx.body());
    }
}
