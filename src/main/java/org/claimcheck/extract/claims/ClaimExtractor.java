package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.model.Annotation;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Claim;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;

/**
 * Claim assembly: turns an annotated article (tokens, dependency parse) and its mentions into claims,
 * one per clause whose head predicate is an event with at least one party.
 *
 * <p>For each parsed sentence that is not page furniture: {@link PredicateFinder} picks the heads,
 * {@link Clause} delimits each head's clause, {@link RoleAssigner} reads party roles from the parse
 * (resolving pronouns and descriptions through {@link PartyResolver}), the clause's MONEY and PERCENT
 * mentions are attached, {@link TimeAnchor} dates it, {@link AttributionFinder} finds who says so and
 * {@link ModalityReader} how firmly; {@link FundingRecipients} completes investments told without
 * their recipient, {@link TakeoverPayees} the payments of a takeover told without their payee. Claims are numbered "c1".."cN" in text order.
 *
 * <p>A pure function of its input: no state between calls, safe to share between threads. It never
 * throws on odd input; a sentence it cannot handle yields no claims and a warning.
 */
public final class ClaimExtractor {

    /** Which events with a party make claims. */
    public enum Scope {
        /**
         * The claim guideline: events of the lexicon's classes, and other events only when their clause
         * states a sum of money or a date ("Oracle shares jumped 36% on Wednesday"; a percentage alone, as in
         * "Brightwater shares rose 3.2% in London trading", is not enough, nor is "now").
         */
        NEWS_CLAIMS,
        /**
         * Every event with a party, as event corpora such as MEANTIME annotate them ("Boeing protested",
         * "the GAO upheld", "Barra said"); events outside the lexicon, speech verbs included, get class
         * OTHER.
         */
        ALL_EVENTS
    }

    private final EventLexicon lexicon;
    private final Gazetteer gazetteer;
    private final Scope scope;

    /** An extractor for {@link Scope#NEWS_CLAIMS} with the bundled lexicon and the default gazetteer. */
    public ClaimExtractor() {
        this(Scope.NEWS_CLAIMS);
    }

    /** An extractor with the bundled {@link EventLexicon} and the default {@link Gazetteer}. */
    public ClaimExtractor(Scope scope) {
        this(EventLexicon.standard(), Gazetteer.defaults(), scope);
    }

    /**
     * @param gazetteer the parties known by name, which keep their own name beside longer names of the
     *                  article that begin with it (see {@link PartyNames})
     */
    public ClaimExtractor(EventLexicon lexicon, Gazetteer gazetteer, Scope scope) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.scope = scope;
    }

    /** The claims of the article, in text order. */
    public List<Claim> extract(Annotation annotation, List<Mention> mentions) {
        return run(annotation, mentions).claims();
    }

    /** The claims of the article and the warnings for sentences that gave none because they could not be read. */
    public ClaimResult run(Annotation annotation, List<Mention> mentions) {
        List<String> warnings = new ArrayList<>();
        ArticleContext ctx;
        try {
            ctx = new ArticleContext(annotation, mentions, lexicon, gazetteer);
        } catch (RuntimeException e) {
            warnings.add("claims skipped: annotation could not be read (" + e.getMessage() + ")");
            return new ClaimResult(List.of(), warnings);
        }
        Readers readers = new Readers(ctx, scope == Scope.ALL_EVENTS);
        List<Claim> claims = new ArrayList<>();
        Set<Span> ranking = new HashSet<>();
        for (Sentence s : annotation.sentences()) {
            if (s.furniture()) {
                continue;
            }
            if (!ctx.parsed(s.index())) {
                if (!ctx.partyMentions(s.index()).isEmpty()) {
                    warnings.add("sentence " + s.index() + " was not parsed: no claims");
                }
                continue;
            }
            try {
                claims.addAll(sentenceClaims(ctx, readers, scope, s.index(), claims, ranking));
            } catch (RuntimeException e) {
                warnings.add("sentence " + s.index() + " could not be read: " + e);
            }
        }
        String body = annotation.article().body();
        List<Claim> filled = TakeoverPayees.fill(
                ContractCounterparts.fill(DealAnaphora.fill(FundingRecipients.fill(claims), body), body), body);
        // deal nouns that only rank a deal, with no figure of their own ("in its biggest deal since it went
        // public"), lend their parties to the claims after them, then go
        filled = filled.stream().filter(c -> !ranking.contains(c.trigger())).toList();
        return new ClaimResult(number(filled), warnings);
    }

    /** The per-article readers, built once per call. */
    private record Readers(PredicateFinder predicates, RoleAssigner roles, TimeAnchor time,
                           AttributionFinder attribution, ModalityReader modality) {
        Readers(ArticleContext ctx, boolean speechEvents) {
            this(ctx, speechEvents, new PartyResolver(ctx));
        }

        Readers(ArticleContext ctx, boolean speechEvents, PartyResolver resolver) {
            this(ctx, speechEvents, resolver, new AttributionFinder(ctx, resolver));
        }

        Readers(ArticleContext ctx, boolean speechEvents, PartyResolver resolver, AttributionFinder attribution) {
            this(new PredicateFinder(ctx, speechEvents), new RoleAssigner(ctx, resolver), new TimeAnchor(ctx, resolver),
                    attribution, new ModalityReader(ctx, attribution));
        }
    }

    private static List<Claim> sentenceClaims(ArticleContext ctx, Readers r, Scope scope, int sentence,
                                              List<Claim> earlier, Set<Span> ranking) {
        List<Predicate> predicates = r.predicates().find(sentence);
        BitSet heads = new BitSet();
        predicates.forEach(p -> heads.set(p.token()));
        List<Claim> out = new ArrayList<>();
        for (Predicate p : predicates) {
            Clause clause = new Clause(ctx, p, heads);
            List<ClaimParty> parties = r.roles().assign(clause);
            Span sides = parties.isEmpty() ? twoSidesSubject(ctx, p.token()) : null;
            if (sides != null) {
                List<Claim> before = new ArrayList<>(earlier);
                before.addAll(out);
                parties = sidesOfLastDeal(before, sides);
            }
            if (parties.isEmpty() && !clause.hasDefiniteDealNoun()) {
                continue; // a claim about "the deal" may still take the parties of a deal told before
            }
            EventClass eventClass = companyBought(p.eventClass(), parties) ? EventClass.ACQUIRE : p.eventClass();
            if (eventClass == EventClass.OTHER && !p.lexical() && figureSubject(ctx, p.token())) {
                eventClass = EventClass.EARN; // "Oracle's cloud revenue rose to $18 billion"
            }
            if (eventClass == EventClass.APPOINT && !aboutAPost(ctx, clause, parties)) {
                eventClass = EventClass.OTHER; // "OpenAI can run its products on any cloud", "Anthropic named AWS its partner"
            }
            if (p.verb() && (eventClass == EventClass.OTHER || classOfItsObject(ctx, p)) && regulatorActs(parties)) {
                eventClass = EventClass.LEGAL_ACTION; // "the FTC asked for more documents", "the CMA approved the deal"
            }
            // the lexicon's reading does not hold: "Kaminari shares closed up 6.4% on Friday" is a price move,
            // "will keep the Hearthlight brand" owns nothing
            boolean notTheLexiconsEvent = marketClose(ctx, p) || keepsNoHolding(ctx, p);
            if (notTheLexiconsEvent) {
                eventClass = EventClass.OTHER;
            }
            List<Integer> money = withConversions(ctx, clause.mentionsOf(MentionType.MONEY));
            List<Integer> percents = clause.mentionsOf(MentionType.PERCENT);
            List<Claim> known = new ArrayList<>(earlier);
            known.addAll(out);
            ClaimTime time = r.time().anchor(clause, known);
            boolean lexical = p.lexical() && !notTheLexiconsEvent;
            if (scope == Scope.NEWS_CLAIMS && !lexical && money.isEmpty() && !dated(time)) {
                continue;
            }
            if (scope == Scope.NEWS_CLAIMS && completionAsTime(ctx, p, clause) && money.isEmpty()) {
                continue;
            }
            if (scope == Scope.NEWS_CLAIMS && !p.verb() && money.isEmpty() && (eventClass == EventClass.EARN
                    || Cues.METRICS.contains(ctx.graph.word(p.token()).toLowerCase(Locale.ROOT)))) {
                // "about 41% of Daewon's revenue last year", "more than half of its sales": a figure named, no
                // earning or sale told
                continue;
            }
            Attribution attribution = r.attribution().find(clause);
            Modality modality = r.modality().read(clause, attribution, time);
            TreeSet<Integer> used = new TreeSet<>(money);
            used.addAll(percents);
            parties.stream().filter(x -> x.mention() >= 0).forEach(x -> used.add(x.mention()));
            if (time != null && time.mention() >= 0) {
                used.add(time.mention());
            }
            if (scope == Scope.NEWS_CLAIMS && !p.verb() && money.isEmpty() && percents.isEmpty()
                    && (r.predicates().ranks(p.token()) || clause.predicateIsDefiniteDeal() && !dated(time)
                    && toldBefore(known, parties))) {
                // also a deal told before and referred back to with nothing new ("the Intel deal was about products")
                ranking.add(ctx.span(p.token()));
            }
            out.add(new Claim("", sentence, clause.span(), ctx.graph.lemma(p.token()).toLowerCase(Locale.ROOT),
                    eventClass, ctx.span(p.token()), parties, money, percents, time, attribution, modality,
                    List.copyOf(used)));
        }
        return strayAmounts(ctx, sentence, out);
    }

    private static final java.util.regex.Pattern CONVERSION_GAP = java.util.regex.Pattern.compile(
            "\\s*\\(\\s*(?:about|around|roughly|some|approximately|nearly|almost|or|or about|equivalent to)?\\s*");

    /**
     * The amounts with the conversions written beside them: "₹1,200 crore (about $136 million)" states one
     * amount twice, so a claim that takes either takes both.
     */
    private static List<Integer> withConversions(ArticleContext ctx, List<Integer> money) {
        if (money.isEmpty()) {
            return money;
        }
        TreeSet<Integer> out = new TreeSet<>(money);
        List<Mention> all = ctx.mentions.all();
        for (int m : money) {
            for (int i = Math.max(0, m - 1); i <= m && i + 1 < all.size(); i++) {
                if (isConversion(ctx.body(), all.get(i), all.get(i + 1))) {
                    out.add(i);
                    out.add(i + 1);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code b} restates amount {@code a} in another currency, in brackets right after it. */
    private static boolean isConversion(String body, Mention a, Mention b) {
        return a.type() == MentionType.MONEY && b.type() == MentionType.MONEY && b.start() >= a.end()
                && b.start() - a.end() <= 20 && !a.money().currency().equals(b.money().currency())
                && CONVERSION_GAP.matcher(body.substring(a.end(), b.start())).matches();
    }

    /** Classes whose events have a price or a value. */
    private static final Set<EventClass> PRICED = EnumSet.of(EventClass.INVEST, EventClass.ACQUIRE,
            EventClass.AGREE, EventClass.LICENSE, EventClass.PAY, EventClass.BUY, EventClass.SELL);

    /** Whether an earlier claim of the article has one of {@code parties}: a deal with them was told before. */
    private static boolean toldBefore(List<Claim> earlier, List<ClaimParty> parties) {
        for (Claim c : earlier) {
            for (ClaimParty x : c.parties()) {
                if (parties.stream().anyMatch(y -> y.name().equals(x.name()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Gives amounts that no claim of the sentence took to the nearest priced event before them that states
     * none. Deal values often hang off a participle the parser attaches anywhere ("agreed to buy Fernhill
     * in a deal valued at about £420 million").
     */
    private static List<Claim> strayAmounts(ArticleContext ctx, int sentence, List<Claim> claims) {
        Set<Integer> taken = new TreeSet<>();
        claims.forEach(c -> taken.addAll(c.money()));
        List<Claim> out = new ArrayList<>(claims);
        List<Mention> all = ctx.mentions.all();
        for (int m = 0; m < all.size(); m++) {
            Mention mention = all.get(m);
            if (mention.type() != MentionType.MONEY || mention.sentence() != sentence || taken.contains(m)) {
                continue;
            }
            int best = -1;
            for (int i = 0; i < out.size(); i++) {
                Claim c = out.get(i);
                if (PRICED.contains(c.eventClass()) && c.money().isEmpty()
                        && c.trigger().start() < mention.start() && under(ctx, m, c.trigger())
                        && (best < 0 || c.trigger().start() > out.get(best).trigger().start())) {
                    best = i;
                }
            }
            if (best >= 0) {
                Claim c = out.get(best);
                TreeSet<Integer> used = new TreeSet<>(c.mentions());
                used.add(m);
                out.set(best, new Claim(c.id(), c.sentence(), c.span(), c.lemma(), c.eventClass(), c.trigger(),
                        c.parties(), List.of(m), c.percents(), c.time(), c.attribution(), c.modality(),
                        List.copyOf(used)));
            }
        }
        return out;
    }

    /** Plural nouns for the two sides of a deal: "the two companies", "both sides". */
    private static final Set<String> SIDES = Set.of("company", "side", "party", "firm", "group", "partner");

    /** The span of the subject of verb {@code v} when it is "the two companies" ("both sides", ...), else null. */
    private static Span twoSidesSubject(ArticleContext ctx, int v) {
        DependencyGraph g = ctx.graph;
        for (org.claimcheck.model.Dependency d : g.children(v)) {
            int x = d.dependent();
            if (DependencyGraph.base(d.relation()).equals("nsubj") && SIDES.contains(g.lemma(x).toLowerCase(Locale.ROOT))
                    && g.pos(x).equals("NNS") && (g.hasChildLemma(x, "nummod", Set.of("two"))
                    || g.hasChildLemma(x, "det", Set.of("both")))) {
                Span span = ctx.span(x);
                for (org.claimcheck.model.Dependency m : g.children(x)) {
                    if ((m.relation().equals("det") || m.relation().equals("nummod")) && m.dependent() < x) {
                        span = span.union(ctx.span(m.dependent()));
                    }
                }
                return span;
            }
        }
        return null;
    }

    /**
     * The two sides of the story's deal, both acting ("The two companies ... filed for antitrust clearance"):
     * the first priced claim with two organizations, one its agent and one its counterpart or partner; none
     * when that claim names more. Articles tell their main deal first and call its sides "the two companies".
     */
    private static List<ClaimParty> sidesOfLastDeal(List<Claim> before, Span reference) {
        for (int i = 0; i < before.size(); i++) {
            Claim c = before.get(i);
            List<ClaimParty> orgs = c.parties().stream().filter(x -> x.kind() == org.claimcheck.model.PartyKind.ORGANIZATION
                    && x.role() != Role.OTHER).toList();
            if (!PRICED.contains(c.eventClass()) || orgs.size() < 2 || c.partiesWithRole(Role.AGENT).isEmpty()) {
                continue;
            }
            if (orgs.stream().map(ClaimParty::name).distinct().count() != 2) {
                return List.of();
            }
            List<ClaimParty> out = new ArrayList<>();
            for (ClaimParty x : orgs) {
                if (out.stream().noneMatch(y -> y.name().equals(x.name()))) {
                    out.add(new ClaimParty(x.name(), x.kind(), Role.AGENT, -1, reference));
                }
            }
            return out;
        }
        return List.of();
    }

    /** How many heads up from an amount its claim's trigger is looked for. */
    private static final int MAX_HEAD_CHAIN = 12;

    /**
     * Whether amount {@code m} hangs, through its heads, on the word of {@code trigger}: "agreed to buy Fernhill
     * in a deal valued at about £420 million" (deal, buy). An amount of another clause ("had signed four
     * contracts ... and expects revenue ... to reach $144 billion") is no stray of the signing.
     */
    private static boolean under(ArticleContext ctx, int m, Span trigger) {
        int t = ctx.firstTokenOf(m);
        Mention mention = ctx.mentions.get(m);
        int found = -1;
        for (int k = ctx.firstToken(mention.sentence()); k >= 0 && k < ctx.endToken(mention.sentence()); k++) {
            if (ctx.span(k).start() == trigger.start()) {
                found = k;
            }
        }
        final int target = found;
        boolean noun = target >= 0 && ctx.graph.isNoun(target);
        for (int step = 0; t >= 0 && target >= 0 && step < MAX_HEAD_CHAIN; step++) {
            if (t == target) {
                return true;
            }
            final int at = t;
            // a deal noun that is the subject or object of a word the amount hangs on: "News Corp's partnership
            // with OpenAI ... is worth more than $250 million", "said Amazon's first investment ... was $4 billion"
            if (noun && ctx.graph.children(at).stream().anyMatch(d -> d.dependent() == target
                    && SUBJECT_OR_OBJECT.contains(DependencyGraph.base(d.relation())))) {
                return true;
            }
            org.claimcheck.model.Dependency head = ctx.graph.head(t);
            t = head == null ? -1 : head.governor();
        }
        return false;
    }

    private static final Set<String> SUBJECT_OR_OBJECT = Set.of("nsubj", "obj");

    /** Whether the verb's subject is a money figure a company earns or reports ("revenue rose"). */
    private static boolean figureSubject(ArticleContext ctx, int verb) {
        for (org.claimcheck.model.Dependency d : ctx.graph.children(verb)) {
            if (DependencyGraph.base(d.relation()).equals("nsubj") && Cues.METRICS.contains(ctx.graph.lemma(d.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Subjects of a market's close: "Kaminari shares closed up 6.4%" is no deal closing. */
    private static final Set<String> TRADED = Set.of("share", "stock", "index", "market", "price", "bond", "yield");

    /** Whether predicate {@code p} is "close" said of shares or a market, a price move rather than a deal. */
    private static boolean marketClose(ArticleContext ctx, Predicate p) {
        if (!p.verb() || !ctx.graph.lemma(p.token()).equalsIgnoreCase("close")) {
            return false;
        }
        for (int subj : ctx.graph.children(p.token(), "nsubj")) {
            if (TRADED.contains(ctx.graph.lemma(subj).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a claim time is a date: "now" or "recently" (PRESENT_REF, PAST_REF, FUTURE_REF) places nothing
     * on the calendar, so does not make an event outside the lexicon a claim ("Now it has to build it").
     */
    private static boolean dated(ClaimTime time) {
        return time != null && !time.value().value().endsWith("_REF");
    }

    /** Verbs that own only what a holding is: "the founders keep 10 percent", not "will keep the brand". */
    private static final Set<String> KEEPING = Set.of("keep", "retain");
    /** What keeping owns besides shares and stakes ({@link Cues#EQUITY}): control, a majority, a percentage. */
    private static final Set<String> HELD = Set.of("holding", "ownership", "control", "interest", "percent",
            "majority", "minority");

    /**
     * Whether {@code p} is "keep" or "retain" of something other than a holding ("keep the Hearthlight brand",
     * "keeping roughly 1,000 staff", "keep up"): the lexicon's OWN reading needs a stake, shares, control or a
     * percentage as what is kept.
     */
    private static boolean keepsNoHolding(ArticleContext ctx, Predicate p) {
        DependencyGraph g = ctx.graph;
        if (!p.verb() || p.eventClass() != EventClass.OWN || !KEEPING.contains(g.lemma(p.token()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int o : g.children(p.token(), "obj")) {
            String object = g.lemma(o).toLowerCase(Locale.ROOT);
            if (Cues.EQUITY.contains(object) || HELD.contains(object) || ctx.mentions.at(o, MentionType.PERCENT) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Verbs that complete a deal. */
    private static final Set<String> COMPLETING = Set.of("close", "complete", "finalize", "finalise", "conclude");
    /** Subordinators of a clause that only says when something else happens. */
    private static final Set<String> TEMPORAL_MARKS = Set.of("once", "when", "until", "after", "before", "as", "till");

    /**
     * Whether {@code p} is a deal's completion told only to date another event ("Kwan will become chief
     * technology officer when the transaction closes", "once the deal closes"): a temporal clause whose
     * subject is the deal, with no date of its own, states no claim. With a date it does ("a week before the
     * deal closed on March 11").
     */
    private static boolean completionAsTime(ArticleContext ctx, Predicate p, Clause clause) {
        DependencyGraph g = ctx.graph;
        if (!p.verb() || !COMPLETING.contains(g.lemma(p.token()).toLowerCase(Locale.ROOT))) {
            return false;
        }
        org.claimcheck.model.Dependency head = g.head(p.token());
        if (head == null || !DependencyGraph.base(head.relation()).equals("advcl")) {
            return false;
        }
        boolean temporal = g.children(p.token()).stream()
                .filter(d -> d.relation().equals("mark") || d.relation().equals("advmod")) // "once"; "when" is an advmod
                .anyMatch(d -> d.dependent() < p.token()
                        && TEMPORAL_MARKS.contains(g.word(d.dependent()).toLowerCase(Locale.ROOT)));
        boolean aboutTheDeal = g.children(p.token()).stream()
                .filter(d -> DependencyGraph.base(d.relation()).equals("nsubj"))
                .anyMatch(d -> Cues.DEAL_OR_BID_NOUNS.contains(g.lemma(d.dependent()).toLowerCase(Locale.ROOT)));
        return temporal && aboutTheDeal && clause.mentionsOf(MentionType.DATE).isEmpty();
    }

    /** Words of posts and titles: an appointment verb with none of them and no person appoints no one. */
    private static final java.util.regex.Pattern POST = java.util.regex.Pattern.compile("(?i)\\b(ceos?|cfos?|coos?|ctos?|chiefs?|"
            + "chair|chairman|chairwoman|president|director|directors|officer|head|executive|executives|board|founder"
            + "|co-founder|manager|partner at|secretary|governor|minister|boss|successor|predecessor|leader|role|post"
            + "|job|position|helm|seat)\\b");

    /** Whether an appointment clause names a person or a post. */
    private static boolean aboutAPost(ArticleContext ctx, Clause clause, List<ClaimParty> parties) {
        if (parties.stream().anyMatch(x -> x.kind() == org.claimcheck.model.PartyKind.PERSON)) {
            return true;
        }
        org.claimcheck.model.Span s = clause.span();
        return POST.matcher(ctx.body().substring(s.start(), s.end())).find();
    }

    /**
     * Whether a regulator, court or ministry does the event: what such a body does to a deal or a company
     * outside the verbs of the lexicon (approving, asking, sending, reviewing) is a legal or regulatory
     * action. Investment bodies named "Authority" or "Fund" are no regulators.
     */
    private static boolean regulatorActs(List<ClaimParty> parties) {
        return parties.stream().anyMatch(x -> x.role() == Role.AGENT && x.kind() == PartyKind.ORGANIZATION
                && Cues.regulator(x.name()));
    }

    /**
     * Whether a verb outside the lexicon took its class from the event noun it governs ("approved the
     * acquisition"); light verbs, whose object is the event itself ("took a stake"), do not count.
     */
    private static boolean classOfItsObject(ArticleContext ctx, Predicate p) {
        String lemma = ctx.graph.lemma(p.token()).toLowerCase(Locale.ROOT);
        return !p.absorbed().isEmpty() && ctx.lexicon.verb(lemma).isEmpty() && !Cues.LIGHT.contains(lemma);
    }

    /** Buying an organization is an acquisition ("Sage agreed to buy Fernhill"). */
    private static boolean companyBought(EventClass c, List<ClaimParty> parties) {
        return c == EventClass.BUY && parties.stream()
                .anyMatch(x -> x.role() == Role.PATIENT && x.kind() == PartyKind.ORGANIZATION);
    }

    private static List<Claim> number(List<Claim> claims) {
        List<Claim> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.comparingInt(Claim::sentence).thenComparing(Claim::trigger));
        List<Claim> r = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Claim c = sorted.get(i);
            r.add(new Claim("c" + (i + 1), c.sentence(), c.span(), c.lemma(), c.eventClass(), c.trigger(),
                    c.parties(), c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions()));
        }
        return r;
    }
}
