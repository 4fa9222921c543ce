package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;

/**
 * Finds the party an argument token stands for. A token inside a PARTY mention is that party. A pronoun
 * ("it", "its", "they") or a definite description ("the company", "the model maker", "the two companies")
 * is resolved only when the article makes it clear:
 * <ol>
 *   <li>singular: for a description, the one party the article introduced with it ("server maker ZT
 *       Systems", "ZT Systems, a server maker" for "the server maker"); else the speaker, for the subject of
 *       what a party says ("the chipmaker said that it would sell"), else, for the subject of a verb
 *       coordinated with an earlier one, that verb's subject ("OpenAI agreed ..., in a restructuring in which
 *       Microsoft kept 27%, and in November it signed"), else the nearest preceding subject of
 *       the same sentence (a named party, or a reference resolved in turn), else the nearest preceding party of the sentence (the first, for the speaker of a
 *       closing "..., the company said"), else, in the two sentences before, the subject of the main verb
 *       (itself resolved when it is a pronoun), its owner, a party that opens the sentence, or the nearest
 *       subject; else the article's leading party of that kind so far (named most often, at least twice, no
 *       tie). A description that finds a newcomer named once in a sentence before takes the leading party
 *       instead when that was named three times or more ("the company" returns to the story's company);</li>
 *   <li>plural: a preceding pair of parties that are subjects of one verb in this or the two previous
 *       sentences, else the two parties of a sentence that names exactly two.</li>
 * </ol>
 * Parties that already fill another role of the same predicate are never chosen (a company does not
 * invest in itself). Anything else stays unresolved: nothing is guessed.
 */
final class PartyResolver {

    private static final int LOOKBACK = 2;
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "both", "two");

    /** How many pronoun subjects a resolution may follow back. */
    private static final int MAX_CHAIN = 3;

    private final ArticleContext ctx;
    /** How deep the current resolution follows pronoun subjects back; the resolver serves one article, on one thread. */
    private int chainDepth;

    PartyResolver(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The named party at token {@code t}: the PARTY mention it lies in, or, for a description, the party
     * named beside it in apposition ("Irish low cost airline, Ryanair, announced") or right after it ("the
     * London-based firm Darcy &amp; Webb").
     */
    List<ResolvedParty> named(int t) {
        int m = ctx.mentions.at(t, MentionType.PARTY);
        if (m >= 0) {
            return List.of(of(m));
        }
        if (ctx.graph.isNoun(t) && !ctx.graph.pos(t).startsWith("NNP")) {
            for (int a : ctx.graph.children(t, "appos")) {
                int am = ctx.mentions.at(a, MentionType.PARTY);
                if (am >= 0) {
                    return List.of(of(am));
                }
            }
            // "the London-based firm Darcy & Webb": the name right after the description, which the parser
            // leaves as a loose dependent of it
            for (int a : ctx.graph.children(t, "dep")) {
                int am = ctx.mentions.at(a, MentionType.PARTY);
                if (am >= 0 && a == t + 1) {
                    return List.of(of(am));
                }
            }
            // "Havbro's board approved the offer", "the Orbis board": a company's board acts for it
            if (GOVERNING_BODIES.contains(ctx.graph.lemma(t).toLowerCase(java.util.Locale.ROOT))) {
                for (Dependency d : ctx.graph.children(t)) {
                    int am = ctx.mentions.at(d.dependent(), MentionType.PARTY);
                    if (am >= 0 && (d.relation().equals("nmod:poss") || d.relation().equals("compound")
                            || d.relation().equals("nmod:of")) && ctx.names.of(am).kind() == PartyKind.ORGANIZATION) {
                        return List.of(of(am));
                    }
                }
            }
        }
        return List.of();
    }

    /** Nouns for the body that decides for a company: its board acts as the company. */
    private static final Set<String> GOVERNING_BODIES = Set.of("board", "directors", "management");

    /** Whether token {@code t} is a pronoun or description this resolver may try to resolve. */
    boolean isReferring(int t) {
        return kindOf(t) != null;
    }

    /**
     * Resolves a pronoun or description at {@code t}; empty when not clear.
     *
     * @param exclude canonical names that fill other roles of the same predicate
     */
    List<ResolvedParty> resolve(int t, Set<String> exclude) {
        Reference kind = kindOf(t);
        if (kind == null) {
            return List.of();
        }
        Span span = referenceSpan(t);
        List<ResolvedParty> found = kind == Reference.PLURAL ? pair(t) : single(t, kind, exclude);
        List<ResolvedParty> r = new ArrayList<>();
        for (ResolvedParty p : found) {
            r.add(new ResolvedParty(p.name(), p.kind(), -1, span));
        }
        return r;
    }

    private enum Reference { ORGANIZATION, PERSON, PLURAL }

    private Reference kindOf(int t) {
        DependencyGraph g = ctx.graph;
        String w = g.word(t);
        String pos = g.pos(t);
        if (pos.startsWith("PRP")) {
            if (Cues.SINGULAR_ORG_PRONOUN.contains(w)) {
                return Reference.ORGANIZATION;
            }
            if (Cues.PLURAL_PRONOUN.contains(w)) {
                return Reference.PLURAL;
            }
            if (Cues.PERSON_PRONOUN.contains(w)) {
                return Reference.PERSON;
            }
            return null;
        }
        if (!g.isNoun(t) || !g.hasChildLemma(t, "det", DEFINITE) && !g.hasChildLemma(t, "nummod", DEFINITE)) {
            return null;
        }
        for (int c : g.children(t, "compound")) {
            if (ctx.mentions.at(c, MentionType.PARTY) >= 0) {
                return null;
            }
        }
        if (Cues.PAIR_DESCRIPTION.contains(w)) {
            return Reference.PLURAL;
        }
        if (Cues.ORG_DESCRIPTION.contains(g.lemma(t)) && pos.equals("NN")) {
            return Reference.ORGANIZATION;
        }
        return null;
    }

    private List<ResolvedParty> single(int t, Reference kind, Set<String> exclude) {
        PartyKind want = kind == Reference.PERSON ? PartyKind.PERSON : PartyKind.ORGANIZATION;
        int s = ctx.graph.token(t).sentence();
        ResolvedParty described = introducedAs(t, want, exclude);
        if (described != null) {
            return List.of(described);
        }
        ResolvedParty best = speaker(t, want, exclude);
        if (best == null) {
            best = parallelSubject(t, want, exclude);
        }
        if (best == null) {
            best = nearest(s, t, want, exclude, true);
        }
        if (best == null) {
            best = speakingAfter(t) ? first(s, t, want, exclude) : nearest(s, t, want, exclude, false);
        }
        for (int back = 1; best == null && back <= LOOKBACK && s - back >= 0; back++) {
            best = mainSubject(s - back, want, exclude);
            if (best == null) {
                best = nearest(s - back, Integer.MAX_VALUE, want, exclude, true);
            }
            if (best != null && !ctx.graph.pos(t).startsWith("PRP")) {
                best = topicOver(best, t, want, exclude);
            }
        }
        if (best == null) {
            best = leading(t, want, exclude);
        }
        return best == null ? List.of() : List.of(best);
    }

    /** A party the article introduced with a description: where, the description, the mention. */
    private record Introduction(int token, String description, int mention) {
    }

    private List<Introduction> introductions;

    /** Heads too general to tell one party from another ("the company" is left to salience). */
    private static final Set<String> GENERIC_HEADS = Set.of("company", "firm", "group", "business", "organization",
            "corporation", "entity", "unit", "parent", "platform");

    /**
     * The one party the article introduced with the description {@code t} uses, before it: "server maker ZT
     * Systems" or "ZT Systems, a server maker" for "the server maker"; "chipmaker AMD" for "the chipmaker".
     * The introduction's description must end with the reference's words ("accounting software start-up
     * LedgerLeaf" for "the start-up"); null when no party, or more than one, was introduced so.
     */
    private ResolvedParty introducedAs(int t, PartyKind want, Set<String> exclude) {
        DependencyGraph g = ctx.graph;
        if (g.pos(t).startsWith("PRP") || GENERIC_HEADS.contains(g.lemma(t).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String reference = description(t);
        ResolvedParty found = null;
        for (Introduction in : introductions()) {
            if (in.token() >= t || !(in.description().equals(reference) || in.description().endsWith(" " + reference))) {
                continue;
            }
            ResolvedParty p = of(in.mention());
            if (p.kind() != want || exclude.contains(p.name())) {
                continue;
            }
            if (found != null && !found.name().equals(p.name())) {
                return null;
            }
            found = p;
        }
        return found;
    }

    /** A common noun's description: its lower-case noun compounds and its lemma ("server maker"). */
    private String description(int noun) {
        DependencyGraph g = ctx.graph;
        StringBuilder sb = new StringBuilder();
        for (int c : g.children(noun, "compound")) {
            if (c < noun && g.pos(c).startsWith("NN") && !g.pos(c).startsWith("NNP")) {
                sb.append(g.word(c).toLowerCase(java.util.Locale.ROOT)).append(' ');
            }
        }
        return sb.append(g.lemma(noun).toLowerCase(java.util.Locale.ROOT)).toString();
    }

    private List<Introduction> introductions() {
        if (introductions != null) {
            return introductions;
        }
        DependencyGraph g = ctx.graph;
        List<Introduction> out = new ArrayList<>();
        for (int m = 0; m < ctx.mentions.all().size(); m++) {
            if (ctx.mentions.get(m).type() != MentionType.PARTY) {
                continue;
            }
            int first = ctx.firstTokenOf(m);
            if (first < 0) {
                continue;
            }
            // "chipmaker AMD", "server maker ZT Systems": common nouns right before the name
            List<String> words = new ArrayList<>();
            int sentenceStart = ctx.firstToken(ctx.mentions.get(m).sentence());
            for (int k = first - 1; k >= sentenceStart && words.size() < 3 && g.pos(k).startsWith("NN")
                    && !g.pos(k).startsWith("NNP") && (Character.isLowerCase(g.word(k).charAt(0)) || k == sentenceStart);
                    k--) {
                words.add(0, k == first - 1 ? g.lemma(k).toLowerCase(java.util.Locale.ROOT)
                        : g.word(k).toLowerCase(java.util.Locale.ROOT));
            }
            if (!words.isEmpty() && !GENERIC_HEADS.contains(words.get(words.size() - 1))) {
                out.add(new Introduction(first, String.join(" ", words), m));
            }
            // "ZT Systems, a server maker, ...": a common noun in apposition
            for (int t = first; t < ctx.endToken(ctx.mentions.get(m).sentence()); t++) {
                if (ctx.mentions.at(t, MentionType.PARTY) != m) {
                    break;
                }
                for (int a : g.children(t, "appos")) {
                    if (g.pos(a).startsWith("NN") && !g.pos(a).startsWith("NNP")
                            && !GENERIC_HEADS.contains(g.lemma(a).toLowerCase(java.util.Locale.ROOT))) {
                        out.add(new Introduction(first, description(a), m));
                    }
                }
            }
        }
        introductions = out;
        return out;
    }

    /**
     * The speaker, for a pronoun that is the subject of what is said: in "The chipmaker said that it would
     * sell the server maker's business", "it" is the chipmaker, whatever other company is named nearer.
     */
    private ResolvedParty speaker(int t, PartyKind want, Set<String> exclude) {
        DependencyGraph g = ctx.graph;
        Dependency subject = g.head(t);
        if (!g.pos(t).startsWith("PRP") || subject == null || subject.governor() < 0
                || !DependencyGraph.base(subject.relation()).equals("nsubj")) {
            return null;
        }
        Dependency said = g.head(subject.governor());
        if (said == null || said.governor() < 0 || !said.relation().equals("ccomp")
                || !(Cues.SPEECH.contains(g.lemma(said.governor())) || Cues.REPORTING.contains(g.lemma(said.governor())))) {
            return null;
        }
        for (int speaker : g.children(said.governor(), "nsubj")) {
            List<ResolvedParty> r = named(speaker);
            if (r.isEmpty() && !g.pos(speaker).startsWith("PRP")) {
                r = resolve(speaker, exclude);
            }
            if (r.size() == 1 && r.get(0).kind() == want && !exclude.contains(r.get(0).name())) {
                return r.get(0);
            }
        }
        return null;
    }

    /**
     * A description ("the company") found only a party the article has just brought in, in a sentence before:
     * news returns to the company the story is about with a description, and to a newcomer with a pronoun or
     * its name. "Fernwood Partners, which led the company's round, also invested again. Holt said the company
     * would spend the money on computing" means the start-up the story is about, named three times before,
     * not Fernwood, named once. The story's party wins when it was named at least three times and the
     * newcomer once.
     */
    private ResolvedParty topicOver(ResolvedParty found, int t, PartyKind want, Set<String> exclude) {
        Map<String, ResolvedParty> last = new java.util.TreeMap<>();
        Map<String, Integer> counts = namedBefore(t, want, exclude, last);
        String topic = mostNamed(counts);
        if (topic == null || topic.equals(found.name())) {
            return found;
        }
        return counts.getOrDefault(found.name(), 0) == 1 && counts.get(topic) >= 3 ? last.get(topic) : found;
    }

    /**
     * The article's main party of kind {@code want} so far: named more often before {@code t} than any
     * other (at least twice). "The company" with no party nearby means the company the story is about.
     */
    private ResolvedParty leading(int t, PartyKind want, Set<String> exclude) {
        Map<String, ResolvedParty> last = new java.util.TreeMap<>();
        String top = mostNamed(namedBefore(t, want, exclude, last));
        return top == null ? null : last.get(top);
    }

    /**
     * How often each party of kind {@code want} outside {@code exclude} is named before token {@code t};
     * {@code last} receives the last mention of each.
     */
    private Map<String, Integer> namedBefore(int t, PartyKind want, Set<String> exclude,
                                             Map<String, ResolvedParty> last) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (int m = 0; m < ctx.mentions.all().size(); m++) {
            PartyNames.Name name = ctx.names.of(m);
            if (name == null || name.kind() != want || exclude.contains(name.name())
                    || ctx.mentions.get(m).span().start() >= ctx.span(t).start()) {
                continue;
            }
            counts.merge(name.name(), 1, Integer::sum);
            last.put(name.name(), of(m));
        }
        return counts;
    }

    /** The name counted most often, at least twice and with no tie; else null. */
    private static String mostNamed(Map<String, Integer> counts) {
        String top = null;
        int topCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
                tie = false;
            } else if (e.getValue() == topCount) {
                tie = true;
            }
        }
        return tie || topCount < 2 ? null : top;
    }

    /**
     * The party that is the subject of sentence {@code s}'s main verb: the most salient referent for a
     * pronoun or description that follows ("AMD has found a buyer for the part of ZT Systems it never
     * wanted. The chipmaker said ..." means AMD), ahead of subjects of embedded clauses; else the owner of
     * that subject or of its appositive ("Harrowgate's shares rose", "Its last round valued it at ...",
     * "Marc Benioff, Salesforce's chief executive, said"), else a party that opens the sentence.
     */
    private ResolvedParty mainSubject(int s, PartyKind want, Set<String> exclude) {
        DependencyGraph g = ctx.graph;
        for (int t = ctx.firstToken(s); t >= 0 && t < ctx.endToken(s); t++) {
            if (g.head(t) != null || g.children(t).isEmpty()) {
                continue; // not the root of a parsed sentence
            }
            for (int subject : g.children(t, "nsubj")) {
                for (ResolvedParty p : named(subject).isEmpty() ? chained(subject, want, exclude) : named(subject)) {
                    if (p.kind() == want && !exclude.contains(p.name())) {
                        return p;
                    }
                }
                List<Dependency> owners = new ArrayList<>(g.children(subject));
                for (int a : g.children(subject, "appos")) {
                    // "Marc Benioff, Salesforce's chief executive, said": the company of the speaker's post
                    owners.addAll(g.children(a));
                }
                for (Dependency d : owners) {
                    // "Harrowgate's shares rose 3.1%": the owner of the subject is what the sentence is about
                    if (d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                        List<ResolvedParty> owner = named(d.dependent());
                        for (ResolvedParty p : owner.isEmpty() ? chained(d.dependent(), want, exclude) : owner) {
                            if (p.kind() == want && !exclude.contains(p.name())) {
                                return p;
                            }
                        }
                    }
                }
            }
        }
        // a sentence that opens with a name is about it, however the parser read the rest
        // ("Lumora, based in Shenzhen, shipped ..." parsed with the name as the root)
        int first = ctx.firstToken(s);
        for (ResolvedParty p : first < 0 ? List.<ResolvedParty>of() : named(first)) {
            if (p.kind() == want && !exclude.contains(p.name())) {
                return p;
            }
        }
        return null;
    }

    /**
     * A main subject that is itself a singular pronoun of the wanted kind, resolved in turn: in "Amazon has
     * invested $8 billion. It put in $1.25 billion in 2023, when Anthropic named AWS its partner. It added
     * ...", the last "It" is Amazon, like the one before it, not the subject of the "when" clause. The chain is
     * followed a few sentences back at most.
     */
    private List<ResolvedParty> chained(int subject, PartyKind want, Set<String> exclude) {
        Reference kind = kindOf(subject);
        Reference wanted = want == PartyKind.PERSON ? Reference.PERSON : Reference.ORGANIZATION;
        if (kind != wanted || !ctx.graph.pos(subject).startsWith("PRP")) {
            return List.of();
        }
        return followed(subject, exclude);
    }

    /**
     * The last party of sentence {@code s} before token {@code before}, subjects only if asked. A subject
     * may be a pronoun or description itself, resolved in turn: in "Holt said the company would spend the
     * money, and that it was considering acquisitions", "it" is what "the company" is.
     */
    private ResolvedParty nearest(int s, int before, PartyKind want, Set<String> exclude, boolean subjects) {
        ResolvedParty named = nearestNamed(s, before, want, exclude, subjects);
        if (!subjects) {
            return named;
        }
        int namedAt = named == null ? -1 : ctx.firstTokenOf(named.mention());
        ResolvedParty referred = null;
        int referredAt = -1;
        DependencyGraph g = ctx.graph;
        for (int t = ctx.firstToken(s); t >= 0 && t < ctx.endToken(s) && t < before; t++) {
            Dependency d = g.head(t);
            if (t <= namedAt || d == null || !DependencyGraph.base(d.relation()).equals("nsubj")
                    || ctx.mentions.at(t, MentionType.PARTY) >= 0 || !isReferring(t)) {
                continue;
            }
            for (ResolvedParty p : followed(t, exclude)) {
                if (p.kind() == want && !exclude.contains(p.name())) {
                    referred = p;
                    referredAt = t;
                }
            }
        }
        return referredAt > namedAt ? referred : named;
    }

    /**
     * For the subject of a verb coordinated with an earlier one, the earlier verb's subject: in "OpenAI
     * agreed to buy more of Microsoft's cloud, in a restructuring in which Microsoft kept 27%, and in November
     * it signed a deal with Amazon", "it" is OpenAI, not Microsoft, whose clause is embedded in the first
     * one. Only a party, named or itself resolved, of the kind sought.
     */
    private ResolvedParty parallelSubject(int t, PartyKind want, Set<String> exclude) {
        DependencyGraph g = ctx.graph;
        Dependency h = g.head(t);
        if (h == null || h.governor() < 0 || !DependencyGraph.base(h.relation()).equals("nsubj")) {
            return null;
        }
        int verb = h.governor();
        Dependency link = g.head(verb);
        if (link == null || link.governor() < 0 || link.governor() > t) {
            return null;
        }
        int first;
        if (DependencyGraph.base(link.relation()).equals("conj")) {
            first = link.governor();
            Dependency relative = g.head(first);
            if (relative != null && relative.relation().equals("acl:relcl")) {
                // the parser often hangs ", and ... it signed" on a relative clause just before it ("a
                // restructuring in which Microsoft kept 27%"): the clause it continues is the one that
                // relative clause sits in
                first = governingVerb(relative.governor());
            }
        } else if (link.relation().equals("acl:relcl") && !g.children(verb, "cc").isEmpty()
                && !hasRelativizer(verb)) {
            // or hangs the second clause itself on that noun, as a relative clause of its own, with the "and"
            // but no "which" or "that": a coordination the parser misread
            first = governingVerb(link.governor());
        } else {
            return null;
        }
        if (first < 0) {
            return null;
        }
        List<Integer> subjects = new ArrayList<>(g.children(first, "nsubj"));
        subjects.addAll(g.children(first, "nsubj:xsubj"));
        for (int subject : subjects) {
            int m = ctx.mentions.at(subject, MentionType.PARTY);
            if (m >= 0) {
                PartyNames.Name name = ctx.names.of(m);
                return name.kind() == want && !exclude.contains(name.name()) ? of(m) : null;
            }
            if (isReferring(subject)) {
                for (ResolvedParty p : followed(subject, exclude)) {
                    if (p.kind() == want && !exclude.contains(p.name())) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** Whether a relative pronoun or "that" introduces the clause headed by {@code verb}. */
    private boolean hasRelativizer(int verb) {
        DependencyGraph g = ctx.graph;
        for (Dependency d : g.children(verb)) {
            String pos = g.pos(d.dependent());
            if (d.dependent() < verb && (pos.equals("WDT") || pos.equals("WP") || pos.equals("WP$")
                    || pos.equals("WRB") || d.relation().equals("ref"))) {
                return true;
            }
            if (d.dependent() < verb && g.lemma(d.dependent()).equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** The nearest verb above token {@code t}, or -1. */
    private int governingVerb(int t) {
        DependencyGraph g = ctx.graph;
        int at = t;
        for (int steps = 0; steps < 6; steps++) {
            Dependency up = g.head(at);
            if (up == null || up.governor() < 0) {
                return -1;
            }
            at = up.governor();
            if (g.isVerb(at)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Whether {@code t} is the subject of a speech verb that closes what it reports ("..., the company said"):
     * the speaker is then the party the sentence is about, which news names first, not the nearest one
     * ("after Fujimoto's tender offer drew acceptances for 78% of Hoshida's shares, the company said" means
     * Fujimoto).
     */
    private boolean speakingAfter(int t) {
        DependencyGraph g = ctx.graph;
        Dependency h = g.head(t);
        if (h == null || h.governor() < 0 || !DependencyGraph.base(h.relation()).equals("nsubj")) {
            return false;
        }
        int verb = h.governor();
        return (Cues.SPEECH.contains(g.lemma(verb)) || Cues.REPORTING.contains(g.lemma(verb)))
                && g.children(verb).stream().anyMatch(d -> d.dependent() < t
                        && (d.relation().equals("ccomp") || d.relation().equals("parataxis")));
    }

    /** The first party mention of sentence {@code s} before token {@code before}. */
    private ResolvedParty first(int s, int before, PartyKind want, Set<String> exclude) {
        for (int m : ctx.partyMentions(s)) {
            int at = ctx.firstTokenOf(m);
            PartyNames.Name name = ctx.names.of(m);
            if (at >= 0 && at < before && name.kind() == want && !exclude.contains(name.name())) {
                return of(m);
            }
        }
        return null;
    }

    /** A reference that stands as a subject, resolved in turn, a few steps back at most. */
    private List<ResolvedParty> followed(int t, Set<String> exclude) {
        if (chainDepth >= MAX_CHAIN) {
            return List.of();
        }
        chainDepth++;
        try {
            return resolve(t, exclude);
        } finally {
            chainDepth--;
        }
    }

    private ResolvedParty nearestNamed(int s, int before, PartyKind want, Set<String> exclude, boolean subjects) {
        ResolvedParty best = null;
        for (int m : ctx.partyMentions(s)) {
            int first = ctx.firstTokenOf(m);
            if (first < 0 || first >= before) {
                continue;
            }
            PartyNames.Name name = ctx.names.of(m);
            if (name.kind() != want || exclude.contains(name.name())) {
                continue;
            }
            if (subjects && !isSubject(m)) {
                continue;
            }
            best = of(m);
        }
        return best;
    }

    private boolean isSubject(int mention) {
        Mention m = ctx.mentions.get(mention);
        for (int t = ctx.firstToken(m.sentence()); t >= 0 && t < ctx.endToken(m.sentence()); t++) {
            if (ctx.span(t).overlaps(m.span()) && ctx.isSubjectParty(t)) {
                return true;
            }
        }
        return false;
    }

    private List<ResolvedParty> pair(int t) {
        int s = ctx.graph.token(t).sentence();
        for (int back = 0; back <= LOOKBACK && s - back >= 0; back++) {
            List<ResolvedParty> p = subjectPair(s - back, back == 0 ? t : Integer.MAX_VALUE);
            if (!p.isEmpty()) {
                return p;
            }
        }
        Map<String, ResolvedParty> distinct = distinctParties(s, null);
        if (distinct.size() == 2) {
            return List.copyOf(distinct.values());
        }
        // "the two sides" of a sentence that also names a person: the two companies it names ("Havbro chief
        // executive Signe Mortensen approached Tidewell ..., and the two sides agreed on a price")
        if (ctx.graph.hasChildLemma(t, "nummod", Set.of("two"))) {
            Map<String, ResolvedParty> orgs = distinctParties(s, PartyKind.ORGANIZATION);
            if (orgs.size() == 2) {
                return List.copyOf(orgs.values());
            }
        }
        return List.of();
    }

    /** The distinct parties sentence {@code s} names, in text order; only those of {@code kind} when given. */
    private Map<String, ResolvedParty> distinctParties(int s, PartyKind kind) {
        Map<String, ResolvedParty> distinct = new LinkedHashMap<>();
        for (int m : ctx.partyMentions(s)) {
            PartyNames.Name name = ctx.names.of(m);
            if (kind == null || name.kind() == kind) {
                distinct.putIfAbsent(name.name(), of(m));
            }
        }
        return distinct;
    }

    /** The last verb of sentence {@code s} before {@code before} whose subjects are exactly two parties. */
    private List<ResolvedParty> subjectPair(int s, int before) {
        List<ResolvedParty> found = List.of();
        for (int v = ctx.firstToken(s); v >= 0 && v < ctx.endToken(s) && v < before; v++) {
            Map<String, ResolvedParty> subjects = new LinkedHashMap<>();
            for (Dependency d : ctx.graph.children(v)) {
                if (d.relation().equals("nsubj") && d.dependent() < before) {
                    for (ResolvedParty p : named(d.dependent())) {
                        subjects.putIfAbsent(p.name(), p);
                    }
                }
            }
            if (subjects.size() == 2) {
                found = List.copyOf(subjects.values());
            }
        }
        return found;
    }

    private ResolvedParty of(int m) {
        Mention mention = ctx.mentions.get(m);
        PartyNames.Name name = ctx.names.of(m);
        return new ResolvedParty(name.name(), name.kind(), m, mention.span());
    }

    /** The pronoun, or the description from its determiner to its head noun. */
    private Span referenceSpan(int t) {
        Span span = ctx.span(t);
        for (Dependency d : ctx.graph.children(t)) {
            String r = d.relation();
            if ((r.equals("det") || r.equals("amod") || r.equals("compound") || r.equals("nummod"))
                    && d.dependent() < t) {
                span = span.union(ctx.span(d.dependent()));
            }
        }
        return span;
    }
}
