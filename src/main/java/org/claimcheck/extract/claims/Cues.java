package org.claimcheck.extract.claims;

import java.util.Set;

/** Closed word lists the claim stage reads: attribution, modality and light-verb cues (lower-case lemmas). */
final class Cues {

    private Cues() {
    }

    /** Speech verbs that only attribute: they fill a claim's attribution and are never claims themselves. */
    static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "write", "state", "claim",
            "explain", "emphasize", "emphasise", "stress", "argue", "insist", "accord", "comment", "celebrate");

    /** Event verbs that also attribute the clause they introduce ("OpenAI announced that ..."). */
    static final Set<String> REPORTING = Set.of("announce", "report", "disclose", "publish", "confirm",
            "reveal", "tell");

    /**
     * Whether a verb of this lemma can close what it tells as an aside with its teller ("..., the companies
     * said", "..., TechCrunch reported").
     */
    static boolean closesWithSource(String lemma) {
        return SPEECH.contains(lemma) || lemma.equals("report");
    }

    /** Verbs whose complement clause is denied ("Microsoft refutes that ..."). */
    static final Set<String> DENIAL = Set.of("deny", "refute", "reject", "dispute");

    /**
     * Verbs that take an event noun as object and stand for it ("strike a deal", "file a lawsuit", "opened an
     * investigation").
     */
    static final Set<String> LIGHT = Set.of("strike", "reach", "sign", "ink", "seal", "finalize", "finalise",
            "make", "enter", "give", "consider", "weigh", "explore", "pursue", "take",
            "file", "bring", "secure", "win", "land", "forge", "open", "launch", "start", "lodge", "form",
            "create", "set up");

    /** Money figures a company earns or reports ("revenue rose", "net profit reached"). */
    static final Set<String> METRICS = Set.of("revenue", "revenues", "sales", "profit", "profits", "income",
            "earnings", "ebitda", "turnover", "bookings", "backlog", "loss", "losses");

    /** Verbs that are never claims on their own (too general to be events). */
    static final Set<String> NON_EVENT = Set.of("be", "have", "do", "get", "seem", "become", "remain", "let",
            "allow", "help", "continue", "mean", "call", "use", "want", "need", "try", "begin", "start",
            "stop", "come", "go", "appear", "keep", "include", "consist", "specify", "matter", "say", "make");

    /** Words that make an organization's name a public authority ("Korea Fair Trade Commission"). */
    private static final java.util.regex.Pattern REGULATOR_WORDS = java.util.regex.Pattern.compile(
            "\\b(Commission|Authority|Department|Ministry|Court|Tribunal|Regulator|Regulation|Agency|Bureau"
                    + "|Attorney General|Kartellamt|Competition|Fair Trade|Ombudsman|Inspectorate)\\b");
    /** Public authorities known by short names with none of those words. */
    private static final Set<String> REGULATOR_NAMES = Set.of("Ofcom", "Ofgem", "Ofwat", "BaFin", "Bundeskartellamt",
            "FTC", "SEC", "CMA", "DOJ", "FCA", "ACCC", "SAMR", "CNIL", "CFIUS", "FCC", "EPA", "FDA", "ESMA", "ECB");
    /** Names with those words that are investors, not authorities ("Qatar Investment Authority"). */
    private static final java.util.regex.Pattern INVESTOR_WORDS = java.util.regex.Pattern.compile(
            "\\b(Investment|Investments|Fund|Capital|Holdings)\\b");

    /** Whether an organization's name is that of a regulator, a court, a ministry or another public authority. */
    static boolean regulator(String name) {
        return (REGULATOR_NAMES.contains(name) || REGULATOR_WORDS.matcher(name).find())
                && !INVESTOR_WORDS.matcher(name).find();
    }

    /** Verbs of starting, going on with or stopping what their verbal complement says ("keeps growing"). */
    static final Set<String> ASPECTUAL = Set.of("keep", "continue", "stop", "start", "begin", "resume", "cease",
            "quit", "finish");

    /** INVEST verbs whose subject receives the money ("raised $2 billion from investors"). */
    /** Verbs by which investors head a round or the money raised ("a round led by Nilgiri"). */
    static final Set<String> ROUND_LEAD = Set.of("lead", "co-lead", "back", "anchor");

    static final Set<String> RAISE = Set.of("raise", "secure", "attract", "land");

    /** Whether verb {@code t} takes in money raised: a verb of {@link #RAISE}, or "take in" ("took in $85 million"). */
    static boolean raises(DependencyGraph g, int t) {
        String lemma = g.lemma(t).toLowerCase(java.util.Locale.ROOT);
        if (RAISE.contains(lemma)) {
            return true;
        }
        return lemma.equals("take") && g.children(t, "compound:prt").stream().anyMatch(x -> g.word(x).equalsIgnoreCase("in"));
    }
    /** Head nouns of posts ("chief executive", "vice chair of the board", "CFO"). */
    static final Set<String> POSTS = Set.of("executive", "chair", "chairman", "chairwoman", "president", "director",
            "officer", "ceo", "cfo", "coo", "cto", "head", "chief", "leader", "boss", "secretary", "governor",
            "treasurer", "partner", "founder");
    /** What a bidder raises or cuts: not money raised ("raised its offer for Caldera"). */
    static final Set<String> BIDS = Set.of("offer", "bid", "proposal", "price");
    /** Figures a company raises or cuts that move no money ("raised its forecast"). */
    static final Set<String> OUTLOOKS = Set.of("forecast", "guidance", "outlook", "target", "estimate", "projection",
            "concern", "question", "doubt", "prospect");

    /** Verbs that, with shares or a stake as object, make an investment ("bought $2 billion of Intel shares"). */
    static final Set<String> EQUITY_TAKING = Set.of("buy", "purchase", "acquire", "take", "pick");

    /** Objects that make buying an investment. */
    static final Set<String> EQUITY = Set.of("share", "stake", "stock", "equity", "shareholding");

    /** What one holds in a company and may raise or cut ("raised its stake in Nvidia to 5%"). */
    static final Set<String> HOLDINGS = Set.of("stake", "shareholding", "holding", "position", "ownership");

    /** Governing verbs whose xcomp is a future or intended event ("plans to invest"). */
    static final Set<String> INTENT = Set.of("plan", "intend", "expect", "aim", "seek", "prepare", "hope",
            "propose", "set", "poise", "schedule");

    static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    static final Set<String> HEDGE_AUX = Set.of("may", "might", "could");
    static final Set<String> HEDGE_ADVERB = Set.of("likely", "probably", "possibly", "perhaps", "maybe",
            "reportedly", "potentially");
    static final Set<String> NEGATION = Set.of("not", "n't", "never");
    static final Set<String> CONDITION_MARK = Set.of("if", "unless", "provided");
    static final Set<String> CONDITION_WORD = Set.of("pending", "conditional", "contingent");

    /** Singular descriptions that can stand for an organization ("the company", "the model maker"). */
    static final Set<String> ORG_DESCRIPTION = Set.of("company", "firm", "startup", "start-up", "maker",
            "lab", "giant", "group", "business", "developer", "provider", "retailer", "chipmaker", "outlet",
            "newspaper", "paper", "regulator", "bank", "insurer", "conglomerate", "entity", "corporation",
            "manufacturer", "drugmaker", "automaker", "carrier", "operator", "lender", "fund", "investor",
            "buyer", "seller", "supplier", "owner", "parent", "unit", "subsidiary", "platform", "specialist");

    /** Plural descriptions of two parties named together ("the two companies"). */
    static final Set<String> PAIR_DESCRIPTION = Set.of("companies", "firms", "partners", "giants", "parties",
            "sides", "groups", "labs");

    /** Nouns that name a deal ("the acquisition", "its takeover", "the transaction"). */
    static final Set<String> DEAL_NOUNS = Set.of("acquisition", "takeover", "purchase", "buyout", "merger",
            "investment", "sale", "deal", "transaction", "agreement");
    /** The deal nouns and a takeover's offer or bid: nouns that name a deal's event ("raised its offer"). */
    static final Set<String> DEAL_OR_BID_NOUNS = java.util.stream.Stream.concat(DEAL_NOUNS.stream(),
            java.util.stream.Stream.of("offer", "bid")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Set<String> SINGULAR_ORG_PRONOUN = Set.of("it", "its");
    static final Set<String> PLURAL_PRONOUN = Set.of("they", "their", "them");
    static final Set<String> PERSON_PRONOUN = Set.of("he", "his", "she", "her", "him");

    /** Event nouns that name the one who acts, not the act: their possessor is acted on. */
    static final Set<String> AGENT_NOUNS = Set.of("shareholder", "stakeholder", "owner", "investor", "backer");

    /** Objects of "hold" that are gatherings or positions, not property ("held talks", "holds the view"). */
    static final Set<String> HELD_NOT_OWNED = Set.of("talk", "talks", "meeting", "discussion", "negotiation", "conversation",
            "conference", "call", "event", "vote", "election", "hearing", "auction", "briefing", "session", "summit",
            "view", "belief", "record", "office", "title", "role", "post", "seat", "line");
}
