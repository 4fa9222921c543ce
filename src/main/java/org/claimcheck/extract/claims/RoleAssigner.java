package org.claimcheck.extract.claims;

import static org.claimcheck.model.EventClass.ACQUIRE;
import static org.claimcheck.model.EventClass.AGREE;
import static org.claimcheck.model.EventClass.ANNOUNCE;
import static org.claimcheck.model.EventClass.APPOINT;
import static org.claimcheck.model.EventClass.BUY;
import static org.claimcheck.model.EventClass.EARN;
import static org.claimcheck.model.EventClass.INVEST;
import static org.claimcheck.model.EventClass.LAUNCH;
import static org.claimcheck.model.EventClass.LEGAL_ACTION;
import static org.claimcheck.model.EventClass.LICENSE;
import static org.claimcheck.model.EventClass.OWN;
import static org.claimcheck.model.EventClass.PAY;
import static org.claimcheck.model.EventClass.REPORT;
import static org.claimcheck.model.EventClass.SELL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;

/**
 * Gives each party argument of a clause its role, from the dependency relation and the event class.
 * <ul>
 *   <li>{@code nsubj}, {@code nsubj:xsubj} (control: "agreed to buy"), {@code obl:agent} (passive "by"),
 *       {@code nmod:poss} and {@code nmod:by} of event nouns: AGENT;</li>
 *   <li>{@code obj} and {@code nsubj:pass}: RECIPIENT for INVEST and PAY ("back OpenAI", "pay Microsoft"),
 *       else PATIENT ("acquired Contoso", "Contoso was acquired");</li>
 *   <li>{@code iobj}: RECIPIENT ("gives Microsoft a licence"), PATIENT for LEGAL_ACTION ("fined Meta €1 billion");</li>
 *   <li>prepositions: "in"/"into" RECIPIENT for INVEST, PATIENT for OWN; "to" RECIPIENT for INVEST, PAY,
 *       LICENSE, SELL; "with"/"between" AGENT for AGREE (both partners act) else OTHER; "from" RECIPIENT
 *       for BUY, ACQUIRE and PAY (the seller is paid), AGENT for LICENSE and INVEST (the licensor, the
 *       investor); "for" PATIENT for PAY (what is paid for); "of" PATIENT for
 *       ACQUIRE, SELL, BUY, OWN, LEGAL_ACTION, APPOINT, LAUNCH; "against" PATIENT for LEGAL_ACTION;</li>
 *   <li>a party compound of an event noun ("the Amazon deal"): AGENT for AGREE, else OTHER;</li>
 *   <li>a noun that names the one who acts ("shareholder"): its appositive is the AGENT and its possessor
 *       the PATIENT ("Tidewell's largest shareholder, Ria Formosa Capital").</li>
 * </ul>
 * An event noun with no agent of its own (partners named with "with" do not count) takes the subject of the verb that announces it ("announced a
 * new agreement") or of the copula it completes ("Microsoft remains a major shareholder"). A verb with no
 * subject takes parties the parser hung before it as "in" obliques ("In November OpenAI and Amazon sign"),
 * else the subject of the verb it depends on ("Synopsys has finished buying Ansys").
 * Raising money ("Anthropic raised $13 billion from ...") turns INVEST around: the subject receives, "from"
 * names the investors. For APPOINT the role follows the kind: the person is appointed (PATIENT), the
 * organization appoints (AGENT), whatever the syntax ("Catz became CEO of Oracle", "Zhang will join Sanmina").
 * One party keeps one role: the first in the order AGENT, PATIENT, RECIPIENT, OTHER.
 */
final class RoleAssigner {

    private static final Set<EventClass> OBJECT_IS_RECIPIENT = EnumSet.of(INVEST, PAY);
    private static final Set<EventClass> TO_IS_RECIPIENT = EnumSet.of(INVEST, PAY, LICENSE, SELL);
    private static final Set<EventClass> OF_IS_PATIENT = EnumSet.of(ACQUIRE, SELL, BUY, OWN, LEGAL_ACTION, APPOINT,
            LAUNCH);
    private static final Set<String> COPULAR = Set.of("remain", "be", "become", "stay");
    /** Objects that are events: their possessor does them ("completed its acquisition of Informatica"). */
    private static final Set<String> EVENT_NOUNS = Cues.DEAL_OR_BID_NOUNS;

    private final ArticleContext ctx;
    private final PartyResolver resolver;

    RoleAssigner(ArticleContext ctx, PartyResolver resolver) {
        this.ctx = ctx;
        this.resolver = resolver;
    }

    List<ClaimParty> assign(Clause clause) {
        Predicate p = clause.predicate;
        List<Clause.Argument> referring = new ArrayList<>();
        List<Assigned> found = new ArrayList<>();
        for (Clause.Argument a : clause.arguments) {
            Role role = role(a, p);
            if (role == null) {
                continue;
            }
            if (resolver.isReferring(a.token())) {
                referring.add(a);
            } else {
                resolver.named(a.token()).forEach(r -> found.add(new Assigned(r, role)));
            }
        }
        if (!p.verb() && !hasOwnAgent(clause)) {
            inheritedSubjects(p.token()).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
        }
        if (p.verb()) {
            participleNoun(p, found);
        }
        if (p.verb() && found.stream().noneMatch(x -> x.role == Role.AGENT) && !hasSubject(p.token())) {
            for (Clause.Argument a : clause.arguments) {
                if (a.relation().equals("obl:in") && a.token() < p.token()) {
                    resolver.named(a.token()).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
                }
            }
            if (found.stream().noneMatch(x -> x.role == Role.AGENT)) {
                modifiedNoun(p, found);
            }
            if (found.stream().noneMatch(x -> x.role == Role.AGENT)) {
                controllerSubjects(p).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
            }
            if (found.stream().noneMatch(x -> x.role == Role.AGENT || x.role == Role.RECIPIENT && raising(p))) {
                Role role = raising(p) ? Role.RECIPIENT : Role.AGENT;
                coordinatedSubjects(p).forEach(r -> found.add(new Assigned(r, role)));
            }
        }
        if (p.verb() && found.stream().noneMatch(x -> x.role == Role.AGENT)) {
            eventSubjectOwners(p).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
        }
        if (p.verb() && found.stream().noneMatch(x -> x.role == Role.AGENT || x.role == Role.RECIPIENT && raising(p))) {
            Role role = raising(p) ? Role.RECIPIENT : Role.AGENT;
            relativeAntecedent(p).forEach(r -> found.add(new Assigned(r, role)));
        }
        if (p.verb()) {
            objectOwners(p, found);
            partnersThroughValue(p, found);
            lastRecipient(p, found);
            securityOwners(p, found);
            if (found.stream().noneMatch(x -> x.role == Role.AGENT)) {
                metricOwners(p.token()).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
            }
            if (raising(p)) {
                roundLeaders(p.token()).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
            }
        }
        if (p.eventClass() == INVEST) {
            coInvestors(clause, found);
        }
        Set<String> named = new HashSet<>();
        found.forEach(x -> named.add(x.party.name()));
        for (Clause.Argument a : referring) {
            Role role = role(a, p);
            resolver.resolve(a.token(), named).forEach(r -> found.add(new Assigned(r, role)));
        }
        if (p.eventClass() == APPOINT) {
            titleCompounds(clause, found);
            found.replaceAll(x -> new Assigned(x.party, x.party.kind() == PartyKind.PERSON ? Role.PATIENT : Role.AGENT));
        }
        return merge(found);
    }

    /** What investors who join a round are called ("with Fidelity and Lightspeed as co-leads"). */
    private static final Set<String> CO_INVESTORS = Set.of("co-lead", "co-leads", "co-leader", "co-leaders",
            "co-investor", "co-investors", "investor", "investors", "backer", "backers");

    /**
     * Investors a round names besides its leader: those it has "participation from" ("led by Iconiq, with
     * participation from Fidelity and Lightspeed") and those named "as co-leads" or "as investors", whom
     * the parser otherwise takes for mere partners.
     */
    private void coInvestors(Clause clause, List<Assigned> found) {
        DependencyGraph g = ctx.graph;
        for (int t = clause.tokens.nextSetBit(0); t >= 0; t = clause.tokens.nextSetBit(t + 1)) {
            String lemma = g.lemma(t).toLowerCase(java.util.Locale.ROOT);
            if (lemma.equals("participation")) {
                for (int from : g.children(t, "nmod:from")) {
                    parties(from, found, Role.AGENT).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
                }
            }
            for (int as : g.children(t, "nmod:as")) {
                if (CO_INVESTORS.contains(g.lemma(as).toLowerCase(java.util.Locale.ROOT))
                        || CO_INVESTORS.contains(g.word(as).toLowerCase(java.util.Locale.ROOT))) {
                    List<Integer> names = new ArrayList<>(List.of(t));
                    names.addAll(g.children(t, "conj:and")); // "with Fidelity and Lightspeed as co-leads"
                    for (int n : names) {
                        resolver.named(n).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
                    }
                }
            }
        }
    }

    /**
     * "Oracle named Clay Magouyrk and Mike Sicilia co-chief executives": the parser often reads the names
     * before the title as compound modifiers of it, so the people appointed hang off the object. People
     * named in compounds of an appointment's object (and their conjuncts) are appointed. The company that
     * owns the post ("became its president", "chief executive of Intel") appoints.
     */
    private void titleCompounds(Clause clause, List<Assigned> found) {
        for (int post : postNouns(clause.predicate.token())) {
            for (Dependency d : ctx.graph.children(post)) {
                if (d.relation().equals("nmod:poss") || d.relation().equals("nmod:of")) {
                    // "became its president", "will become Pelican's chief technology officer", "CEO of Intel"
                    parties(d.dependent(), found, Role.AGENT).stream().filter(r -> r.kind() == PartyKind.ORGANIZATION)
                            .forEach(r -> found.add(new Assigned(r, Role.AGENT)));
                }
            }
        }
        for (Clause.Argument a : clause.arguments) {
            if (!DependencyGraph.base(a.relation()).equals("obj") || ctx.mentions.at(a.token(), MentionType.PARTY) >= 0) {
                continue;
            }
            for (int c : ctx.graph.children(a.token(), "compound")) {
                List<Integer> names = new ArrayList<>(List.of(c));
                names.addAll(ctx.graph.children(c, "conj"));
                for (int n : names) {
                    resolver.named(n).stream().filter(r -> r.kind() == PartyKind.PERSON)
                            .forEach(r -> found.add(new Assigned(r, Role.PATIENT)));
                }
            }
        }
    }

    /** The post nouns an appointment verb takes as object or complement ("named her chief executive"). */
    private List<Integer> postNouns(int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : ctx.graph.children(verb)) {
            String r = DependencyGraph.base(d.relation());
            if ((r.equals("obj") || r.equals("xcomp")) && Cues.POSTS.contains(ctx.graph.lemma(d.dependent()).toLowerCase(
                    java.util.Locale.ROOT))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    private record Assigned(ResolvedParty party, Role role) {
    }

    private static List<ClaimParty> merge(List<Assigned> found) {
        Map<String, Assigned> byName = new LinkedHashMap<>();
        for (Assigned a : found) {
            Assigned old = byName.get(a.party.name());
            if (old == null || a.role.ordinal() < old.role.ordinal()) {
                byName.put(a.party.name(), a);
            }
        }
        List<ClaimParty> r = new ArrayList<>();
        for (Assigned a : byName.values()) {
            r.add(a.party.as(a.role));
        }
        r.sort((x, y) -> x.span().compareTo(y.span()));
        return r;
    }

    /** Whether {@code p} is a noun that names the one who acts ("shareholder"), not the act. */
    private boolean namesItsAgent(Predicate p) {
        return !p.verb() && Cues.AGENT_NOUNS.contains(ctx.graph.lemma(p.token()).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether an event noun names its own agent (a possessor, a "by" phrase or a subject), not just partners. */
    private boolean hasOwnAgent(Clause clause) {
        // the possessor of "shareholder" is what is held, not who holds ("become its largest shareholder")
        boolean possessorActs = !namesItsAgent(clause.predicate);
        for (Clause.Argument a : clause.arguments) {
            String r = a.relation();
            if ((r.equals("nmod:poss") && possessorActs || r.equals("nmod:by") || r.equals("nmod:agent") || r.equals("nsubj"))
                    && (!resolver.named(a.token()).isEmpty() || resolver.isReferring(a.token()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The noun a passive participle modifies is what the participle's event is done to, whether or not a
     * "by" phrase names the agent ("Orbis, founded in 2020 by Daniel Kwan and Ilse Marsh, ...": Orbis).
     */
    private void participleNoun(Predicate p, List<Assigned> found) {
        DependencyGraph g = ctx.graph;
        Dependency head = g.head(p.token());
        if (head == null || !head.relation().equals("acl") || head.governor() < 0 || !g.pos(p.token()).equals("VBN")) {
            return;
        }
        if (dealSides(p, head.governor(), found)) {
            return;
        }
        Role role = objectRole(p.eventClass());
        parties(head.governor(), found, role).forEach(r -> found.add(new Assigned(r, role)));
    }

    /** Who makes a deal may have it announced or signed: the sides named in the deal's own phrase do it. */
    private static final Set<EventClass> JOINT_ACTS = EnumSet.of(ANNOUNCE, AGREE);

    /**
     * A deal announced or signed, told by a participle after the deal noun ("News Corp's partnership with
     * OpenAI, announced in May 2024, ..."): its sides, named in the noun's phrase (owner, "with", "between"),
     * announce or sign it together. False when the participle is of another kind or the noun names no side.
     */
    private boolean dealSides(Predicate p, int noun, List<Assigned> found) {
        DependencyGraph g = ctx.graph;
        if (!JOINT_ACTS.contains(p.eventClass()) || !g.isNoun(noun) || ctx.lexicon.noun(g.lemma(noun)).isEmpty()) {
            return false;
        }
        List<ResolvedParty> sides = new ArrayList<>();
        for (Dependency d : g.children(noun)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.equals("nmod:with") || r.equals("nmod:between") || r.equals("compound")) {
                sides.addAll(parties(d.dependent(), found, Role.AGENT));
                for (int c : g.children(d.dependent(), "conj:and")) {
                    sides.addAll(resolver.named(c));
                }
            }
        }
        sides.forEach(r -> found.add(new Assigned(r, Role.AGENT)));
        return !sides.isEmpty();
    }

    /**
     * A verb that modifies a noun takes its party from that noun (a past participle's is
     * {@link #participleNoun}): a present participle is done by it ("a fund holding 18%"; after
     * a predicate noun, by the copula's subject; after an amount, by whoever spends the amount: "invest $5
     * billion in Intel, taking a 4% stake"), and a to-infinitive after a noun is done by the noun's
     * possessor ("its agreement to buy Hanbit"), else, after an object noun, by the subject of the verb
     * governing that noun ("signed a contract to supply testers to SK Hynix"), or by the subject of a
     * predicate noun ("OpenAI is in talks to raise ...").
     */
    private void modifiedNoun(Predicate p, List<Assigned> found) {
        DependencyGraph g = ctx.graph;
        Dependency head = g.head(p.token());
        if (head == null || !DependencyGraph.base(head.relation()).equals("acl") || head.relation().equals("acl:relcl")
                || head.governor() < 0) {
            return;
        }
        int noun = head.governor();
        String pos = g.pos(p.token());
        if (pos.equals("VBN")) {
            return; // participleNoun
        }
        if (pos.equals("VBG")) {
            List<ResolvedParty> doers = parties(noun, found, Role.AGENT);
            Dependency nounHead = g.head(noun);
            int verb = nounHead == null ? -1 : nounHead.governor();
            // "it remains a major shareholder in OpenAI, owning about 27 percent": the subject of the copula;
            // "it would invest $5 billion in Intel, taking a 4% stake": who spends the amount takes the stake
            boolean copulaComplement = verb >= 0 && DependencyGraph.base(nounHead.relation()).equals("xcomp")
                    && COPULAR.contains(g.lemma(verb));
            boolean amountSpent = verb >= 0 && ctx.mentions.at(noun, MentionType.MONEY) >= 0 && g.isVerb(verb);
            if (doers.isEmpty() && (copulaComplement || amountSpent)) {
                for (int subject : g.children(verb, "nsubj")) {
                    doers = parties(subject, found, Role.AGENT);
                }
            }
            doers.forEach(r -> found.add(new Assigned(r, Role.AGENT)));
        } else if (g.hasChildLemma(p.token(), "mark", Set.of("to")) && !g.children(noun, "nmod:poss").isEmpty()) {
            for (int owner : g.children(noun, "nmod:poss")) {
                parties(owner, found, Role.AGENT).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
            }
        } else if (g.hasChildLemma(p.token(), "mark", Set.of("to"))) {
            Dependency nounHead = g.head(noun);
            Role role = raising(p) ? Role.RECIPIENT : Role.AGENT;
            if (nounHead != null && nounHead.governor() >= 0 && DependencyGraph.base(nounHead.relation()).equals("obj")) {
                for (int subject : g.children(nounHead.governor(), "nsubj")) {
                    parties(subject, found, role).forEach(r -> found.add(new Assigned(r, role)));
                }
            }
            // "OpenAI is in talks to raise up to $40 billion": the subject of the copula does what the talks are about
            for (int subject : g.children(noun, "nsubj")) {
                parties(subject, found, role).forEach(r -> found.add(new Assigned(r, role)));
            }
        }
    }

    private boolean raising(Predicate p) {
        return p.eventClass() == INVEST && Cues.raises(ctx.graph, p.token()) && !raisesAHolding(p.token());
    }

    /** Whether verb {@code v} raises what its subject holds ("raised its stake in Nvidia"), not money it receives. */
    private boolean raisesAHolding(int v) {
        for (int o : ctx.graph.children(v, "obj")) {
            if (Cues.HOLDINGS.contains(ctx.graph.lemma(o).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the verb a finite verb with no subject of its own is coordinated with, where the parser
     * hung the second verb phrase under the first one's object ("Google has invested about $3 billion and
     * owns 14% of the company", "It put in $1.25 billion in 2023, added $2.75 billion in 2024 and committed
     * another $4 billion"): the nearest verb above it, through coordination and loose attachments only,
     * that has a subject.
     */
    private List<ResolvedParty> coordinatedSubjects(Predicate p) {
        DependencyGraph g = ctx.graph;
        String pos = g.pos(p.token());
        if (!pos.equals("VBD") && !pos.equals("VBZ") && !pos.equals("VBP")) {
            return List.of();
        }
        int node = p.token();
        for (int step = 0; step < MAX_COORDINATION_CLIMB; step++) {
            Dependency head = g.head(node);
            if (head == null || head.governor() < 0 || !LOOSE.contains(DependencyGraph.base(head.relation()))) {
                return List.of();
            }
            node = head.governor();
            if (g.isVerb(node)) {
                List<ResolvedParty> r = new ArrayList<>();
                for (int s : g.children(node, "nsubj")) {
                    r.addAll(parties(s));
                }
                if (!g.children(node, "nsubj").isEmpty() || !g.children(node, "nsubj:pass").isEmpty()) {
                    return r;
                }
            }
        }
        return List.of();
    }

    /** Relations through which a coordinated verb may hang below the verb whose subject it shares. */
    private static final Set<String> LOOSE = Set.of("conj", "dep", "obj", "nmod", "appos");
    private static final int MAX_COORDINATION_CLIMB = 5;

    /**
     * The party a relative pronoun subject stands for when the parser hung the relative clause on it loosely
     * ("Rheinwert, which reported a net profit of €1.1 billion, ..." parsed with "which" as subject and the
     * verb as a bare dependent of "Rheinwert").
     */
    private List<ResolvedParty> relativeAntecedent(Predicate p) {
        DependencyGraph g = ctx.graph;
        boolean relative = g.children(p.token(), "nsubj").stream().anyMatch(this::relativePronoun);
        Dependency head = g.head(p.token());
        if (head == null || head.governor() < 0 || head.governor() > p.token()) {
            return List.of();
        }
        if (relative && (head.relation().equals("acl:relcl") || head.relation().equals("dep"))) {
            return resolver.named(head.governor());
        }
        // "Calder Bridge, which bought Fernhill in 2021, ..." parsed with the verb under the pronoun and the
        // pronoun in apposition to the name
        int pronoun = head.governor();
        Dependency antecedent = g.head(pronoun);
        if (relativePronoun(pronoun) && RELATIVE_HANGS.contains(DependencyGraph.base(head.relation()))
                && g.children(p.token(), "nsubj").isEmpty() && antecedent != null && antecedent.governor() >= 0
                && antecedent.governor() < pronoun
                && RELATIVE_HANGS.contains(DependencyGraph.base(antecedent.relation()))) {
            return resolver.named(antecedent.governor());
        }
        return List.of();
    }

    /** Loose attachments the parser gives a relative pronoun and its clause. */
    private static final Set<String> RELATIVE_HANGS = Set.of("acl", "dep", "appos");

    private boolean relativePronoun(int t) {
        String pos = ctx.graph.pos(t);
        String word = ctx.graph.word(t).toLowerCase(java.util.Locale.ROOT);
        return (pos.equals("WDT") || pos.equals("WP")) && (word.equals("which") || word.equals("who")
                || word.equals("that"));
    }

    /**
     * The owner of an event noun the parser made the verb's subject: in "Arden announces its agreement to
     * buy Hanbit" the parser may read "agreement" as the controlled subject of "buy"; whoever agrees buys.
     * An event noun with no owner that is a verb's object gives that verb's subject ("Synopsys signed a deal
     * to buy Ansys").
     */
    private List<ResolvedParty> eventSubjectOwners(Predicate p) {
        DependencyGraph g = ctx.graph;
        List<ResolvedParty> r = new ArrayList<>();
        for (Dependency d : g.children(p.token())) {
            int s = d.dependent();
            if (d.relation().startsWith("nsubj") && !d.relation().equals("nsubj:pass")
                    && EVENT_NOUNS.contains(g.lemma(s).toLowerCase(java.util.Locale.ROOT))) {
                for (int owner : g.children(s, "nmod:poss")) {
                    r.addAll(parties(owner));
                }
                Dependency signed = g.head(s);
                if (r.isEmpty() && signed != null && signed.governor() >= 0
                        && DependencyGraph.base(signed.relation()).equals("obj")
                        && SIGNING.contains(g.lemma(signed.governor()).toLowerCase(java.util.Locale.ROOT))) {
                    // "Synopsys signed a deal to buy Ansys": who signs the deal buys
                    for (int signer : g.children(signed.governor(), "nsubj")) {
                        r.addAll(parties(signer));
                    }
                }
            }
        }
        return r;
    }

    /**
     * Verbs that make a deal, whose subject is a side of it ("signed a deal to buy"); expecting a deal to
     * close makes no one a side of it.
     */
    private static final Set<String> SIGNING = Set.of("sign", "reach", "strike", "seal", "ink", "enter", "finalize",
            "finalise", "conclude", "make");

    /** Verbs whose object does what their complement says ("prevented AWS from selling it"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("prevent", "stop", "bar", "ban", "prohibit", "block",
            "keep", "forbid", "allow", "let", "permit", "enable", "help", "force", "require", "ask", "urge", "push",
            "persuade", "encourage", "order");

    /**
     * The subject of the verb a subjectless verb depends on, where the two share it (or, after a verb of
     * object control, its object): a gerund after an
     * aspectual verb that the parser left as a bare dependent ("Synopsys has finished buying Ansys") or a
     * participle clause ("..., bringing to an end an 18-month review"). When that verb has no subject
     * either, the chain is followed up: in "the deal allows Microsoft to stop paying a revenue share",
     * Microsoft stops, so Microsoft pays.
     */
    private List<ResolvedParty> controllerSubjects(Predicate p) {
        DependencyGraph g = ctx.graph;
        if (g.lemma(p.token()).equals("value") && g.pos(p.token()).equals("VBG")) {
            return List.of(); // "raised €1.7 billion ..., valuing the start-up at €11.7 billion": the round values it
        }
        List<ResolvedParty> r = new ArrayList<>();
        int v = p.token();
        for (int depth = 0; depth < MAX_CONTROL_CHAIN; depth++) {
            Dependency head = g.head(v);
            if (head == null || head.governor() < 0 || !g.pos(head.governor()).startsWith("VB")) {
                return r;
            }
            int governor = head.governor();
            String rel = head.relation();
            List<Integer> objects = g.children(governor, "obj");
            if ((rel.equals("advcl:from") || rel.equals("xcomp")) && OBJECT_CONTROL.contains(g.lemma(governor))
                    && !objects.isEmpty()) {
                // "prevented AWS from selling it", "let OpenAI run its products": the object does the second verb
                for (int o : objects) {
                    r.addAll(parties(o));
                }
                return r;
            }
            boolean shared = rel.equals("dep") || rel.equals("xcomp") || (rel.equals("advcl") && g.pos(v).equals("VBG"));
            if (!shared) {
                return r;
            }
            List<Integer> subjects = new ArrayList<>(g.children(governor, "nsubj"));
            subjects.addAll(g.children(governor, "nsubj:xsubj"));
            if (!subjects.isEmpty()) {
                for (int s : subjects) {
                    r.addAll(parties(s));
                }
                return r;
            }
            v = governor;
        }
        return r;
    }

    /** How many subjectless verbs up a chain of control is followed ("allows X to stop paying" is two). */
    private static final int MAX_CONTROL_CHAIN = 4;

    /**
     * Parties named inside a verb's object, where the object is a thing, not a party: its owner ("led
     * Quillfeather's round", "sell ZT Systems' manufacturing business", "buy ABB's robotics unit") and
     * what an "in" phrase points at ("took a 10% stake in Intel", "led a round in Quillfeather"), the
     * company a share bought is "of" ("bought 7% of the company"), the company a bid is "for" ("raised
     * its offer for Caldera"), the owner of what an amount buys ("$250 billion worth of Microsoft cloud
     * services": the seller), and, for a licence with no licensor named, the owner of what it is a licence
     * to ("a licence to OpenAI IP"), and the owner of what a payment is for ("pay £310 million for Fernhill's
     * shares"). The possessor of an event noun does the event instead ("completed its acquisition of Informatica").
     */
    private void objectOwners(Predicate p, List<Assigned> found) {
        EventClass c = p.eventClass();
        Role owner = c == INVEST || c == BUY || c == ACQUIRE ? Role.RECIPIENT
                : c == SELL || c == OWN || c == LEGAL_ACTION ? Role.PATIENT : null;
        Role in = c == INVEST ? Role.RECIPIENT : c == OWN ? Role.PATIENT : null;
        // "sold its entire stake in Nvidia": the company a stake sold is in is what is sold
        Role equityIn = c == SELL ? Role.PATIENT : in;
        DependencyGraph g = ctx.graph;
        for (int o : objects(p.token())) {
            if (!resolver.named(o).isEmpty() || resolver.isReferring(o)) {
                continue;
            }
            String lemma = g.lemma(o).toLowerCase(java.util.Locale.ROOT);
            boolean deal = EVENT_NOUNS.contains(lemma);
            boolean equity = Cues.EQUITY.contains(lemma) || Cues.HOLDINGS.contains(lemma);
            // "buy Australian lithium producer Pilbara Crest Lithium": a proper noun whose name words before it are
            // a party is that party's name, the rest of it left out of the mention; it is the object itself
            boolean nameTail = g.pos(o).startsWith("NNP");
            for (Dependency d : g.children(o)) {
                Role role = d.relation().equals("nmod:poss") ? (deal ? Role.AGENT : owner)
                        : d.relation().equals("compound") && nameTail && d.dependent() == o - 1 && owner != null
                                ? objectRole(c)
                        : d.relation().equals("compound") ? (deal ? null : owner)
                        : d.relation().equals("nmod:in") ? (equity ? equityIn : in)
                        : d.relation().equals("nmod:of") && c == INVEST
                                && ctx.mentions.at(o, MentionType.PERCENT) >= 0 ? Role.RECIPIENT
                        : d.relation().equals("nmod:for") && c == ACQUIRE && Cues.BIDS.contains(g.lemma(o)) ? Role.PATIENT
                        : null;
                if (role != null) {
                    parties(d.dependent(), found, role).forEach(r -> found.add(new Assigned(r, role)));
                }
            }
            if (c == LICENSE && LICENCES.contains(lemma)
                    && found.stream().noneMatch(x -> x.role == Role.AGENT)) {
                // "gives Microsoft a licence to OpenAI IP": who owns what is licensed grants the licence
                ownersOf(o, "nmod:to", Role.AGENT, found);
            }
            if (owner != null && c != INVEST && quantity(o)) {
                // "buy another $250 billion worth of Microsoft cloud services": the owner of what the amount buys
                ownersOf(o, "nmod:of", owner, found);
            }
        }
        if (c == PAY) {
            // "will pay £310 million for Fernhill's shares": paying for a company's shares is paying for it; the
            // parser hangs the "for" on the verb or on the amount
            List<Integer> paidFor = new ArrayList<>(g.children(p.token(), "obl:for"));
            for (int o : objects(p.token())) {
                if (quantity(o)) {
                    paidFor.addAll(g.children(o, "nmod:for"));
                }
            }
            for (int thing : paidFor) {
                List<ResolvedParty> named = resolver.named(thing);
                List<Integer> owners = named.isEmpty() ? ownerNames(thing) : List.of(thing);
                for (int name : owners) {
                    parties(name, found, Role.PATIENT).forEach(r -> found.add(new Assigned(r, Role.PATIENT)));
                }
            }
        }
    }

    /**
     * The other side of an agreement named after its value ("signed a three-year agreement worth about $24
     * million with Darcy & Webb"), which the parser hangs on the amount rather than on the agreement: a
     * "with" or "between" party found below the verb's object, through its modifiers and the amounts they
     * hold, never below a verb.
     */
    private void partnersThroughValue(Predicate p, List<Assigned> found) {
        if (p.eventClass() != AGREE) {
            return;
        }
        for (int o : objects(p.token())) {
            partnersBelow(o, VALUE_DEPTH, found);
        }
    }

    /** How far below an agreement its value's "with" phrase is looked for (agreement, worth, amount). */
    private static final int VALUE_DEPTH = 3;

    private void partnersBelow(int n, int depth, List<Assigned> found) {
        DependencyGraph g = ctx.graph;
        for (Dependency d : g.children(n)) {
            int m = d.dependent();
            if (m == n || g.isVerb(m)) {
                continue;
            }
            if (depth < VALUE_DEPTH && (d.relation().equals("nmod:with") || d.relation().equals("nmod:between"))) {
                // only a name: a description this far from the verb is not resolved ("with the London firm")
                resolver.named(m).forEach(r -> found.add(new Assigned(r, Role.AGENT)));
            } else if (depth > 1 && (d.relation().equals("amod") || d.relation().equals("dep"))) {
                partnersBelow(m, depth - 1, found);
            }
        }
    }

    /**
     * The recipient of a sale or licence told with two "to" phrases, which the parser hangs on the object or
     * on each other ("licenses the rights to HT-201 to Jinhai", "sold the rights to its maps to Apple"):
     * the last one names whom the thing goes to.
     */
    private void lastRecipient(Predicate p, List<Assigned> found) {
        if (p.eventClass() != SELL && p.eventClass() != LICENSE || found.stream().anyMatch(x -> x.role == Role.RECIPIENT)) {
            return;
        }
        DependencyGraph g = ctx.graph;
        List<Integer> phrases = new ArrayList<>(g.children(p.token(), "obl:to"));
        for (int o : g.children(p.token(), "obj")) {
            phrases.addAll(g.children(o, "nmod:to"));
        }
        for (int i = 0; i < phrases.size() && phrases.size() < MAX_TO_PHRASES; i++) {
            phrases.addAll(g.children(phrases.get(i), "nmod:to"));
        }
        if (phrases.size() < 2) {
            return;
        }
        int last = java.util.Collections.max(phrases);
        parties(last, found, Role.RECIPIENT).forEach(r -> found.add(new Assigned(r, Role.RECIPIENT)));
    }

    /** Bound on the "to" phrases followed from one verb. */
    private static final int MAX_TO_PHRASES = 6;

    /**
     * The verb's objects. When the parser makes a determiner or an adjective the object and hangs the noun
     * or amount loosely under it ("invest [an] additional $4 billion in Anthropic"), perhaps through the
     * adjective ("purchase [an] additional $250 billion of"), the noun stands in.
     */
    private List<Integer> objects(int v) {
        DependencyGraph g = ctx.graph;
        List<Integer> out = new ArrayList<>();
        for (int o : g.children(v, "obj")) {
            int head = o;
            for (int step = 0; step < MAX_LOOSE_STEPS && (g.pos(head).equals("DT") || g.pos(head).startsWith("JJ")); step++) {
                List<Integer> loose = g.children(head, "dep");
                if (loose.isEmpty() && g.pos(head).equals("DT")) {
                    // "purchase [an] -amod-> additional -dep-> $250 billion of ..."
                    loose = g.children(head, "amod");
                }
                if (loose.isEmpty()) {
                    break;
                }
                head = loose.get(0);
            }
            out.add(head);
        }
        return out;
    }

    /** How many loose attachments are followed down from a misparsed object. */
    private static final int MAX_LOOSE_STEPS = 3;

    /** The owners of what {@code noun}'s {@code relation} phrases name, in {@code role}. */
    private void ownersOf(int noun, String relation, Role role, List<Assigned> found) {
        for (int thing : ctx.graph.children(noun, relation)) {
            for (int name : ownerNames(thing)) {
                parties(name, found, role).forEach(r -> found.add(new Assigned(r, role)));
            }
        }
    }

    private static final Set<String> LICENCES = Set.of("licence", "license", "right", "rights");

    /**
     * Whether noun {@code o} is an amount or a share of something ("$5 billion of chips", "$250 billion worth
     * of", "about 30% of its output").
     */
    private boolean quantity(int o) {
        String lemma = ctx.graph.lemma(o).toLowerCase(java.util.Locale.ROOT);
        return ctx.mentions.at(o, MentionType.MONEY) >= 0 || ctx.mentions.at(o, MentionType.PERCENT) >= 0
                || lemma.equals("worth") || lemma.equals("amount");
    }

    /**
     * Party names that own noun {@code thing}: its possessor or a name among its compounds, one compound
     * deep ("Microsoft cloud services", "Intel's chips").
     */
    private List<Integer> ownerNames(int thing) {
        List<Integer> out = new ArrayList<>();
        DependencyGraph g = ctx.graph;
        for (Dependency d : g.children(thing)) {
            if (d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                if (!resolver.named(d.dependent()).isEmpty() || resolver.isReferring(d.dependent())) {
                    out.add(d.dependent());
                } else if (d.relation().equals("compound")) {
                    for (int inner : g.children(d.dependent(), "compound")) {
                        if (!resolver.named(inner).isEmpty()) {
                            out.add(inner);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The company whose shares the subject is: in "Kairos shares rose 4%", "shares of Kairos fell" and
     * "Kairos's stock jumped", Kairos is what the move happens to (PATIENT).
     */
    private void securityOwners(Predicate p, List<Assigned> found) {
        DependencyGraph g = ctx.graph;
        for (Dependency d : g.children(p.token())) {
            if (!DependencyGraph.base(d.relation()).equals("nsubj") || !SECURITIES.contains(g.lemma(d.dependent()))) {
                continue;
            }
            for (Dependency m : g.children(d.dependent())) {
                String r = m.relation();
                if (r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod:of")) {
                    parties(m.dependent(), found, Role.PATIENT).forEach(x -> found.add(new Assigned(x, Role.PATIENT)));
                }
            }
        }
    }

    private static final Set<String> SECURITIES = Set.of("share", "stock", "bond", "note");

    /**
     * The company whose figure the subject is: in "Oracle's cloud revenue rose 52%", "revenue at Oracle
     * reached $18 billion" and "Oracle expects its revenue to grow to $18 billion", Oracle earns (AGENT).
     */
    List<ResolvedParty> metricOwners(int verb) {
        DependencyGraph g = ctx.graph;
        List<ResolvedParty> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            if (!DependencyGraph.base(d.relation()).equals("nsubj") || !Cues.METRICS.contains(g.lemma(d.dependent()))) {
                continue;
            }
            for (Dependency m : g.children(d.dependent())) {
                String r = m.relation();
                if (r.equals("compound") || r.equals("nmod:poss") || r.equals("nmod:of") || r.equals("nmod:at")) {
                    out.addAll(parties(m.dependent()));
                }
            }
            if (out.isEmpty() && d.relation().equals("nsubj:xsubj")) {
                Dependency head = g.head(verb);
                if (head != null && head.governor() >= 0) {
                    for (int s : g.children(head.governor(), "nsubj")) {
                        out.addAll(parties(s));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The investors who lead the money a raising verb names: in "Hearthlight raised $95 million in a Series B
     * round led by Pinebrook Ventures" (or "from venture investors, led by Pinebrook Ventures"), Pinebrook is
     * the investor (AGENT) of the raising. The phrases looked at are the verb's objects and obliques and
     * their modifiers.
     */
    static List<Integer> roundNouns(DependencyGraph g, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(verb)) {
            String base = DependencyGraph.base(d.relation());
            if (base.equals("obl") || base.equals("obj")) {
                out.add(d.dependent()); // the amount or the round: "$95 million ..., led by", "a round led by"
                nominalModifiers(g, d.dependent(), ROUND_DEPTH, out);
            }
        }
        return out;
    }

    /** How many links below the amount or the round its modifiers are looked for. */
    private static final int ROUND_DEPTH = 3;

    /**
     * The nouns that modify {@code n} through a preposition ("... from venture investors, led by", "... in a
     * round led by"), also when the parser hangs them on an amount given in brackets ("raised ₹1,200 crore
     * (about $136 million) in a funding round led by"), never below a verb.
     */
    private static void nominalModifiers(DependencyGraph g, int n, int depth, List<Integer> out) {
        if (depth == 0) {
            return;
        }
        for (Dependency c : g.children(n)) {
            String base = DependencyGraph.base(c.relation());
            int m = c.dependent();
            if (g.isVerb(m) || m == n) {
                continue;
            }
            if (base.equals("nmod")) {
                out.add(m);
                nominalModifiers(g, m, depth - 1, out);
            } else if (base.equals("punct") && g.word(m).equals("(") || base.equals("dep") || base.equals("appos")) {
                nominalModifiers(g, m, depth - 1, out);
            }
        }
    }

    /** Prepositions that give examples of a group: "investors including Thrive", "backers such as KKR". */
    private static final Set<String> EXAMPLES = Set.of("nmod:including", "nmod:such_as", "nmod:like", "acl:including");

    /**
     * Who put money into a round: those who led it ("a round led by Iconiq") and those it came from
     * ("raised $1 billion from Thrive Capital", "from investors including Andreessen Horowitz and Thrive
     * Capital"), however the parser hangs the "from" phrase.
     */
    private List<ResolvedParty> roundLeaders(int verb) {
        DependencyGraph g = ctx.graph;
        List<ResolvedParty> r = new ArrayList<>();
        for (int round : roundNouns(g, verb)) {
            Dependency head = g.head(round);
            if (head != null && DependencyGraph.subtype(head.relation()).equals("from")) {
                r.addAll(resolver.named(round));
                for (Dependency d : g.children(round)) {
                    if (EXAMPLES.contains(d.relation())) {
                        r.addAll(resolver.named(d.dependent()));
                    }
                }
            }
            for (int led : g.children(round, "acl")) {
                if (!Cues.ROUND_LEAD.contains(g.lemma(led))) {
                    continue;
                }
                for (Dependency by : g.children(led)) {
                    if (by.relation().equals("obl:by") || by.relation().equals("obl:agent")) {
                        r.addAll(parties(by.dependent()));
                    }
                }
            }
        }
        return r;
    }

    /**
     * The parties at {@code t} that are to take {@code role}. A description is resolved to none of the
     * parties already found in another role of the clause: in "Fernwood Partners led the company's round",
     * the company is not Fernwood. A pronoun may be: in "Northwind sold its payments unit", "its" is Northwind.
     */
    private List<ResolvedParty> parties(int t, List<Assigned> found, Role role) {
        List<ResolvedParty> named = resolver.named(t);
        if (!named.isEmpty()) {
            return named;
        }
        if (ctx.graph.pos(t).startsWith("PRP")) {
            return resolver.resolve(t, Set.of());
        }
        Set<String> taken = new HashSet<>();
        found.stream().filter(x -> x.role != role).forEach(x -> taken.add(x.party.name()));
        return resolver.resolve(t, taken);
    }

    /** The named party at {@code t}, or the party a pronoun or description there resolves to. */
    private List<ResolvedParty> parties(int t) {
        return parties(t, List.of(), Role.AGENT);
    }

    /**
     * Whether verb {@code v} has a subject. A controlled subject that names no party does not count: in
     * "exercising its options with Boeing to purchase five aircraft" the parser makes "options" the one
     * who purchases, and the purchase then takes the subject of the verb it depends on. An event noun
     * does count ("the deal is expected to close").
     */
    private boolean hasSubject(int v) {
        for (Dependency d : ctx.graph.children(v)) {
            int x = d.dependent();
            if (d.relation().equals("nsubj:xsubj") && resolver.named(x).isEmpty() && !resolver.isReferring(x)
                    && (ctx.lexicon.noun(ctx.graph.lemma(x)).isEmpty()
                    && !EVENT_NOUNS.contains(ctx.graph.lemma(x).toLowerCase(java.util.Locale.ROOT))
                    || objectOfGovernor(v, x))) {
                continue;
            }
            if (DependencyGraph.base(d.relation()).equals("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code x}, the controlled subject of {@code v}, is the object of the verb {@code v} depends on:
     * in "it had signed a contract to supply testers", the parser lets the contract supply; the signer does.
     */
    private boolean objectOfGovernor(int v, int x) {
        Dependency head = ctx.graph.head(v);
        return head != null && head.governor() >= 0 && DEAL_MAKING.contains(ctx.graph.lemma(head.governor()))
                && ctx.graph.children(head.governor(), "obj").contains(x);
    }

    /**
     * Verbs whose object is a deal that the subject makes, so the deal does not do the verb after it ("signed a
     * contract to supply", "won an order to build"); unlike "expects the deal to close".
     */
    private static final Set<String> DEAL_MAKING = Set.of("sign", "win", "strike", "reach", "secure", "ink", "land",
            "seal", "clinch", "enter");

    /** Subjects of the verb that announces or is completed by event noun {@code n}. */
    private List<ResolvedParty> inheritedSubjects(int n) {
        Dependency head = ctx.graph.head(n);
        if (head == null) {
            return List.of();
        }
        int v = head.governor();
        String rel = DependencyGraph.base(head.relation());
        String lemma = ctx.graph.lemma(v);
        boolean announced = rel.equals("obj") && ctx.lexicon.verb(lemma).filter(c -> c == ANNOUNCE || c == REPORT)
                .isPresent();
        boolean predicative = rel.equals("xcomp") && COPULAR.contains(lemma);
        if (!announced && !predicative) {
            return List.of();
        }
        List<ResolvedParty> r = new ArrayList<>();
        for (int s : ctx.graph.children(v, "nsubj")) {
            r.addAll(resolver.named(s).isEmpty() ? resolver.resolve(s, Set.of()) : resolver.named(s));
        }
        return r;
    }

    /** The role an argument holds, or null when the relation gives the party no role in this event. */
    private Role role(Clause.Argument a, Predicate p) {
        EventClass c = p.eventClass();
        String rel = a.relation();
        String base = DependencyGraph.base(rel);
        String prep = DependencyGraph.subtype(rel);
        boolean raising = raising(p);
        if (namesItsAgent(p)) {
            // "Tidewell's largest shareholder, Ria Formosa Capital": the noun names the agent, its owner is the patient
            if (base.equals("appos")) {
                return Role.AGENT;
            }
            if (rel.equals("nmod:poss")) {
                return objectRole(c);
            }
        }
        // "SK Hynix supplies Nvidia": a supplier's object is its customer, not what it sells
        boolean customer = c == SELL && SUPPLY_VERBS.contains(ctx.graph.lemma(p.token()).toLowerCase(java.util.Locale.ROOT));
        switch (base) {
            case "nsubj":
                return prep.equals("pass") ? (customer ? Role.RECIPIENT : objectRole(c))
                        : raising ? Role.RECIPIENT : Role.AGENT;
            case "obj":
                return customer ? Role.RECIPIENT : objectRole(c);
            case "iobj":
                return c == LEGAL_ACTION ? Role.PATIENT : Role.RECIPIENT;
            case "compound":
                return p.verb() ? null : c == AGREE ? Role.AGENT : Role.OTHER;
            case "obl":
            case "nmod":
                if (!p.verb() && prep.equals("from") && SOURCE_IS_AGENT.contains(c)) {
                    return Role.AGENT; // "a complaint from Adbridge", "a report from Bloomberg": who files or tells
                }
                if (prep.equals("from") && c == INVEST && PURCHASE_LEMMAS.contains(ctx.graph.lemma(p.token()))) {
                    return Role.RECIPIENT; // "buy a 60% stake in Aldgate from Carrow": the seller is paid
                }
                return prepositionRole(prep, c);
            default:
                return null;
        }
    }

    /** Verbs of buying, whose "from" phrase names the seller even when a stake makes the event an investment. */
    private static final Set<String> PURCHASE_LEMMAS = Set.of("buy", "purchase", "acquire", "take");

    /** Classes whose event nouns name their agent in a "from" phrase. */
    private static final Set<EventClass> SOURCE_IS_AGENT = java.util.EnumSet.of(LEGAL_ACTION, REPORT, ANNOUNCE);

    /** Selling verbs whose object is whom the goods go to ("supplies Nvidia with memory"). */
    private static final Set<String> SUPPLY_VERBS = Set.of("supply", "provide", "serve", "equip", "furnish");

    private static Role objectRole(EventClass c) {
        if (OBJECT_IS_RECIPIENT.contains(c)) {
            return Role.RECIPIENT;
        }
        return c == AGREE || c == EARN ? Role.OTHER : Role.PATIENT;
    }

    private static Role prepositionRole(String prep, EventClass c) {
        switch (prep) {
            case "agent":
            case "by":
            case "poss":
                return Role.AGENT;
            case "in":
            case "into":
                return c == INVEST ? Role.RECIPIENT : c == OWN ? Role.PATIENT : null;
            case "to":
                return TO_IS_RECIPIENT.contains(c) ? Role.RECIPIENT : null;
            case "with":
            case "between":
                return c == AGREE ? Role.AGENT : Role.OTHER;
            case "from":
                return c == BUY || c == ACQUIRE || c == PAY ? Role.RECIPIENT
                        : c == LICENSE || c == INVEST ? Role.AGENT : Role.OTHER;
            case "for":
                return c == PAY ? Role.PATIENT : null;
            case "of":
                return OF_IS_PATIENT.contains(c) ? Role.PATIENT : null;
            case "against":
                return c == LEGAL_ACTION ? Role.PATIENT : null;
            default:
                return null;
        }
    }
}
