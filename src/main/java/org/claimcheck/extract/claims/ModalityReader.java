package org.claimcheck.extract.claims;

import java.time.LocalDate;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Modality;

/**
 * Decides how the article commits to a claim, first match wins:
 * NEGATED ("not", "never", "no longer" on the predicate or a verb it complements; a complement of
 * "deny"/"refute"), CONDITIONAL (an "if"/"unless" clause, "pending", "subject to", "conditional on"),
 * HEDGED ("may", "might", "could", "likely", "probably"), FUTURE ("will", "plans/expects to", or a time
 * that begins after publication; never on a timeline line, which tells past events), REPORTED (attributed
 * to a source), else ASSERTED. Cues are read on the predicate and on the verbs it is an xcomp of ("will
 * continue to pay").
 */
final class ModalityReader {

    private static final int MAX_CHAIN = 4;
    private static final java.util.Set<String> REPORTED_FUTURE_AUX = java.util.Set.of("would", "'d");

    private final ArticleContext ctx;
    private final AttributionFinder attribution;

    ModalityReader(ArticleContext ctx, AttributionFinder attribution) {
        this.ctx = ctx;
        this.attribution = attribution;
    }

    Modality read(Clause clause, Attribution source, ClaimTime time) {
        int p = clause.predicate.token();
        boolean timeline = ctx.isTimelineLine(ctx.graph.token(p).sentence());
        boolean negated = false;
        boolean conditional = false;
        boolean hedged = false;
        boolean future = false;
        int node = p;
        for (int step = 0; step < MAX_CHAIN && node >= 0; step++) {
            negated |= negated(node);
            conditional |= conditional(node) || condition(node);
            hedged |= ctx.graph.hasChildLemma(node, "aux", Cues.HEDGE_AUX)
                    || ctx.graph.hasChildLemma(node, "advmod", Cues.HEDGE_ADVERB);
            future |= ctx.graph.hasChildLemma(node, "aux", Cues.FUTURE_AUX);
            if (underNegotiation(node)) {
                hedged = true;
                negated |= negated(ctx.graph.head(node).governor()); // "it was not in talks to invest in Intel"
            }
            // "said it would sell": in reported speech "would" is the future of the time spoken of
            future |= ctx.graph.hasChildLemma(node, "aux", REPORTED_FUTURE_AUX) && attribution.governingCue(node) >= 0;
            Dependency head = ctx.graph.head(node);
            if (head == null || !DependencyGraph.base(head.relation()).equals("xcomp")) {
                break;
            }
            node = head.governor();
            future |= Cues.INTENT.contains(ctx.graph.lemma(node));
        }
        for (int t = clause.tokens.nextSetBit(0); t >= 0; t = clause.tokens.nextSetBit(t + 1)) {
            String w = ctx.graph.word(t);
            conditional |= Cues.CONDITION_WORD.contains(w)
                    || w.equals("subject") && t + 1 < ctx.graph.size() && ctx.graph.word(t + 1).equals("to");
        }
        int cue = attribution.governingCue(p);
        negated |= cue >= 0 && Cues.DENIAL.contains(ctx.graph.lemma(cue));
        LocalDate published = ctx.published();
        future |= published != null && time != null && time.value().begin() != null
                && time.value().begin().isAfter(published);
        if (negated) {
            return Modality.NEGATED;
        }
        if (conditional) {
            return Modality.CONDITIONAL;
        }
        if (hedged) {
            return Modality.HEDGED;
        }
        if (future && !timeline) {
            return Modality.FUTURE;
        }
        return source != null ? Modality.REPORTED : Modality.ASSERTED;
    }

    private boolean negated(int v) {
        for (Dependency d : ctx.graph.children(v)) {
            String r = DependencyGraph.base(d.relation());
            int c = d.dependent();
            if ((r.equals("advmod") || r.equals("neg")) && Cues.NEGATION.contains(ctx.graph.word(c))) {
                return true;
            }
            if (r.equals("advmod") && ctx.graph.word(c).equals("longer")
                    && ctx.graph.hasChildLemma(c, "advmod", java.util.Set.of("no"))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of talks whose outcome is open ("in talks to buy Lichtwerk"). */
    private static final java.util.Set<String> NEGOTIATIONS = java.util.Set.of("talk", "talks", "negotiation",
            "negotiations", "discussion", "discussions");

    /** Whether verb {@code v} tells what talks are about: a deal that may or may not be made. */
    private boolean underNegotiation(int v) {
        Dependency head = ctx.graph.head(v);
        return head != null && head.governor() >= 0 && DependencyGraph.base(head.relation()).equals("acl")
                && NEGOTIATIONS.contains(ctx.graph.lemma(head.governor()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether verb {@code v} heads an "if" clause: what it tells is a condition, not a fact ("if Velora keeps growing"). */
    private boolean condition(int v) {
        Dependency head = ctx.graph.head(v);
        return head != null && conditionClause(head);
    }

    /** Whether edge {@code d} hangs an "if" (or "unless", "provided") clause on its governor. */
    private boolean conditionClause(Dependency d) {
        return DependencyGraph.base(d.relation()).equals("advcl")
                && (Cues.CONDITION_MARK.contains(DependencyGraph.subtype(d.relation()))
                || ctx.graph.hasChildLemma(d.dependent(), "mark", Cues.CONDITION_MARK));
    }

    private boolean conditional(int v) {
        for (Dependency d : ctx.graph.children(v)) {
            if (conditionClause(d)) {
                return true;
            }
        }
        return false;
    }
}
