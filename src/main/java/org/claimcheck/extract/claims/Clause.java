package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Span;

/**
 * The clause of one predicate: its tokens (the predicate's dependency subtree, stopping at embedded
 * clauses and at other predicates, which make claims of their own) and its argument edges (direct
 * dependents, looking through money and percent phrases ("owns 31% of the company"), absorbed event nouns and non-verbal complements, where the
 * parser often hangs "in the model maker" or "with Amazon").
 */
final class Clause {

    /** A dependent of the predicate (or of a phrase it looks through) and the relation it holds by. */
    record Argument(String relation, int token) {
    }

    private static final Set<String> BOUNDARY = Set.of("ccomp", "advcl", "parataxis", "csubj", "punct", "ref", "mark", "cc",
            "discourse", "vocative", "list", "reparandum");
    private static final Set<String> NOT_ARGUMENT = Set.of("punct", "cc", "mark", "aux", "cop", "det", "case",
            "ref", "ccomp", "advcl", "parataxis", "conj", "advmod", "amod", "nummod", "fixed", "flat", "csubj",
            "discourse", "cc:preconj", "det:predet", "compound:prt", "expl");
    private static final int LOOK_THROUGH_DEPTH = 2;

    final Predicate predicate;
    final BitSet tokens;
    final List<Argument> arguments;
    private final ArticleContext ctx;

    Clause(ArticleContext ctx, Predicate predicate, BitSet heads) {
        this.ctx = ctx;
        this.predicate = predicate;
        DependencyGraph g = ctx.graph;
        int p = predicate.token();
        this.tokens = g.subtree(p, d -> follows(d, heads));
        this.arguments = new ArrayList<>();
        collect(p, 0);
        for (int s : g.children(p, "nsubj")) {
            if (!tokens.get(s) && heads.get(s) && !g.isVerb(s)) {
                // "Tidewell's largest shareholder, Ria Formosa Capital, holds 45%": an event noun that is the
                // subject makes its own claim, but the party it names in apposition still does this one
                arguments.add(new Argument("nsubj", s));
            }
        }
    }

    private boolean follows(Dependency d, BitSet heads) {
        String r = d.relation();
        String base = DependencyGraph.base(r);
        int c = d.dependent();
        if (BOUNDARY.contains(base) || r.equals("acl:relcl")) {
            return false;
        }
        if (base.equals("conj") && (ctx.graph.isVerb(c) || heads.get(c))) {
            return false;
        }
        if (heads.get(c)) {
            return predicate.absorbed().contains(c);
        }
        return true;
    }

    private void collect(int node, int depth) {
        DependencyGraph g = ctx.graph;
        for (Dependency d : g.children(node)) {
            String r = d.relation();
            int c = d.dependent();
            if (NOT_ARGUMENT.contains(DependencyGraph.base(r)) || r.equals("acl:relcl") || !tokens.get(c)) {
                continue;
            }
            arguments.add(new Argument(r, c));
            if (depth < LOOK_THROUGH_DEPTH && looksThrough(r, c)) {
                collect(c, depth + 1);
            }
        }
    }

    private boolean looksThrough(String relation, int c) {
        String base = DependencyGraph.base(relation);
        return ctx.mentions.at(c, MentionType.MONEY) >= 0 || ctx.mentions.at(c, MentionType.PERCENT) >= 0
                || predicate.absorbed().contains(c)
                || base.equals("xcomp") && !ctx.graph.isVerb(c)
                || base.equals("dep");
    }

    /**
     * Whether a subject or object of the predicate is a definite deal noun ("the deal", "the acquisition",
     * "its takeover"), which may refer back to a deal whose parties the article gave before.
     */
    boolean hasDefiniteDealNoun() {
        DependencyGraph g = ctx.graph;
        int v = predicate.token();
        Dependency head = g.head(v);
        if (g.pos(v).equals("VBN") && head != null && head.governor() >= 0 && head.governor() < v
                && definiteDeal(head.governor())) {
            return true; // "the agreement, signed on January 12, ..."
        }
        for (Dependency d : g.children(v)) {
            if (g.pos(v).equals("VBN") && d.relation().startsWith("obl") && d.dependent() < v && definiteDeal(d.dependent())) {
                return true; // the same, with the noun's phrase read as the participle's ("Under the agreement, signed ...")
            }
        }
        for (Dependency d : g.children(predicate.token())) {
            String base = DependencyGraph.base(d.relation());
            int t = d.dependent();
            if ((base.equals("nsubj") || base.equals("obj")) && Cues.DEAL_NOUNS.contains(g.lemma(t).toLowerCase(Locale.ROOT))
                    && (g.hasChildLemma(t, "det", DEFINITE) || !g.children(t, "nmod:poss").isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the predicate itself is a deal noun referred back to ("the Intel deal", "the Oracle contract"). */
    boolean predicateIsDefiniteDeal() {
        return !predicate.verb() && definiteDeal(predicate.token());
    }

    private boolean definiteDeal(int t) {
        DependencyGraph g = ctx.graph;
        return Cues.DEAL_NOUNS.contains(g.lemma(t).toLowerCase(Locale.ROOT))
                && (g.hasChildLemma(t, "det", DEFINITE) || !g.children(t, "nmod:poss").isEmpty());
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    /** Indices of the mentions of {@code type} that have a token in this clause, ascending. */
    List<Integer> mentionsOf(MentionType type) {
        List<Integer> r = new ArrayList<>();
        for (int t = tokens.nextSetBit(0); t >= 0; t = tokens.nextSetBit(t + 1)) {
            int m = ctx.mentions.at(t, type);
            if (m >= 0 && !r.contains(m)) {
                r.add(m);
            }
        }
        r.sort(Integer::compare);
        return r;
    }

    /** The clause's extent in the body, from its first to its last token. */
    Span span() {
        int first = tokens.nextSetBit(0);
        int last = tokens.length() - 1;
        return ctx.span(first).union(ctx.span(last));
    }
}
