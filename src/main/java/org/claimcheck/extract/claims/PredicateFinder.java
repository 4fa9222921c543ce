package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.MentionType;

/**
 * Picks the candidate claim heads of a parsed sentence, in text order: verbs of the event lexicon, light
 * verbs with an event-noun object ("sign a deal", "consider legal action", which take the noun's class and
 * absorb it; buying or taking shares or a stake is INVEST), event nouns not absorbed that way, and any other content verb (class OTHER; kept later only
 * when its clause has a party and a date or amount). Attribution-only speech verbs are heads only when
 * asked for (every event is wanted, as in event corpora); they still attribute the clause they govern.
 */
final class PredicateFinder {

    private final ArticleContext ctx;
    private final boolean speechEvents;

    /** @param speechEvents whether speech verbs ("said", "told") are events of their own (class OTHER) */
    PredicateFinder(ArticleContext ctx, boolean speechEvents) {
        this.ctx = ctx;
        this.speechEvents = speechEvents;
    }

    List<Predicate> find(int sentence) {
        DependencyGraph g = ctx.graph;
        int from = ctx.firstToken(sentence);
        int to = ctx.endToken(sentence);
        List<Predicate> verbs = new ArrayList<>();
        BitSet absorbed = new BitSet();
        for (int t = from; t >= 0 && t < to; t++) {
            if (!g.isVerb(t) || isModifier(t)) {
                continue;
            }
            if (Cues.SPEECH.contains(g.lemma(t)) && !movesMoney(t)) {
                if (speechEvents) {
                    verbs.add(new Predicate(t, EventClass.OTHER, true, List.of(), false));
                }
                continue;
            }
            Optional<EventClass> own = phrasal(t);
            List<Integer> nouns = Cues.LIGHT.contains(g.lemma(t)) ? eventObjects(t) : List.of();
            List<Integer> figures = own.isPresent() ? List.of() : heldFigures(t);
            if (buysEquity(t)) {
                nouns.forEach(absorbed::set);
                verbs.add(new Predicate(t, EventClass.INVEST, true, nouns, true));
            } else if (!nouns.isEmpty()) {
                nouns.forEach(absorbed::set);
                verbs.add(new Predicate(t, nounClass(nouns.get(0)).orElseThrow(), true, nouns, true));
            } else if (own.isPresent()) {
                verbs.add(new Predicate(t, own.get(), true, List.of(), true));
            } else if (!figures.isEmpty()) {
                figures.forEach(absorbed::set);
                verbs.add(new Predicate(t, EventClass.EARN, true, figures, true));
            } else if (!Cues.NON_EVENT.contains(g.lemma(t))) {
                verbs.add(new Predicate(t, EventClass.OTHER, true, List.of(), false));
            }
        }
        List<Predicate> nouns = new ArrayList<>();
        for (int t = from; t >= 0 && t < to; t++) {
            final int noun = t;
            if (g.isNoun(noun) && !absorbed.get(noun) && ctx.mentions.at(noun, MentionType.PARTY) < 0) {
                nounClass(noun).ifPresent(c -> nouns.add(new Predicate(noun, c, false, List.of(), true)));
            }
        }
        List<Predicate> all = new ArrayList<>();
        for (Predicate v : verbs) {
            List<Integer> taken = new ArrayList<>(v.absorbed());
            EventClass c = v.eventClass();
            for (Predicate n : nouns) {
                if (governs(v, n.token())) {
                    taken.add(n.token());
                    absorbed.set(n.token());
                    c = v.lexical() ? c : n.eventClass();
                }
            }
            if (!controlsEvent(v, verbs)) {
                all.add(new Predicate(v.token(), c, true, taken, v.lexical() || taken.size() > v.absorbed().size()));
            }
        }
        nouns.stream().filter(n -> !absorbed.get(n.token())).forEach(all::add);
        all.sort((a, b) -> Integer.compare(a.token(), b.token()));
        return all;
    }

    /** Nouns that name a participant, not an event: ranking one still tells what it holds or does. */
    private static final java.util.Set<String> PARTICIPANT_NOUNS = java.util.Set.of("shareholder", "stakeholder",
            "investor", "owner", "backer", "holder", "buyer", "customer", "supplier", "partner", "lender", "creditor");

    /** Ordinals that rank a deal among others when it is described ("It is the second deal between them"). */
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth");

    /**
     * Whether event noun {@code n} ranks a deal told elsewhere rather than telling one: with a superlative ("in
     * its biggest deal since it went public", "the group's biggest acquisition to date"), or as what a copula
     * says something is, with an ordinal ("It is the second deal between the two companies"). Such a noun
     * stays a candidate head, so that a verb may take it in and later claims may take its parties, but makes no
     * claim of its own under the news claim guideline.
     */
    boolean ranks(int n) {
        DependencyGraph g = ctx.graph;
        if (PARTICIPANT_NOUNS.contains(g.lemma(n).toLowerCase(java.util.Locale.ROOT))) {
            return false; // "ASML will become its largest shareholder" tells who holds, whatever the rank
        }
        for (int a : g.children(n, "amod")) {
            if (g.pos(a).equals("JJS")) {
                return true;
            }
            if (ORDINALS.contains(g.word(a).toLowerCase(java.util.Locale.ROOT)) && !g.children(n, "cop").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions of an oblique that says what something is about or when, not what it is. */
    private static final java.util.Set<String> TOPIC_PREPOSITIONS = java.util.Set.of("over", "about", "despite",
            "amid", "after", "before", "since", "against", "around", "regarding", "concerning", "alongside", "besides",
            "beside", "following", "unlike", "ahead_of", "apart_from", "aside_from", "in_addition_to");

    /**
     * Whether verb {@code v} takes event noun {@code n} into its own claim: the noun is its object or
     * oblique ("invested $5.7 billion for a stake", "followed with an investment"), or a figure that is the
     * subject of a verb outside the lexicon ("revenue rose"). Announcements keep
     * the announced event as a claim of its own.
     */
    private boolean governs(Predicate v, int n) {
        if (v.eventClass() == EventClass.ANNOUNCE) {
            return false;
        }
        Dependency head = ctx.graph.head(n);
        if (head == null || head.governor() != v.token()) {
            return false;
        }
        String base = DependencyGraph.base(head.relation());
        // "revenue rose to $3.3 billion": a figure's change is told by the verb, which takes the figure's claim
        boolean figure = base.equals("nsubj") && !v.lexical() && Cues.METRICS.contains(ctx.graph.lemma(n));
        // "ends Microsoft's legal peril over its Amazon deal": what a verb outside the lexicon is about is
        // no part of it; the deal keeps its own claim
        boolean topic = base.equals("obl") && !v.lexical()
                && TOPIC_PREPOSITIONS.contains(DependencyGraph.subtype(head.relation()));
        return base.equals("obj") || base.equals("obl") && !topic || head.relation().equals("nsubj:pass") || figure;
    }

    /**
     * The figures "have" states as its subject's ("had revenue of 3.1 billion kroner", "had sales of €185
     * million last year"): objects that are a company's money figures and carry an amount. Such a clause
     * tells what the subject earned, on the verb.
     */
    private List<Integer> heldFigures(int t) {
        DependencyGraph g = ctx.graph;
        if (!g.lemma(t).equalsIgnoreCase("have")) {
            return List.of();
        }
        List<Integer> r = new ArrayList<>();
        for (int o : g.children(t, "obj")) {
            if ((Cues.METRICS.contains(g.lemma(o)) || Cues.METRICS.contains(g.word(o))) && statesAmount(o)) {
                r.add(o);
            }
        }
        return r;
    }

    /**
     * Whether noun {@code n} is given an amount by the "of" phrase right after it: "revenue of $4 billion",
     * "sales of about €185 million". Read from the words, not the parse, which often mangles an "of"
     * phrase that starts with a currency sign.
     */
    private boolean statesAmount(int n) {
        DependencyGraph g = ctx.graph;
        int of = n + 1;
        if (of >= g.size() || !g.word(of).equals("of") || g.token(of).sentence() != g.token(n).sentence()) {
            return false;
        }
        for (int k = of + 1; k <= of + 3 && k < g.size() && g.token(k).sentence() == g.token(n).sentence(); k++) {
            if (ctx.mentions.at(k, MentionType.MONEY) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether verb {@code t} has a verb as its open complement ("ordered to pay", "keeps growing"). */
    private boolean verbalComplement(int t) {
        for (int x : ctx.graph.children(t, "xcomp")) {
            if (ctx.graph.isVerb(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code v} is an agreement verb whose complement is itself an event ("agreed to buy",
     * "committed to invest"), or a verb of expectation or intent with a verb complement ("Pelican expects the
     * acquisition to close", "the deal is expected to close", "expects revenue to reach $144 billion"): the
     * complement makes the claim if any, the governing verb none. Event corpora, where
     * every event is wanted (speech verbs too), keep the expectation as an event of its own.
     */
    private boolean controlsEvent(Predicate v, List<Predicate> verbs) {
        if (!speechEvents && Cues.INTENT.contains(ctx.graph.lemma(v.token()).toLowerCase(java.util.Locale.ROOT))) {
            if (complementHead(v.token(), verbs, MAX_COMPLEMENT_DEPTH)) {
                return true;
            }
        }
        if (v.eventClass() != EventClass.AGREE || !v.absorbed().isEmpty()) {
            return false;
        }
        for (int x : ctx.graph.children(v.token(), "xcomp")) {
            for (Predicate other : verbs) {
                if (other.token() == x && other.lexical()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many complement links are followed down from a verb of expectation ("expects the deal to let it buy"). */
    private static final int MAX_COMPLEMENT_DEPTH = 3;

    /** Whether {@code t} has a verb complement, or a complement of it (down the chain) is one of the candidate heads. */
    private boolean complementHead(int t, List<Predicate> verbs, int depth) {
        for (Dependency d : ctx.graph.children(t)) {
            String r = DependencyGraph.base(d.relation());
            if (!r.equals("xcomp") && !r.equals("ccomp")) {
                continue;
            }
            // a verb complement is what is expected, even one that makes no claim ("expects the deal to add to
            // earnings": "add" is also a speech verb)
            if (ctx.graph.isVerb(d.dependent()) || verbs.stream().anyMatch(o -> o.token() == d.dependent())
                    || depth > 1 && complementHead(d.dependent(), verbs, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** What leading makes an investment: a round or its money ("led the round", "equity, led by Astral"). */
    private static final java.util.Set<String> FUNDING = java.util.Set.of("round", "funding", "financing",
            "investment", "equity", "fundraising", "fundraise", "raise", "tranche", "offering", "series");

    /**
     * Whether "lead" at {@code t} leads something other than a funding round ("led the company", "a group of
     * banks led by JPMorgan"): the thing led (its object, its passive subject, or the noun it modifies as a
     * participle) is neither a round nor an amount. With nothing said to be led ("Nilgiri led") the
     * lexicon's reading stands.
     */
    private boolean leadsNoFunding(int t) {
        DependencyGraph g = ctx.graph;
        List<Integer> led = new ArrayList<>(g.children(t, "obj"));
        led.addAll(g.children(t, "nsubj:pass"));
        Dependency head = g.head(t);
        if (head != null && head.governor() >= 0 && DependencyGraph.base(head.relation()).equals("acl")) {
            led.add(head.governor());
        }
        for (int n : led) {
            if (FUNDING.contains(g.lemma(n).toLowerCase(java.util.Locale.ROOT))
                    || ctx.mentions.at(n, MentionType.MONEY) >= 0) {
                return false;
            }
        }
        return !led.isEmpty();
    }

    /** Whether noun {@code n} is the money, round or investors a raising verb names ("raised $95 million in a round"). */
    private boolean raisedBy(int n) {
        DependencyGraph g = ctx.graph;
        int node = n;
        // the verb, or the verb of the amount the noun modifies, perhaps through an amount in brackets
        for (int step = 0; step < 4; step++) {
            Dependency head = g.head(node);
            if (head == null || head.governor() < 0) {
                return false;
            }
            node = head.governor();
            if (g.isVerb(node)) {
                return Cues.raises(g, node) && RoleAssigner.roundNouns(g, node).contains(n);
            }
        }
        return false;
    }

    private boolean personSubject(int t) {
        for (int subj : ctx.graph.children(t, "nsubj")) {
            int m = ctx.mentions.at(subj, MentionType.PARTY);
            if (m >= 0 && ctx.mentions.get(m).party().kind() == org.claimcheck.model.PartyKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** A verb whose object is an amount ("added $2.75 billion in March") is no speech verb, whatever its lemma. */
    private boolean movesMoney(int t) {
        for (int o : ctx.graph.children(t, "obj")) {
            if (ctx.mentions.at(o, MentionType.MONEY) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class of verb {@code t}: a phrasal verb's own entry first ("step down", "buy out", "put in", the
     * particle read from the parse), else the verb's. "Take over" with no object, and an "as" phrase or a
     * person as subject, is taking a post ("took over as chief executive", "since Chandrasekar took over"),
     * not a company. Leading a company or a team is no investment, and holding talks or a vote owns nothing.
     * Offering an amount is a bid (ACQUIRE), offering anything else a sale.
     * Keeping on, starting or stopping doing something is no event of its own ("keeps growing"). Being
     * ordered to do something is a ruling (LEGAL_ACTION), not an order for goods.
     * Becoming a post ("became chief executive") is an appointment. Raising an offer or a bid is a step of a takeover (ACQUIRE), raising a forecast no event
     * of the lexicon.
     */
    Optional<EventClass> phrasal(int t) {
        DependencyGraph g = ctx.graph;
        String lemma = g.lemma(t).toLowerCase(java.util.Locale.ROOT);
        for (int prt : g.children(t, "compound:prt")) {
            String particle = g.word(prt).toLowerCase(java.util.Locale.ROOT);
            Optional<EventClass> c = ctx.lexicon.verb(lemma + " " + particle);
            if (c.isPresent()) {
                if (c.get() == EventClass.ACQUIRE && g.children(t, "obj").isEmpty()
                        && (!g.children(t, "obl:as").isEmpty() || personSubject(t))) {
                    return Optional.of(EventClass.APPOINT);
                }
                return c;
            }
        }
        if ((lemma.equals("lead") || lemma.equals("co-lead")) && leadsNoFunding(t)) {
            return Optional.empty(); // leading a company, a team or a group of banks is no investment
        }
        if (lemma.equals("offer") && offersMoney(t)) {
            return Optional.of(EventClass.ACQUIRE); // "it offered CHF 950 million", "the $23 billion Google offered"
        }
        if (lemma.equals("hold")) {
            for (int o : g.children(t, "obj")) {
                if (Cues.HELD_NOT_OWNED.contains(g.lemma(o).toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.empty(); // "held talks with LedgerLeaf": a meeting is not a holding
                }
            }
        }
        if (lemma.equals("order") && verbalComplement(t)) {
            return Optional.of(EventClass.LEGAL_ACTION); // "Apple was ordered to pay €13 billion": a ruling, no purchase
        }
        if (Cues.ASPECTUAL.contains(lemma) && verbalComplement(t)) {
            return Optional.empty(); // "keeps growing", "continued to buy": the second verb is the event
        }
        if (lemma.equals("become")) {
            for (Dependency d : g.children(t)) {
                String r = DependencyGraph.base(d.relation());
                if ((r.equals("xcomp") || r.equals("obj")) && Cues.POSTS.contains(g.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                    return Optional.of(EventClass.APPOINT); // "Catz became executive vice chair of the board"
                }
            }
        }
        if (Cues.RAISE.contains(lemma) || lemma.equals("increase") || lemma.equals("lift") || lemma.equals("boost")) {
            for (int o : g.children(t, "obj")) {
                String object = g.lemma(o).toLowerCase(java.util.Locale.ROOT);
                if (Cues.BIDS.contains(object)) {
                    return Optional.of(EventClass.ACQUIRE); // "Brennwald raised its offer for Caldera to CHF 1.1 billion"
                }
                if (Cues.OUTLOOKS.contains(object)) {
                    return Optional.empty(); // "raised its forecast": no money changes hands
                }
                if (Cues.HOLDINGS.contains(object)) {
                    return Optional.of(EventClass.INVEST); // "SoftBank raised its stake in Nvidia to 5%": it bought more
                }
            }
        }
        return ctx.lexicon.verb(lemma);
    }

    /**
     * Whether what verb {@code t} offers is an amount: its object, or the amount a relative clause on it
     * describes. Offering money is bidding; offering a product or a service is selling.
     */
    private boolean offersMoney(int t) {
        DependencyGraph g = ctx.graph;
        for (int o : g.children(t, "obj")) {
            if (ctx.mentions.at(o, MentionType.MONEY) >= 0) {
                return true;
            }
        }
        Dependency head = g.head(t);
        return head != null && head.governor() >= 0 && head.relation().equals("acl:relcl")
                && ctx.mentions.at(head.governor(), MentionType.MONEY) >= 0;
    }

    /** The event class of noun {@code t}; "legal action" counts as an event noun; a word of a party's name never does. */
    Optional<EventClass> nounClass(int t) {
        DependencyGraph g = ctx.graph;
        if (!g.isNoun(t) || ctx.mentions.at(t, MentionType.PARTY) >= 0) {
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

    /**
     * Whether {@code o} is a share of a company up to half of it ("about 7% of the company"): buying it is an
     * investment; buying more than half is a takeover.
     */
    private boolean minorityShare(int o) {
        int m = ctx.mentions.at(o, MentionType.PERCENT);
        if (m < 0) {
            return false;
        }
        boolean ofACompany = false;
        for (int of : ctx.graph.children(o, "nmod:of")) {
            ofACompany |= ctx.mentions.at(of, MentionType.PARTY) >= 0 || Cues.ORG_DESCRIPTION.contains(ctx.graph.lemma(of));
        }
        if (!ofACompany) {
            return false; // "buys 40% of its output" is a purchase of goods
        }
        org.claimcheck.model.Percent p = ctx.mentions.get(m).percent();
        return p != null && p.value().compareTo(java.math.BigDecimal.valueOf(50)) <= 0;
    }

    /**
     * Whether verb {@code v} buys or takes shares or a stake: an investment ("took a 10% stake in Intel",
     * "bought about 7% of the company").
     */
    private boolean buysEquity(int v) {
        DependencyGraph g = ctx.graph;
        if (!Cues.EQUITY_TAKING.contains(g.lemma(v))) {
            return false;
        }
        for (int o : g.children(v, "obj")) {
            if (Cues.EQUITY.contains(g.lemma(o)) || minorityShare(o)) {
                return true;
            }
            for (int c : g.children(o, "nmod")) {
                if (Cues.EQUITY.contains(g.lemma(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Verbs used as adjectives ("the coming months", "pending conditions") are not heads, nor is the
     * leading of a round the raising verb names ("raised $95 million in a round led by Pinebrook"): the
     * raising claim takes the leader as its investor.
     */
    private boolean isModifier(int t) {
        Dependency head = ctx.graph.head(t);
        if (head == null) {
            return false;
        }
        if (head.relation().equals("acl") && Cues.ROUND_LEAD.contains(ctx.graph.lemma(t)) && raisedBy(head.governor())) {
            return true;
        }
        String r = DependencyGraph.base(head.relation());
        return r.equals("amod") || r.equals("compound") || r.equals("aux") || r.equals("cop")
                || r.equals("case") || r.equals("mark") || ctx.graph.pos(t).equals("MD");
    }
}
