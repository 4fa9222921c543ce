package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.EventClass;

/**
 * Picks the candidate claim heads of a parsed sentence, in text order: verbs of the event lexicon, light
 * verbs with an event-noun object ("sign a deal", "consider legal action", which take the noun's class and
 * absorb it), event nouns not absorbed that way, and any other content verb (class OTHER; kept later only
 * when its clause has a party and a date or amount). Attribution-only speech verbs are never heads.
 */
final class PredicateFinder {

    private final ArticleContext ctx;

    PredicateFinder(ArticleContext ctx) {
        this.ctx = ctx;
    }

    List<Predicate> find(int sentence) {
        DependencyGraph g = ctx.graph;
        int from = ctx.firstToken(sentence);
        int to = ctx.endToken(sentence);
        List<Predicate> verbs = new ArrayList<>();
        BitSet absorbed = new BitSet();
        for (int t = from; t >= 0 && t < to; t++) {
            if (!g.isVerb(t) || Cues.SPEECH.contains(g.lemma(t)) || isModifier(t)) {
                continue;
            }
            Optional<EventClass> own = ctx.lexicon.verb(g.lemma(t));
            List<Integer> nouns = Cues.LIGHT.contains(g.lemma(t)) ? eventObjects(t) : List.of();
            if (!nouns.isEmpty()) {
                nouns.forEach(absorbed::set);
                verbs.add(new Predicate(t, nounClass(nouns.get(0)).orElseThrow(), true, nouns, true));
            } else if (own.isPresent()) {
                verbs.add(new Predicate(t, own.get(), true, List.of(), true));
            } else if (!Cues.NON_EVENT.contains(g.lemma(t))) {
                verbs.add(new Predicate(t, EventClass.OTHER, true, List.of(), false));
            }
        }
        List<Predicate> all = new ArrayList<>(verbs);
        for (int t = from; t >= 0 && t < to; t++) {
            final int noun = t;
            if (g.isNoun(noun) && !absorbed.get(noun)) {
                nounClass(noun).ifPresent(c -> all.add(new Predicate(noun, c, false, List.of(), true)));
            }
        }
        all.sort((a, b) -> Integer.compare(a.token(), b.token()));
        return all;
    }

    /** The event class of noun {@code t}; "legal action" counts as an event noun. */
    Optional<EventClass> nounClass(int t) {
        DependencyGraph g = ctx.graph;
        if (!g.isNoun(t)) {
            return Optional.empty();
        }
        if (g.lemma(t).equals("action") && g.hasChildLemma(t, "amod", java.util.Set.of("legal"))) {
            return Optional.of(EventClass.LEGAL_ACTION);
        }
        return ctx.lexicon.noun(g.lemma(t));
    }

    /** Event nouns a light verb governs: its objects, or the subject of its non-verbal xcomp ("its deal worth"). */
    private List<Integer> eventObjects(int v) {
        DependencyGraph g = ctx.graph;
        List<Integer> r = new ArrayList<>();
        for (int o : g.children(v, "obj")) {
            if (nounClass(o).isPresent()) {
                r.add(o);
            }
        }
        for (int x : g.children(v, "xcomp")) {
            if (!g.isVerb(x)) {
                for (int s : g.children(x, "nsubj")) {
                    if (nounClass(s).isPresent()) {
                        r.add(s);
                    }
                }
            }
        }
        return r;
    }

    /** Verbs used as adjectives ("the coming months", "pending conditions") are not heads. */
    private boolean isModifier(int t) {
        Dependency head = ctx.graph.head(t);
        if (head == null) {
            return false;
        }
        String r = DependencyGraph.base(head.relation());
        return r.equals("amod") || r.equals("compound") || r.equals("aux") || r.equals("cop")
                || r.equals("case") || r.equals("mark") || ctx.graph.pos(t).equals("MD");
    }
}
