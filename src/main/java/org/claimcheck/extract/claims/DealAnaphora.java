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
 * and in which each of its own parties holds the same role. A regulator that "approved the deal" names a
 * party the deal does not have, and is left alone.
 */
final class DealAnaphora {

    private static final String DEAL_NOUNS = "(" + String.join("|", new java.util.TreeSet<>(Cues.DEAL_NOUNS)) + ")";
    private static final Pattern DEFINITE_DEAL = Pattern.compile("\\s+(?:of\\s+|on\\s+)?(?:the|this|that|its|their)"
            + "\\s+(?:[a-z-]+\\s+){0,2}?" + DEAL_NOUNS + "\\b");
    /** A definite deal noun as the subject, before the trigger: "The deal is expected to close". */
    private static final Pattern DEFINITE_DEAL_SUBJECT = Pattern.compile("\\b(?:the|this|that|its|their)"
            + "\\s+(?:[a-z-]+\\s+){0,2}?" + DEAL_NOUNS + "\\b");
    /** How far after the verb its deal noun may come: "completed its ¥180 billion ($1.2 billion) takeover". */
    private static final int JOIN_WINDOW = 48;
    private static final Set<String> DEAL_VERBS = Set.of("complete", "close", "finalize", "finalise", "finish",
            "conclude", "agree", "sign", "seal", "strike", "reach");
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
            String noun = null;
            if (c.parties().isEmpty()) {
                noun = subjectDealNoun(c, body);
                if (noun == null) {
                    noun = dealNoun(c, body);
                }
            } else if (DEALS.contains(c.eventClass()) && !hasCounterpart(c)) {
                noun = dealNoun(c, body);
            }
            Claim filled = noun == null ? c : completed(c, noun, out, c.parties().isEmpty());
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

    /** The definite deal noun of the clause before its trigger ("The deal is expected to close"), or null. */
    static String subjectDealNoun(Claim c, String body) {
        int from = Math.max(0, c.span().start());
        int to = Math.max(from, Math.min(body.length(), c.trigger().start()));
        Matcher m = DEFINITE_DEAL_SUBJECT.matcher(body.substring(from, to).toLowerCase(Locale.ROOT));
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }

    private static boolean hasCounterpart(Claim c) {
        return !c.partiesWithRole(Role.PATIENT).isEmpty() || !c.partiesWithRole(Role.RECIPIENT).isEmpty();
    }

    /** The deal noun right after the trigger ("completed the acquisition"), or null. */
    static String dealNoun(Claim c, String body) {
        int from = c.trigger().end();
        int to = Math.min(body.length(), Math.max(from, c.span().end()));
        Matcher m = DEFINITE_DEAL.matcher(body.substring(from, to).toLowerCase(Locale.ROOT));
        return m.lookingAt() ? m.group(1) : null;
    }

    /**
     * {@code c} with the parties of the deal its noun refers back to: the nearest earlier fitting claim in
     * which its own parties hold the same roles, or, for a claim that names no party at all ("when the
     * deal closes"), the article's main deal: the first fitting claim, the one the story is about.
     */
    private static Claim completed(Claim c, String noun, List<Claim> earlier, boolean mainDeal) {
        for (int k = 0; k < earlier.size(); k++) {
            Claim e = earlier.get(mainDeal ? k : earlier.size() - 1 - k);
            if (e.sentence() >= c.sentence() || !fits(noun, e.eventClass()) || !hasCounterpart(e)
                    || e.partiesWithRole(Role.AGENT).isEmpty() || !sameRoles(c, e)) {
                continue;
            }
            List<ClaimParty> parties = new ArrayList<>(c.parties());
            for (ClaimParty p : e.parties()) {
                if (c.parties().stream().noneMatch(x -> x.name().equals(p.name()))) {
                    parties.add(p);
                }
            }
            EventClass cls = c.parties().isEmpty() && c.eventClass() == EventClass.OTHER ? e.eventClass() : c.eventClass();
            return new Claim(c.id(), c.sentence(), c.span(), c.lemma(), cls, c.trigger(), parties,
                    c.money(), c.percents(), c.time(), c.attribution(), c.modality(), c.mentions());
        }
        return c;
    }

    private static boolean fits(String noun, EventClass c) {
        return switch (noun) {
            case "acquisition", "takeover", "purchase", "buyout", "merger" -> c == EventClass.ACQUIRE || c == EventClass.BUY;
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
