package org.claimcheck.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Modality;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * Event coreference: whether two claims can speak of one event. The tests are necessary conditions,
 * each a separate method so that rules can combine them with the evidence they need:
 * <ul>
 * <li>{@link #usable}: negated and hedged claims assert nothing that could be contradicted;</li>
 * <li>{@link #sameStance}: a forecast and an outcome, or a conditional tranche and a paid amount, are not
 * one event (asserted and reported count as one stance, and so does a future reported as decided and
 * dated by the speech: "said on Thursday it would acquire");</li>
 * <li>{@link #classesCompatible}: same event class, or a generic deal ("agree", "sign") against a
 * specific one (invest, acquire, license, pay, buy, sell); for amounts, also an announcement against a
 * deal, and a valuation against a takeover;</li>
 * <li>{@link #partiesCompatible}: at least two shared parties, and within one event class no role
 * contradiction (Amazon investing in OpenAI is not Microsoft investing in OpenAI).</li>
 * </ul>
 */
final class SameEvent {

    private static final Set<EventClass> DEALS = Set.of(EventClass.INVEST, EventClass.ACQUIRE,
            EventClass.LICENSE, EventClass.PAY, EventClass.BUY, EventClass.SELL, EventClass.AGREE);
    private static final Set<EventClass> SPEECH = Set.of(EventClass.ANNOUNCE, EventClass.REPORT);
    /**
     * "a share", "per year", "each"; a name may stand before the unit ("per Lumetra share"), and what it is
     * paid in after the amount ("38.50 euros in cash for each share").
     */
    private static final Pattern PER_UNIT = Pattern.compile("\\s*(?:in cash\\s+|in stock\\s+|in cash and stock\\s+)?"
            + "(a|an|per|each|apiece|for each|for every)\\b\\s*"
            + "(?:[a-z][a-z&.-]*\\s+(?=shares?\\b))?([a-z]*)");
    private static final Pattern REPEATED = Pattern.compile("\\b(another|additional|further|second|third|again|each"
            + "|every|per|annual|annually|yearly|quarterly|monthly|more|new|latest|previous|earlier|later|next)\\b");

    private SameEvent() {
    }

    /** A claim that asserts something that could be contradicted. */
    static boolean usable(Claim c) {
        return c.modality() != Modality.NEGATED && c.modality() != Modality.HEDGED;
    }

    static boolean sameStance(Claim a, Claim b) {
        return stance(a) == stance(b);
    }

    private static Modality stance(Claim c) {
        if (c.modality() == Modality.FUTURE && c.attribution() != null && !SPEECH.contains(c.eventClass())
                && c.time() != null && c.time().span() != null && !c.span().contains(c.time().span())) {
            // "said on Thursday it would acquire LedgerLeaf": a decision reported as taken, dated by the speech
            return Modality.ASSERTED;
        }
        return c.modality() == Modality.REPORTED ? Modality.ASSERTED : c.modality();
    }

    /**
     * Same class, or a generic agreement against a specific deal. With {@code speechCarriesDeal}, an
     * announcement or report that states an amount also matches a deal (its amount is the deal's), and so
     * does a {@link #valuation} a takeover; dates never match that way, since the day of an announcement is
     * not the day of the deal.
     */
    static boolean classesCompatible(Claim a, Claim b, boolean speechCarriesDeal) {
        EventClass x = takeover(a) ? EventClass.ACQUIRE : a.eventClass();
        EventClass y = takeover(b) ? EventClass.ACQUIRE : b.eventClass();
        if (x == y) {
            return true;
        }
        if ((x == EventClass.AGREE && DEALS.contains(y)) || (y == EventClass.AGREE && DEALS.contains(x))) {
            return true;
        }
        return speechCarriesDeal && ((SPEECH.contains(x) && DEALS.contains(y))
                || (SPEECH.contains(y) && DEALS.contains(x))
                || (valuation(a) && takeover(b)) || (valuation(b) && takeover(a)));
    }

    private static final Pattern VALUATION_BEFORE = Pattern.compile("\\bvalu(e|es|ed|ing|ation)\\b");

    /** An amount given as a worth ("values it at $4.2 billion", "a valuation of $4.2 billion"), not money paid or raised. */
    static boolean valuationAmount(Context ctx, Mention m) {
        return VALUATION_BEFORE.matcher(ctx.lower(m.start() - 30, m.start())).find();
    }

    /**
     * A clause that puts a value on something ("valuing Ansys at about $35 billion"). Beside a takeover of
     * the same parties it states the deal's price, the value of the company bought; beside an investment it
     * does not (a round's valuation is not the amount invested), so it is paired with takeovers only.
     */
    static boolean valuation(Claim c) {
        return c.lemma().equals("value") || c.lemma().equals("valuate");
    }

    /**
     * Paying for a company is buying it: "Arden will pay ₩48,000 a share for Hanbit" is the takeover that
     * "Arden agreed to buy Hanbit" tells.
     */
    static boolean takeover(Claim c) {
        return c.eventClass() == EventClass.ACQUIRE || ((c.eventClass() == EventClass.PAY || c.eventClass() == EventClass.BUY)
                && c.partiesWithRole(Role.PATIENT).stream().anyMatch(p -> p.kind() == PartyKind.ORGANIZATION));
    }

    /** Two or more shared party names, and no role contradiction within one non-agreement class. */
    static boolean partiesCompatible(Claim a, Claim b) {
        Set<String> shared = names(a.parties());
        shared.retainAll(names(b.parties()));
        if (shared.size() < 2) {
            return false;
        }
        boolean bothTakeovers = takeover(a) && takeover(b);
        if ((a.eventClass() != b.eventClass() && !bothTakeovers) || a.eventClass() == EventClass.AGREE) {
            return true;
        }
        return !disjoint(a.partiesWithRole(Role.AGENT), b.partiesWithRole(Role.AGENT))
                && !disjoint(receivers(a), receivers(b));
    }

    /** All necessary conditions at once, for rules that need no more. */
    static boolean compatible(Claim a, Claim b, boolean speechCarriesDeal) {
        return a != b && usable(a) && usable(b) && sameStance(a, b)
                && classesCompatible(a, b, speechCarriesDeal) && partiesCompatible(a, b);
    }

    /**
     * {@link #compatible} for the amount of a deal, which also pairs a headline with its lede: "Google to
     * invest $15 billion in India AI hub" and "Google will invest $21 billion over five years ..." are one
     * investment though only one party is named, and a headline's tense ("to invest", "takes") says nothing
     * of stance. Forecasts, conditional tranches and clauses with a word of repetition stay apart.
     */
    static boolean compatibleDeal(Context ctx, Claim a, Claim b) {
        if (compatible(a, b, true)) {
            return true;
        }
        return a != b && usable(a) && usable(b) && committed(a) && committed(b)
                && DEALS.contains(a.eventClass()) && headlineAndLede(ctx, a, b) && !repeats(ctx, a) && !repeats(ctx, b);
    }

    private static boolean committed(Claim c) {
        return c.modality() == Modality.ASSERTED || c.modality() == Modality.REPORTED || c.modality() == Modality.FUTURE;
    }

    /**
     * A headline and its lede tell one story: they must share the event class and a party in the same role,
     * and name no other party in conflicting roles.
     */
    static boolean headlineAndLede(Context ctx, Claim a, Claim b) {
        boolean pair = (ctx.isHeadline(a.sentence()) && ctx.isLede(b.sentence()))
                || (ctx.isHeadline(b.sentence()) && ctx.isLede(a.sentence()));
        if (!pair || a.eventClass() != b.eventClass()) {
            return false;
        }
        Set<String> agents = names(a.partiesWithRole(Role.AGENT));
        agents.retainAll(names(b.partiesWithRole(Role.AGENT)));
        return !agents.isEmpty() && !disjoint(receivers(a), receivers(b));
    }

    /** Whether the claim's clause has a word that makes its event one of several ("another", "additional"). */
    static boolean repeats(Context ctx, Claim c) {
        Span s = c.span();
        return REPEATED.matcher(ctx.lower(s.start(), s.end())).find();
    }

    /** Lower-cased canonical party names, sorted. */
    static Set<String> names(List<ClaimParty> parties) {
        Set<String> out = new TreeSet<>();
        for (ClaimParty p : parties) {
            out.add(p.name().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** "Amazon and OpenAI", for messages. */
    static String partyList(Claim c) {
        Set<String> seen = new TreeSet<>();
        StringBuilder sb = new StringBuilder();
        for (ClaimParty p : c.parties()) {
            if (seen.add(p.name().toLowerCase(Locale.ROOT))) {
                sb.append(sb.length() == 0 ? "" : ", ").append(p.name());
            }
        }
        int last = sb.lastIndexOf(", ");
        return last < 0 ? sb.toString() : sb.replace(last, last + 2, " and ").toString();
    }

    /**
     * Whether two times of one event can both hold: their intervals share a day, except that two open
     * intervals ("through 2032", "until 2035") state their end, so the ends must agree (at the coarser
     * granularity: "through 2032" and "through June 2032" agree); likewise the starts of two "since" times.
     */
    static boolean timesAgree(TimeValue a, TimeValue b) {
        boolean bothUntil = a.begin() == null && b.begin() == null && a.end() != null && b.end() != null;
        boolean bothSince = a.end() == null && b.end() == null && a.begin() != null && b.begin() != null;
        if (bothUntil || bothSince) {
            return a.value().startsWith(b.value()) || b.value().startsWith(a.value());
        }
        return a.overlaps(b);
    }

    /** The stage of a deal a claim tells of, from its predicate: stages happen on different days. */
    enum Phase { AGREEMENT, APPROVAL, CLOSING, UNMARKED, REVISION }

    /** Verbs that change a bid ("raised its offer", "sweetened the bid"): each revision is an event of its own. */
    private static final Set<String> REVISION_WORDS = Set.of("raise", "sweeten", "increase", "lift", "boost", "cut",
            "lower", "revise", "reduce");

    private static final Set<String> AGREEMENT_WORDS = Set.of("agree", "agreement", "sign", "announce",
            "announcement", "strike", "reach", "ink", "seal", "unveil", "bid", "offer", "propose", "proposal");
    private static final Set<String> APPROVAL_WORDS = Set.of("approve", "approval", "clear", "clearance",
            "authorize", "authorise", "vote", "bless");
    private static final Set<String> CLOSING_WORDS = Set.of("complete", "completion", "close", "closing", "finish",
            "finalize", "finalise", "conclude", "wrap");

    static Phase phase(Context ctx, Claim c) {
        String lemma = c.lemma();
        if (REVISION_WORDS.contains(lemma) && c.eventClass() != EventClass.INVEST) {
            return Phase.REVISION;
        }
        if (APPROVAL_WORDS.contains(lemma)) {
            return Phase.APPROVAL;
        }
        if (CLOSING_WORDS.contains(lemma)) {
            return Phase.CLOSING;
        }
        Phase dated = datedStage(ctx, c);
        if (dated != null) {
            return dated;
        }
        boolean agreed = agreedInWords(ctx, c) || c.modality() == Modality.FUTURE;
        return agreed ? Phase.AGREEMENT : Phase.UNMARKED;
    }

    /** A claim whose own words tell an agreement: "agreed", "signed", "its agreement to acquire". */
    static boolean agreedInWords(Context ctx, Claim c) {
        return AGREEMENT_WORDS.contains(c.lemma())
                || AGREED_TO.matcher(ctx.lower(c.trigger().start() - 28, c.trigger().start())).find();
    }

    /** Participles that name the stage a deal noun's date belongs to: "the takeover, completed in February". */
    private static final Pattern STAGE_PARTICIPLE = Pattern.compile("\\b(completed|closed|finali[sz]ed|concluded"
            + "|approved|cleared|agreed|signed)\\b");
    /** How far after a deal noun the participle and date that tell its stage may come. */
    private static final int STAGE_WINDOW = 60;

    /**
     * The stage a deal noun's date belongs to when a participle between the noun and the date names it ("The
     * takeover of Beta by Acme, completed in February 2026, ..." is dated by its closing); null otherwise.
     */
    private static Phase datedStage(Context ctx, Claim c) {
        ClaimTime t = c.time();
        if (t == null || t.span() == null || t.span().start() < c.trigger().end()
                || t.span().start() - c.trigger().end() > STAGE_WINDOW) {
            return null;
        }
        Matcher m = STAGE_PARTICIPLE.matcher(ctx.lower(c.trigger().end(), t.span().start()));
        Phase found = null;
        while (m.find()) {
            found = switch (m.group(1)) {
                case "approved", "cleared" -> Phase.APPROVAL;
                case "agreed", "signed" -> Phase.AGREEMENT;
                default -> Phase.CLOSING;
            };
        }
        return found;
    }

    /**
     * Whether two claims tell of the same stage of a deal, so that their dates must agree: "agreed in
     * January" (or "agreed to buy", or announced as "would pay"), "approved in May" and "completed on July
     * 17" are three days of one acquisition, and "bought
     * Ansys in July" may mean either the agreement or the closing, so it is compared only with claims that
     * do not name a stage either. A revision of a bid ("raised its offer") is a stage of its own, never
     * compared.
     */
    static boolean samePhase(Context ctx, Claim a, Claim b) {
        Phase x = phase(ctx, a);
        return x == phase(ctx, b) && x != Phase.REVISION;
    }

    /** Stages that do not exclude each other: equal, or one not named. */
    static boolean phasesCompatible(Context ctx, Claim a, Claim b) {
        Phase x = phase(ctx, a);
        Phase y = phase(ctx, b);
        if (x == Phase.REVISION || y == Phase.REVISION) {
            return false; // a revised bid is a step of its own, dated apart from the deal
        }
        return x == y || x == Phase.UNMARKED || y == Phase.UNMARKED;
    }

    /** "agreed to buy", "its agreement to acquire", "offered to pay": the deal agreed, not done. */
    private static final Pattern AGREED_TO = Pattern.compile("\\b(agree|agrees|agreed|agreeing|agreement|deal|offer"
            + "|offers|offered|bid|bids|proposal|proposed|plan|plans|planned)\\s+to\\s+$");

    /** True when the claim's time is a resolved date the claim's own words state. */
    static boolean explicitTime(Claim c) {
        ClaimTime t = c.time();
        return t != null && t.mention() >= 0 && t.value().resolved();
    }

    static boolean resolvedTime(Claim c) {
        return c.time() != null && c.time().value().resolved();
    }

    /** Whether the attributions name the same source (or neither has one). */
    static boolean sameSource(Claim a, Claim b) {
        String x = a.attribution() == null ? "" : a.attribution().source().toLowerCase(Locale.ROOT);
        String y = b.attribution() == null ? "" : b.attribution().source().toLowerCase(Locale.ROOT);
        return x.equals(y);
    }

    /** True when some money mention of {@code a} agrees with some money mention of {@code b}. */
    static boolean moneyAgrees(Context ctx, Claim a, Claim b) {
        for (int i : a.money()) {
            for (int j : b.money()) {
                if (Amounts.moneyAgrees(ctx.mention(i), ctx.mention(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when some money mention of {@code a} names the same figure as one of {@code b}. */
    static boolean sameFigure(Context ctx, Claim a, Claim b) {
        for (int i : a.money()) {
            for (int j : b.money()) {
                if (Amounts.sameFigure(ctx.mention(i), ctx.mention(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first pair (money of {@code a}, money of {@code b}) in one currency that disagrees, or null when
     * a pair agrees or none is comparable.
     */
    static Mention[] moneyConflict(Context ctx, Claim a, Claim b) {
        if (moneyAgrees(ctx, a, b)) {
            return null;
        }
        for (int i : a.money()) {
            for (int j : b.money()) {
                Mention x = ctx.mention(i);
                Mention y = ctx.mention(j);
                if (unit(ctx, x).equals(unit(ctx, y)) && !increment(ctx, x) && !increment(ctx, y)
                        && Amounts.moneyDisagrees(x, y)) {
                    return new Mention[] {x, y};
                }
            }
        }
        return null;
    }

    /**
     * An amount added to another ("up to $450 million more", "an additional $35 billion", "another $4
     * billion", "a further €2 billion"), or the first of several ("an initial $1.25 billion"): a tranche,
     * not the whole, so no whole contradicts it.
     */
    static boolean increment(Context ctx, Mention m) {
        return INCREMENT_AFTER.matcher(ctx.lower(m.end(), m.end() + 12)).lookingAt()
                || INCREMENT_BEFORE.matcher(ctx.lower(m.start() - 40, m.start())).find();
    }

    private static final Pattern INCREMENT_AFTER = Pattern.compile("\\s+(more|extra|on top)\\b");
    private static final Pattern INCREMENT_BEFORE = Pattern.compile("\\b(an? additional|additional|another|a further"
            + "|further|an extra|extra|a second|a third|an initial|initial|a first)\\s+(up to\\s+|about\\s+|roughly\\s+"
            + "|nearly\\s+)?$");

    /**
     * The unit an amount is given per ("$23.28 a share": "share", "$400 million a year": "year", "$23 each":
     * "each"), or "" for a total. Amounts per different units, or a rate and a total, cannot contradict each
     * other.
     */
    static String unit(Context ctx, Mention m) {
        Matcher u = PER_UNIT.matcher(ctx.lower(m.end(), m.end() + 48));
        if (!u.lookingAt() || TIME_AGO.matcher(ctx.lower(m.end() + u.end(), m.end() + u.end() + 12)).lookingAt()) {
            return ""; // "$480 million a year earlier" is a total told of a year before
        }
        return u.group(2).isEmpty() || u.group(1).equals("each") || u.group(1).equals("apiece") ? u.group(1) : u.group(2);
    }

    private static final Pattern TIME_AGO = Pattern.compile("\\s+(earlier|ago|before|later|prior|previously)\\b");

    private static List<ClaimParty> receivers(Claim c) {
        return c.parties().stream().filter(p -> p.role() == Role.PATIENT || p.role() == Role.RECIPIENT).toList();
    }

    private static boolean disjoint(List<ClaimParty> x, List<ClaimParty> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> s = names(x);
        s.retainAll(names(y));
        return s.isEmpty();
    }
}
