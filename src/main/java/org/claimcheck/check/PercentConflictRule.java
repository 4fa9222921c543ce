package org.claimcheck.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Role;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * PERCENT_CONFLICT, two ways:
 * <ul>
 * <li>one holder given two stakes in one company: two claims with percentages, in different sentences,
 * whose agents (holders) and other parties (the company held) overlap, with no change of stake said
 * ("raised", "cut", "from ... to") and compatible times, whose percentages disagree;</li>
 * <li>shares of one whole above 100%: in one sentence about stakes or shares ("owns", "stake", "split"),
 * percentages that are not changes ("rose 5%") and do not name different wholes, whose lowest possible
 * values add up to more than 100.</li>
 * </ul>
 */
public final class PercentConflictRule implements Rule {

    private static final Pattern SHARE_CUE = Pattern.compile(
            "\\b(stakes?|owns?|owning|owned|holds?|holding|held|controls?|ownership|equity|split|divided|shareholders?)\\b");
    private static final Pattern CHANGE_CUE = Pattern.compile(
            "\\b(rose|rise|rises|grew|grow|grows|growth|increased?|decreased?|fell|fall|falls|dropped|drop|jumped"
            + "|gained|raised|raise|boosted|cut|cuts|reduced|lowered|trimmed|diluted|up from|down from|compared"
            + "|versus|margin|rate|points?|year-on-year|annual)\\b|\\bfrom\\s+(about\\s+|roughly\\s+|around\\s+|nearly\\s+)?\\d");
    /** Words saying that one share is counted inside another ("together with the 15% it already held"). */
    private static final Pattern CUMULATIVE = Pattern.compile(
            "\\b(together with|in addition to|on top of|already|bringing|taking (its|the|their)|to take|adding)\\b");
    /** Between a holder's name and a percentage: "Nilgiri's 31% stake", "Nilgiri, which will own 26%". */
    private static final Pattern HOLDER_GAP = Pattern.compile("^(['\u2019]s\\s+|,?\\s+(which|that|who)?\\s*"
            + "(now\\s+|will\\s+|would\\s+|currently\\s+|also\\s+)?(owns?|holds?|controls?)\\s+(a\\s+|an\\s+)?(stake of\\s+)?"
            + "(the\\s+(remaining|other|rest of the)\\s+)?)((about|roughly|around|nearly|almost|some|approximately)\\s+)?$");
    /** A holding verb between holder and percentage: "Hanseong will own the remaining 49%" needs no "stake" after it. */
    private static final Pattern HOLDING_VERB = Pattern.compile("\\b(owns?|holds?|controls?)\\b");
    /**
     * A holder that is a group, not a named party: "the Vermeulen family", "its founders", "the state"; group 1
     * is the group's noun.
     */
    private static final Pattern GROUP_HOLDER = Pattern.compile("\\b(?:the|its|their)\\s+(?:[a-z-]+\\s+)?(family|founders"
            + "|founding family|government|state|employees|staff|management team|management)(?=['’,\\s])");
    /** Between a holder and its percentage, across a relative clause: ", which founded the business in 1927 and holds ". */
    private static final Pattern RELATIVE_GAP = Pattern.compile("^,\\s+(which|that|who)\\b[^.;%]{0,80}?\\b(and|also)\\s+"
            + "(now\\s+|still\\s+|currently\\s+)?(owns?|holds?|controls?)\\s+(a\\s+|an\\s+)?(stake of\\s+)?"
            + "((about|roughly|around|nearly|almost|some|approximately)\\s+)?$");
    /** After a percentage: what it is a share of ("stake in Volterra", "of the company"). */
    private static final Pattern HELD_AFTER = Pattern.compile(
            "^\\s*(stake|holding|interest|share|ownership|equity stake|shareholding)?\\s*(in|of)\\s+$");
    private static final Pattern STAKE_AFTER = Pattern.compile("^\\s*(stake|holding|interest|shareholding|equity stake|of|in)\\b");
    /** Words between holder and stake that make it a past, changed or conditional one. */
    private static final Pattern OTHER_TIME = Pattern.compile("\\b(previously|earlier|initially|originally|formerly"
            + "|had|was|were|used to|before|until|from|raised|raise|cut|reduced|increased|lowered|trimmed|sold"
            + "|would|could|may|might|if|not|no longer)\\b");
    /** Words before the holder that place the stake at another time ("Before the deal, Nilgiri held 20%"). */
    private static final Pattern EARLIER_TIME = Pattern.compile("\\b(before|previously|until|formerly|initially|originally"
            + "|at the time|prior to|in \\d{4}|last year|years? ago)\\b");
    private static final Pattern WHOLE_AFTER = Pattern.compile("^\\s*(stake\\s+)?(of|in)\\s+$");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public String name() {
        return "PERCENT_CONFLICT";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Finding> out = new ArrayList<>();
        stakes(ctx, out);
        statedStakes(ctx, out);
        marketShares(ctx, out);
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            if (!ctx.isFurniture(s)) {
                overHundred(ctx, s, out);
            }
        }
        return out;
    }

    private void stakes(Context ctx, List<Finding> out) {
        List<Claim> claims = ctx.claims().stream()
                .filter(c -> !c.percents().isEmpty() && SameEvent.usable(c) && !changes(ctx, c.sentence())).toList();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.sentence() == b.sentence() || conditional(a) != conditional(b) || !sameHolding(a, b)
                        || (SameEvent.resolvedTime(a) && SameEvent.resolvedTime(b)
                        && !a.time().value().overlaps(b.time().value()))) {
                    continue;
                }
                Mention pa = ctx.mention(a.percents().get(0));
                Mention pb = ctx.mention(b.percents().get(0));
                if (!Amounts.of(pa).overlaps(Amounts.of(pb))) {
                    String message = String.format(Locale.ROOT, "%s's stake in %s is given as %s and as %s.",
                            String.join(" and ", names(a, true)), String.join(" and ", names(a, false)),
                            Amounts.quote(pa), Amounts.quote(pb));
                    out.add(new Finding(FindingType.PERCENT_CONFLICT, Severity.ERROR, message,
                            List.of(pa.span(), pb.span()), List.of(a.id(), b.id()), name()));
                }
            }
        }
    }

    /** A stake read from the words around a percentage: holder, what is held (null when unnamed), the figure. */
    private record Stake(String holder, String held, Mention percent) {
    }

    /**
     * Fallback on the text when claims are missing: "Nilgiri Holdings, which will own 26% of the company"
     * and, in another sentence, "Nilgiri's 31% stake". The holder may be a group known by its noun ("The
     * Vermeulen family, which founded the business in 1927 and holds 27 per cent", "the family's 24 per cent
     * stake"). Two stakes of one holder in one named (or in both unnamed) holding, neither marked as past,
     * changed or conditional, must agree.
     */
    private void statedStakes(Context ctx, List<Finding> out) {
        List<Stake> stakes = new ArrayList<>();
        for (Mention p : ctx.mentions(MentionType.PERCENT)) {
            Stake st = stake(ctx, p);
            if (st != null) {
                stakes.add(st);
            }
        }
        // what each holder is said to hold a stake in, by name
        java.util.Map<String, Set<String>> heldBy = new java.util.TreeMap<>();
        for (Stake st : stakes) {
            Set<String> held = heldBy.computeIfAbsent(st.holder(), k -> new java.util.TreeSet<>());
            if (st.held() != null) {
                held.add(st.held());
            }
        }
        for (int i = 0; i < stakes.size(); i++) {
            for (int j = i + 1; j < stakes.size(); j++) {
                Stake a = stakes.get(i);
                Stake b = stakes.get(j);
                // a stake whose company goes unnamed ("Nvidia's 9% stake") is in the one company the holder is
                // said to hold a stake in, when there is only one ("Nvidia owns about 6% of Norrow")
                boolean sameHeld = Objects.equals(a.held(), b.held())
                        || (a.held() == null || b.held() == null) && heldBy.get(a.holder()).size() == 1;
                if (a.percent().sentence() != b.percent().sentence() && a.holder().equals(b.holder())
                        && sameHeld
                        && !Amounts.of(a.percent()).overlaps(Amounts.of(b.percent()))) {
                    String holder = a.holder().substring(0, 1).toUpperCase(Locale.ROOT) + a.holder().substring(1);
                    String held = a.held() != null ? a.held() : b.held();
                    String message = String.format(Locale.ROOT, "%s's stake%s is given as %s and as %s.", holder,
                            held == null ? "" : " in " + held, Amounts.quote(a.percent()), Amounts.quote(b.percent()));
                    List<Span> spans = List.of(a.percent().span(), b.percent().span());
                    out.add(new Finding(FindingType.PERCENT_CONFLICT, Severity.ERROR, message, spans,
                            ctx.claimsCovering(spans), name()));
                }
            }
        }
    }

    private static Stake stake(Context ctx, Mention p) {
        Span sentence = ctx.sentenceSpan(p.sentence());
        boolean stakeAfter = STAKE_AFTER.matcher(ctx.lower(p.end(), Math.min(sentence.end(), p.end() + 40))).find();
        Mention holder = null;
        String held = null;
        for (Mention party : ctx.mentions(p.sentence(), MentionType.PARTY)) {
            if (party.end() <= p.start() && HOLDER_GAP.matcher(ctx.lower(party.end(), p.start())).matches()) {
                holder = party;
            }
            if (party.start() >= p.end() && HELD_AFTER.matcher(ctx.lower(p.end(), party.start())).matches()) {
                held = party.party().name();
            }
        }
        String name;
        int holderStart;
        int holderEnd;
        if (holder != null) {
            name = holder.party().name();
            holderStart = holder.start();
            holderEnd = holder.end();
        } else {
            // "The Vermeulen family, which founded the business in 1927 and holds 27 per cent", "the family's 24
            // per cent stake": a group as holder, known by its noun
            Matcher g = GROUP_HOLDER.matcher(ctx.lower(sentence.start(), p.start()));
            int[] found = null;
            String group = null;
            while (g.find()) {
                String gap = ctx.lower(sentence.start() + g.end(), p.start());
                if (HOLDER_GAP.matcher(gap).matches() || RELATIVE_GAP.matcher(gap).matches()) {
                    found = new int[] {sentence.start() + g.start(), sentence.start() + g.end()};
                    group = g.group(1);
                }
            }
            if (found == null) {
                Mention other = describedOrGapped(ctx, p, sentence);
                if (other == null) {
                    return null;
                }
                name = other.party().name();
                holderStart = p.start();
                holderEnd = p.start();
                stakeAfter = true; // its verb of holding or its stake word was read with the holder
            } else {
                name = "the " + group;
                holderStart = found[0];
                holderEnd = found[1];
            }
        }
        String gap = ctx.lower(holderEnd, p.start());
        if (!stakeAfter && !HOLDING_VERB.matcher(gap).find()) {
            return null;
        }
        String lead = ctx.lower(sentence.start(), holderStart);
        boolean relative = RELATIVE_GAP.matcher(gap).matches();
        if (!relative && OTHER_TIME.matcher(gap).find() || CHANGE_CUE.matcher(gap).find()
                || CUMULATIVE.matcher(lead + gap).find() || EARLIER_TIME.matcher(lead).find()) {
            return null;
        }
        return new Stake(name, held, p);
    }

    /**
     * A stake bought and the same stake held after the deal may be told one as agreed and one as future ("has
     * agreed to buy a 60% stake", "will fund its 65% interest"): only a condition sets a stake apart.
     */
    private static boolean conditional(Claim c) {
        return c.modality() == Modality.CONDITIONAL;
    }

    /** "the company's 45% stake": a description of the one company named before it in the sentence. */
    private static final Pattern DESCRIBED_HOLDER = Pattern.compile("\\b(the company|the group|the firm)['\u2019]s\\s+"
            + "((about|roughly|around|nearly|almost|some|approximately)\\s+)?$");
    /** "Sakuragawa will own 51% of the venture and Hsinchu Power 49%": a holder whose verb is left out. */
    private static final Pattern GAPPED_BEFORE = Pattern.compile("\\b(owns?|holds?|controls?|will own|will hold)\\s+"
            + "[^.;]{0,20}%[^.;]{0,40}\\band\\s+$");

    /**
     * The holder of a stake told by a description or with its verb left out: "Hsinchu Power Chairman Lin said
     * the company's 45% stake" (the one organization named before it in the sentence) and "Sakuragawa will own
     * 51% of the venture and Hsinchu Power 49%" (the party right before the percentage, after "and").
     */
    private static Mention describedOrGapped(Context ctx, Mention p, Span sentence) {
        List<Mention> orgs = new ArrayList<>();
        Mention last = null;
        for (Mention party : ctx.mentions(p.sentence(), MentionType.PARTY)) {
            if (party.end() <= p.start()) {
                last = party;
                if (party.party().kind() == org.claimcheck.model.PartyKind.ORGANIZATION) {
                    orgs.add(party);
                }
            }
        }
        String before = ctx.lower(Math.max(sentence.start(), p.start() - 30), p.start());
        if (DESCRIBED_HOLDER.matcher(before).find()) {
            return orgs.size() == 1 ? orgs.get(0) : null;
        }
        if (last != null && ctx.lower(last.end(), p.start()).matches("\\s+((about|roughly|around|nearly)\\s+)?")
                && GAPPED_BEFORE.matcher(ctx.lower(Math.max(sentence.start(), last.start() - 80), last.start())).find()) {
            return last;
        }
        return null;
    }

    /** A company's share of a market: holder, the market's modifier ("mobile", or "" when none), the figure. */
    private record MarketShare(String holder, String market, Mention percent) {
    }

    /** After a percentage: "share of the mobile market", "market share", "of Brazil's mobile subscribers". */
    private static final Pattern SHARE_OF = Pattern.compile("^\\s*(?:(?:market\\s+)?share(?:\\s+of\\s+(?:the\\s+)?"
            + "(?:[a-z]+['\u2019]s\\s+)?([a-z-]+\\s+)?(?:market|sector|industry|segment))?\\b"
            + "|of\\s+(?:the\\s+)?(?:[a-z]+['\u2019]s\\s+)?([a-z-]+\\s+)?(?:market|subscribers|customers|users|sales"
            + "|deposits|shipments)\\b)");
    /** Between a holder and its share: "'s", ", which holds about", " has a", " controls". */
    private static final Pattern SHARE_HOLDER_GAP = Pattern.compile("^(?:['\u2019]s\\s+|,?\\s+(?:which\\s+|that\\s+)?"
            + "(?:now\\s+|currently\\s+|already\\s+)?(?:holds?|has|have|controls?|commands?|accounts? for)\\s+"
            + "(?:a\\s+|an\\s+)?)(?:(?:about|roughly|around|nearly|almost|some|approximately)\\s+)?$");
    /** "the carrier's 27% share": a description of a company just named. */
    private static final Pattern DESCRIPTION_HOLDER = Pattern.compile("\\b(?:the|its)\\s+(?:carrier|company|group|firm|operator"
            + "|bank|insurer|retailer|airline|lender|maker|chipmaker|carmaker|brand|platform|network)['\u2019]s\\s+"
            + "(?:(?:about|roughly|around|nearly|almost|some|approximately)\\s+)?$");
    private static final Pattern SHARE_DOUBT = Pattern.compile("\\b(rose|rise|grew|grow|gained|gain|lost|lose|fell|fall"
            + "|dropped|up|down|from|target|targets|aims?|goal|would|could|expected|forecast|projected|by 20\\d\\d|combined"
            + "|together|after the|once|if|previously|was|were|had|last year|a year earlier|in 20\\d\\d)\\b");

    /**
     * A company's share of one market told twice with two figures: "TIM, which holds about 24% of Brazil's
     * mobile subscribers" and "the carrier's 27% share of the mobile market". The holder is a party named right
     * before the figure, or a description ("the carrier's") of the one company named in the sentence or, when
     * the sentence names none, in the one before. Shares told as changing, past, combined or targeted are left
     * alone, and so are shares of two different markets (the modifier before "market" must be the same, or absent
     * from both: "its 20% market share" and "its 55% share of the premium market" are two markets).
     */
    private void marketShares(Context ctx, List<Finding> out) {
        List<MarketShare> shares = new ArrayList<>();
        for (Mention p : ctx.mentions(MentionType.PERCENT)) {
            Span sentence = ctx.sentenceSpan(p.sentence());
            Matcher of = SHARE_OF.matcher(ctx.lower(p.end(), Math.min(sentence.end(), p.end() + 60)));
            if (!of.lookingAt() || p.percent().valueHigh() != null || SHARE_DOUBT.matcher(
                    ctx.lower(Math.max(sentence.start(), p.start() - 30), p.end() + of.end())).find()) {
                continue;
            }
            String market = of.group(1) != null ? of.group(1).trim() : of.group(2) != null ? of.group(2).trim() : "";
            String holder = shareHolder(ctx, p, sentence);
            if (holder != null) {
                shares.add(new MarketShare(holder, market, p));
            }
        }
        for (int i = 0; i < shares.size(); i++) {
            for (int j = i + 1; j < shares.size(); j++) {
                MarketShare a = shares.get(i);
                MarketShare b = shares.get(j);
                boolean sameMarket = a.market().equals(b.market());
                if (a.percent().sentence() != b.percent().sentence() && a.holder().equals(b.holder()) && sameMarket
                        && !Amounts.of(a.percent()).overlaps(Amounts.of(b.percent()))) {
                    String message = String.format(Locale.ROOT, "%s's market share is given as %s and as %s.", a.holder(),
                            Amounts.quote(a.percent()), Amounts.quote(b.percent()));
                    List<Span> spans = List.of(a.percent().span(), b.percent().span());
                    out.add(new Finding(FindingType.PERCENT_CONFLICT, Severity.ERROR, message, spans,
                            ctx.claimsCovering(spans), name()));
                }
            }
        }
    }

    private static String shareHolder(Context ctx, Mention p, Span sentence) {
        Mention named = null;
        List<String> orgs = new ArrayList<>();
        for (Mention party : ctx.mentions(p.sentence(), MentionType.PARTY)) {
            if (party.end() <= p.start()) {
                if (party.party().kind() == org.claimcheck.model.PartyKind.ORGANIZATION
                        && !orgs.contains(party.party().name())) {
                    orgs.add(party.party().name());
                }
                if (SHARE_HOLDER_GAP.matcher(ctx.lower(party.end(), p.start())).matches()) {
                    named = party;
                }
            }
        }
        if (named != null) {
            return named.party().name();
        }
        if (!DESCRIPTION_HOLDER.matcher(ctx.lower(Math.max(sentence.start(), p.start() - 30), p.start())).find()) {
            return null;
        }
        if (orgs.isEmpty() && p.sentence() > 0) {
            for (Mention party : ctx.mentions(p.sentence() - 1, MentionType.PARTY)) {
                if (party.party().kind() == org.claimcheck.model.PartyKind.ORGANIZATION
                        && !orgs.contains(party.party().name())) {
                    orgs.add(party.party().name());
                }
            }
        }
        return orgs.size() == 1 ? orgs.get(0) : null;
    }

    private static boolean sameHolding(Claim a, Claim b) {
        Set<String> holders = new HashSet<>(names(a, true));
        holders.retainAll(names(b, true));
        Set<String> held = new HashSet<>(names(a, false));
        held.retainAll(names(b, false));
        return !holders.isEmpty() && !held.isEmpty();
    }

    /** The agents' names ({@code agents}) or the other parties' names, lower-cased, in claim order. */
    private static List<String> names(Claim c, boolean agents) {
        List<String> out = new ArrayList<>();
        for (ClaimParty p : c.parties()) {
            String n = p.name();
            if ((p.role() == Role.AGENT) == agents && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean changes(Context ctx, int sentence) {
        Span s = ctx.sentenceSpan(sentence);
        return CHANGE_CUE.matcher(ctx.lower(s.start(), s.end())).find();
    }

    private void overHundred(Context ctx, int s, List<Finding> out) {
        List<Mention> percents = ctx.mentions(s, MentionType.PERCENT);
        Span span = ctx.sentenceSpan(s);
        String text = ctx.lower(span.start(), span.end());
        if (percents.size() < 2 || !SHARE_CUE.matcher(text).find() || CHANGE_CUE.matcher(text).find()
                || CUMULATIVE.matcher(text).find()
                || namesTwoWholes(ctx, s, percents)) {
            return;
        }
        BigDecimal low = BigDecimal.ZERO;
        for (Mention p : percents) {
            BigDecimal lo = Amounts.of(p).lo();
            low = low.add(lo == null ? BigDecimal.ZERO : lo);
        }
        if (low.compareTo(HUNDRED) > 0) {
            StringBuilder listed = new StringBuilder();
            for (Mention p : percents) {
                listed.append(listed.length() == 0 ? "" : ", ").append(Amounts.quote(p));
            }
            String message = String.format(Locale.ROOT, "The shares %s of one whole add up to more than 100%%.", listed);
            List<Span> spans = percents.stream().map(Mention::span).toList();
            out.add(new Finding(FindingType.PERCENT_CONFLICT, Severity.ERROR, message, spans,
                    ctx.claimsCovering(spans), name()));
        }
    }

    /** True when two percentages are each followed by "of"/"in" and a different party. */
    private static boolean namesTwoWholes(Context ctx, int s, List<Mention> percents) {
        List<Mention> parties = ctx.mentions(s, MentionType.PARTY);
        Set<String> wholes = new HashSet<>();
        for (Mention p : percents) {
            for (Mention party : parties) {
                if (party.start() >= p.end() && WHOLE_AFTER.matcher(ctx.lower(p.end(), party.start())).matches()) {
                    wholes.add(party.party().name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return wholes.size() > 1;
    }
}
