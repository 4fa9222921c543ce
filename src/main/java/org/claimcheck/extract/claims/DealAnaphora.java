package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Role;

/**
 * Completes claims whose object is a definite description of a deal told before: in "Synopsys has
 * finished buying Ansys. The chip-design software company completed the acquisition on July 17", the
 * second claim is about Synopsys buying Ansys, though it names only Synopsys. A deal claim with no
 * patient or recipient whose verb takes "the acquisition", "the deal", "its takeover", "the investment"
 * (and the like) takes the other parties of the nearest earlier claim that fits the noun (a claim that
 * names no party, that of the first: the story's main deal; an acquisition
 * is an ACQUIRE or BUY, an investment an INVEST, a sale a SELL; a deal, transaction or agreement any deal)
 * and in which each of its own parties holds the same role. A verb that only completes or closes a deal
 * takes the class of the deal it refers to ("That sale was completed later in 2024" is a SELL). A
 * regulator that "approved the deal" names a party the deal does not have and is no side of it; its decision
 * is on the sides of the deal, which become its PATIENTs.
 */
final class DealAnaphora {

    /** The deal nouns, and a takeover's offer or bid ("It raised the offer to CHF 1.1 billion"). */
    private static final String DEAL_NOUNS = "(" + String.join("|", new java.util.TreeSet<>(Cues.DEAL_OR_BID_NOUNS)) + ")";
    /** A determiner (group 1), up to two modifiers and a deal noun (group 2): "the $35 billion deal". */
    private static final String DEFINITE_NP = "(the|this|that|its|their)\\s+(?:[a-z-]+\\s+){0,2}?" + DEAL_NOUNS;
    private static final Pattern DEFINITE_DEAL = Pattern.compile("\\s+(?:of\\s+|on\\s+)?" + DEFINITE_NP + "\\b");
    /** A definite deal noun as the subject, before the trigger: "The deal is expected to close". */
    private static final Pattern DEFINITE_DEAL_SUBJECT = Pattern.compile("\\b" + DEFINITE_NP + "\\b");
    /** A definite deal noun and then only auxiliaries and adverbs up to the verb: "the deal is now expected to". */
    private static final Pattern SUBJECT_BEFORE_VERB = Pattern.compile("\\b" + DEFINITE_NP
            + "(?:\\s+(?:is|was|has|had|have|been|be|will|would|could|should|may"
            + "|might|expected|to|finally|formally|officially|now|also|then|already|not|set|due|likely|scheduled))*\\s*$");
    /**
     * A sentence that opens with a definite deal noun: its subject, which verbs coordinated with the main one
     * share ("The deal needs approval from regulators and is expected to close in the first quarter").
     */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("\\s*" + DEFINITE_NP
            + "\\b(?!\\s+(?:of|with|for|to)\\b)");
    /** A definite deal noun set off by a comma just before a participle: "the agreement, signed on January 12". */
    private static final Pattern APPOSED_BEFORE_PARTICIPLE = Pattern.compile("\\b" + DEFINITE_NP + "\\s*,\\s*$");
    /**
     * Before a deal noun: a preposition that sets the clause's event beside the deal or in time with it, not in
     * it ("Alongside the deal, Helix raised its forecast", "After the merger, the group cut jobs").
     */
    private static final Pattern BESIDE = Pattern.compile("\\b(alongside|besides|beside|apart from|aside from"
            + "|in addition to|separately from|separate from|before|after|since|following|despite|unlike|ahead of)\\s+$");
    /** How far before a clause its subject may begin. */
    private static final int SUBJECT_WINDOW = 60;
    /**
     * How far after the verb its deal noun may come: "completed on Tuesday its CHF 1.1 billion (about €1.2
     * billion) takeover".
     */
    private static final int JOIN_WINDOW = 64;
    private static final Set<String> DEAL_VERBS = Set.of("complete", "close", "finalize", "finalise", "finish",
            "conclude", "agree", "sign", "seal", "strike", "reach");
    /** Verbs that only complete a deal and so are of its class; signing or agreeing one stays AGREE. */
    private static final Set<String> COMPLETION_VERBS = Set.of("complete", "close", "finalize", "finalise", "finish",
            "conclude");
    /** Announcing a deal lends the deal its agent ("Microsoft announced its acquisition of ..."), not more. */
    private static final Set<String> SPEECH_VERBS = Set.of("announce", "unveil");
    private static final Set<EventClass> DEALS = EnumSet.of(EventClass.ACQUIRE, EventClass.BUY, EventClass.INVEST,
            EventClass.SELL, EventClass.LICENSE, EventClass.PAY, EventClass.AGREE);

    private DealAnaphora() {
    }

    /**
     * The claims, in the same order, with the parties of the deals they refer back to filled in; claims
     * that name no party are kept only when a deal told before gives them theirs ("The deal is expected to
     * close in the second quarter"), and then take its class too when their own says nothing ("The
     * transaction was valued at about $35 billion").
     */
    static List<Claim> fill(List<Claim> claims, String body) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (Claim c : joined(claims)) {
            Ref ref = null;
            if (c.parties().isEmpty()) {
                ref = subjectRef(c, body);
                if (ref == null) {
                    ref = objectRef(c, body);
                }
            } else if (DEALS.contains(c.eventClass()) && !hasCounterpart(c)) {
                ref = objectRef(c, body);
            } else if (c.eventClass() == EventClass.LEGAL_ACTION && c.partiesWithRole(Role.PATIENT).isEmpty()) {
                Ref decided = objectRef(c, body);
                if (decided == null) {
                    decided = subjectRef(c, body);
                }
                if (decided != null) {
                    out.add(decidedOn(c, decided, out));
                    continue;
                }
            }
            boolean mainDeal = c.parties().isEmpty() && ref != null && !ref.demonstrative();
            Claim filled = ref == null ? c : completed(c, ref.noun(), out, mainDeal);
            if (!filled.parties().isEmpty()) {
                out.add(filled);
            }
        }
        return out;
    }

    /**
     * A verb that completes, closes or agrees a deal named by an event noun just after it ("Fujimoto has
     * completed its ¥180 billion takeover of Hoshida") and that noun are one deal: the verb takes the
     * parties of the noun, and the noun takes the verb's agent when it has none (the parser often hangs
     * "its" on the amount, not the noun); a verb that announces the deal only lends it its agent.
     */
    static List<Claim> joined(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims);
        for (int v = 0; v < out.size(); v++) {
            Claim verb = out.get(v);
            if (!DEAL_VERBS.contains(verb.lemma()) && !SPEECH_VERBS.contains(verb.lemma())) {
                continue;
            }
            for (int n = 0; n < out.size(); n++) {
                Claim noun = out.get(n);
                if (n == v || noun.sentence() != verb.sentence() || !Cues.DEAL_NOUNS.contains(noun.lemma())
                        || noun.trigger().start() < verb.trigger().end()
                        || noun.trigger().start() - verb.trigger().end() > JOIN_WINDOW) {
                    continue;
                }
                List<ClaimParty> agents = verb.partiesWithRole(Role.AGENT);
                if (noun.partiesWithRole(Role.AGENT).isEmpty() && !agents.isEmpty()) {
                    noun = withParties(noun, agents);
                    out.set(n, noun);
                }
                if (DEAL_VERBS.contains(verb.lemma()) && sameRoles(verb, noun)) {
                    out.set(v, withParties(verb, noun.parties()));
                }
                break;
            }
        }
        return out;
    }

    private static Claim withParties(Claim c, List<ClaimParty> more) {
        List<ClaimParty> parties = new ArrayList<>(c.parties());
        for (ClaimParty p : more) {
            if (parties.stream().noneMatch(x -> x.name().equals(p.name()))) {
                parties.add(p);
            }
        }
        return new Claim(c.id(), c.sentence(), c.span(), c.lemma(), c.eventClass(), c.trigger(), parties,
                c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions());
    }

    /**
     * The definite deal noun that is the subject of the claim's verb ("The deal is expected to close", "The
     * acquisition closed on March 3"), or null: the last one in the clause before the trigger, or one just
     * before the clause, followed only by auxiliaries and adverbs (the parser leaves a subject out of its
     * verb's clause when the clause is all the sentence says), or the one the sentence opens with.
     */
    static String subjectDealNoun(Claim c, String body) {
        Ref r = subjectRef(c, body);
        return r == null ? null : r.noun();
    }

    private static Ref subjectRef(Claim c, String body) {
        int to = Math.max(0, Math.min(body.length(), c.trigger().start()));
        int from = Math.max(0, Math.min(c.span().start(), to));
        String clause = body.substring(from, to).toLowerCase(Locale.ROOT);
        Matcher m = DEFINITE_DEAL_SUBJECT.matcher(clause);
        Ref found = null;
        while (m.find()) {
            if (!BESIDE.matcher(clause.substring(0, m.start())).find()) {
                found = Ref.of(m);
            }
        }
        if (found != null) {
            return found;
        }
        String before = body.substring(Math.max(0, from - SUBJECT_WINDOW), to).toLowerCase(Locale.ROOT);
        Matcher just = SUBJECT_BEFORE_VERB.matcher(before);
        if (just.find()) {
            return Ref.of(just);
        }
        Matcher apposed = APPOSED_BEFORE_PARTICIPLE.matcher(before);
        if (apposed.find()) {
            return Ref.of(apposed);
        }
        int start = sentenceStart(body, to);
        Matcher opening = SENTENCE_SUBJECT.matcher(body.substring(start, to).toLowerCase(Locale.ROOT));
        return opening.lookingAt() ? Ref.of(opening) : null;
    }

    /** Where the sentence holding {@code at} begins: after the last line break or sentence end before it. */
    private static int sentenceStart(String body, int at) {
        int start = body.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        for (String end : List.of(". ", "? ", "! ")) {
            int i = body.lastIndexOf(end, Math.max(0, at - 1));
            if (i >= 0 && i + 2 > start && i + 2 <= at) {
                start = i + 2;
            }
        }
        return start;
    }

    private static boolean hasCounterpart(Claim c) {
        return !c.partiesWithRole(Role.PATIENT).isEmpty() || !c.partiesWithRole(Role.RECIPIENT).isEmpty();
    }

    /** The deal noun right after the trigger ("completed the acquisition"), or null. */
    static String dealNoun(Claim c, String body) {
        Ref r = objectRef(c, body);
        return r == null ? null : r.noun();
    }

    private static Ref objectRef(Claim c, String body) {
        int from = c.trigger().end();
        // read past the clause's end: the parser may leave the object out of the clause when a coordinated
        // clause follows it ("Orrin completes the acquisition and Oyelaran starts reporting to Whitcombe");
        // the noun must still come right after the verb
        int to = Math.min(body.length(), Math.max(from + JOIN_WINDOW, c.span().end()));
        Matcher m = DEFINITE_DEAL.matcher(body.substring(from, to).toLowerCase(Locale.ROOT));
        return m.lookingAt() ? Ref.of(m) : null;
    }

    /**
     * A deal noun and whether a demonstrative points it back ("that deal", "this acquisition": the deal just
     * told, not the story's main one).
     */
    private record Ref(String noun, boolean demonstrative) {
        static Ref of(Matcher m) {
            return new Ref(m.group(2), m.group(1).equals("that") || m.group(1).equals("this"));
        }
    }

    /**
     * {@code c} with the parties of the deal its noun refers back to: the nearest earlier fitting claim in
     * which its own parties hold the same roles (earlier in the same sentence too: "AMD paid $4.9 billion for
     * ZT, and in March AMD completed that deal"), or, for a claim that names no party at all ("when the
     * deal closes") and no demonstrative, the article's main deal: the first fitting claim, the one the
     * story is about.
     */
    private static Claim completed(Claim c, String noun, List<Claim> earlier, boolean mainDeal) {
        for (int k = 0; k < earlier.size(); k++) {
            Claim e = earlier.get(mainDeal ? k : earlier.size() - 1 - k);
            boolean before = e.sentence() < c.sentence()
                    || !mainDeal && e.sentence() == c.sentence() && e.trigger().end() <= c.trigger().start();
            if (!before || !fits(noun, e.eventClass()) || !hasCounterpart(e)
                    || e.partiesWithRole(Role.AGENT).isEmpty() || !sameRoles(c, e)) {
                continue;
            }
            boolean generic = c.parties().isEmpty() && c.eventClass() == EventClass.OTHER
                    || COMPLETION_VERBS.contains(c.lemma()) && DEALS.contains(e.eventClass());
            EventClass cls = generic ? e.eventClass() : c.eventClass();
            // signing or announcing a deal is done by every side of it ("The two companies signed their merger
            // agreement", "the deal was announced"), whatever each side's part in the deal itself
            boolean joint = cls == EventClass.AGREE || cls == EventClass.ANNOUNCE;
            List<ClaimParty> parties = new ArrayList<>(c.parties());
            for (ClaimParty p : e.parties()) {
                if (c.parties().stream().noneMatch(x -> x.name().equals(p.name()))) {
                    parties.add(joint && p.role() != Role.OTHER ? new ClaimParty(p.name(), p.kind(), Role.AGENT,
                            p.mention(), p.span()) : p);
                }
            }
            return new Claim(c.id(), c.sentence(), c.span(), c.lemma(), cls, c.trigger(), parties,
                    c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions());
        }
        return c;
    }

    /**
     * {@code c}, an authority's decision on a deal ("In January the European Commission cleared the deal",
     * "the transaction was approved by the FTC"), with the sides of that deal as what it decides on
     * (PATIENT): the story's main deal (the first fitting claim with an agent and a counterpart), or for
     * "that deal" / "this acquisition" the nearest one before it.
     */
    private static Claim decidedOn(Claim c, Ref ref, List<Claim> earlier) {
        for (int k = 0; k < earlier.size(); k++) {
            Claim e = earlier.get(ref.demonstrative() ? earlier.size() - 1 - k : k);
            if (!fits(ref.noun(), e.eventClass()) || !hasCounterpart(e) || e.partiesWithRole(Role.AGENT).isEmpty()) {
                continue;
            }
            List<ClaimParty> parties = new ArrayList<>(c.parties());
            for (ClaimParty p : e.parties()) {
                if (p.role() != Role.OTHER && parties.stream().noneMatch(x -> x.name().equals(p.name()))) {
                    parties.add(new ClaimParty(p.name(), p.kind(), Role.PATIENT, p.mention(), p.span()));
                }
            }
            return new Claim(c.id(), c.sentence(), c.span(), c.lemma(), c.eventClass(), c.trigger(), parties,
                    c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions());
        }
        return c;
    }

    private static boolean fits(String noun, EventClass c) {
        return switch (noun) {
            case "acquisition", "takeover", "purchase", "buyout", "merger", "offer", "bid" ->
                    c == EventClass.ACQUIRE || c == EventClass.BUY;
            case "investment" -> c == EventClass.INVEST;
            case "sale" -> c == EventClass.SELL;
            default -> DEALS.contains(c);
        };
    }

    /** Every party of {@code c} is in {@code e} with the same role. */
    private static boolean sameRoles(Claim c, Claim e) {
        for (ClaimParty p : c.parties()) {
            if (e.parties().stream().noneMatch(x -> x.name().equals(p.name()) && x.role() == p.role())) {
                return false;
            }
        }
        return true;
    }
}
