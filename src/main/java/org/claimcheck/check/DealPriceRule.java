package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * AMOUNT_CONFLICT from the words around amounts, for when claims are missing or split: the price of one
 * acquisition or the size of one fine, stated twice with amounts that cannot both hold. An amount is tied to
 * a deal only by tight phrasings, each naming the target party:
 * <ul>
 * <li>price: "acquire/buy/purchase/take over Orbis for $2.1 billion" (a short description may stand before the
 * name: "buy Portuguese sensor maker Tidewell for €540 million"), "the acquisition of Orbis for ...",
 * "pay $2.4 billion for Orbis", "its $2.4 billion acquisition of Orbis", "pay $41.50 per Orbis share"; and,
 * where every other stated price is for one target, "the $2.4 billion price", "the £430 million Sage is
 * paying" and "the $43.50 per share that Sage agreed to pay";</li>
 * <li>sale price: "sell its manufacturing arm to Sanmina for $3 billion", by buyer;</li>
 * <li>fine: "fined Meridian €1.2 billion", "Meridian was fined ...", "the €2.1 billion penalty/fine against
 * (on, for) Meridian".</li>
 * </ul>
 * A price per unit ("for ₩48,000 a share") is compared only with prices per the same unit.
 * Sentences with an offer, bid, proposal, revision or condition near the amount ("raised the offer to",
 * "would pay", "initially") are left out: successive bids and revised prices are not contradictions.
 */
public final class DealPriceRule implements Rule {

    private static final String GAP = "[^.;$\u20ac\u00a3\u00a5]{0,40}?";
    private static final Pattern BUY_THEN_PRICE = Pattern.compile("\\b(acquire[sd]?|acquiring|buy|buys|bought|buying"
            + "|purchase[sd]?|purchasing|take over|takes over|took over|taking over|acquisition of|purchase of|takeover of)"
            + "\\s+([a-z][a-z-]*\\s+){0,3}$");
    /** "sell ZT Systems' manufacturing arm to Sanmina for $3 billion": the price the buyer named pays. */
    private static final Pattern SOLD_TO = Pattern.compile("\\b(sell|sells|sold|selling)\\b[^.;]{0,100}\\bto\\s+$");
    /** "bought a stake in Intel for ...", "buy the robotics unit of ABB": the price of a part, not of the company. */
    private static final Pattern PART_OF = Pattern.compile("\\b(stake|stakes|share|shares|interest|unit|units|business"
            + "|division|arm|assets?|stock|holding|portion|part)\\b");
    private static final Pattern FOR = Pattern.compile("^\\s*,?\\s*(for|in a deal (worth|valued at)|at a price of)\\s+(about\\s+|roughly\\s+)?$");
    private static final Pattern PAY_BEFORE = Pattern.compile("\\b(pay|pays|paid|paying)\\s+(about\\s+|roughly\\s+)?$");
    private static final Pattern FOR_PARTY = Pattern.compile("^\\s+for\\s+(the\\s+)?$");
    private static final Pattern PER_PARTY = Pattern.compile("^\\s+(per|a|for each|for every)\\s+$");
    private static final Pattern SHARE_AFTER = Pattern.compile("\\s+shares?\\b");
    private static final Pattern FINED = Pattern.compile("\\b(fined|fines|fine)\\s+$");
    private static final Pattern WAS_FINED = Pattern.compile("^\\s+(was|has been|had been|is|were)\\s+fined\\s+$");
    private static final Pattern PENALTY_AGAINST = Pattern.compile("^\\s+(fine|penalty|penalties|fines)\\s+(against|on|for|imposed on|levied on)\\s+$");
    private static final Pattern DOUBT = Pattern.compile("\\b(offer|offers|offered|bid|bids|bidding|proposal|proposed|propose"
            + "|would|could|might|may|if|unless|initially|originally|initial|original|earlier|previous|previously|raised"
            + "|raise|sweeten\\w*|revised?|lowered|cut|reduced|increased|rival|counter|valu\\w+|not|no|maximum|ceiling|up to"
            + "|as much as|cap)\\b");
    /** "$2.4 billion acquisition of Velora", "¥180 billion ($1.2 billion) takeover of Hoshida". */
    private static final Pattern PRICE_OF = Pattern.compile("^\\s*(\\([^)]{0,30}\\)\\s*)?(all-cash\\s+|cash\\s+)?"
            + "(acquisition|takeover|purchase|buyout) of\\s+(the\\s+)?$");
    /** "the $2.4 billion price", "the £430 million Sage is paying": a price referred back to. */
    private static final Pattern DEFINITE_PRICE = Pattern.compile("\\bthe\\s+$");
    private static final Pattern PRICE_NOUN = Pattern.compile("\\s*((a|per) share\\s+(that\\s+)?)?"
            + "((purchase |acquisition |takeover |deal )?(price|consideration)"
            + "|([a-z]+ ){0,2}(is|was|will be) paying|([a-z]+ ){0,2}(paid|pays|agreed to pay))\\b");
    private static final Pattern FOR_SOMETHING = Pattern.compile("\\s+for\\s+(the\\s+)?");
    private static final Pattern CONTINUED_NAME = Pattern.compile("(\\s[A-Z][\\w&.-]*){1,3}");
    private static final int DOUBT_WINDOW = 60;

    /** An amount tied to a deal: its kind ("price", "fine"), the target party's name and the money mention. */
    private record Stated(String kind, String target, Mention money) {
    }

    @Override
    public String name() {
        return "DEAL_PRICE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Stated> stated = new ArrayList<>();
        List<Mention> unnamed = new ArrayList<>();
        List<Mention> perShare = new ArrayList<>();
        for (Mention m : ctx.mentions(MentionType.MONEY)) {
            if (consideration(ctx, m)) {
                Stated named = shareOf(ctx, m);
                if (named != null) {
                    stated.add(named);
                } else {
                    perShare.add(m);
                }
                continue;
            }
            Stated s = tie(ctx, m);
            if (s != null && !doubtful(ctx, m)) {
                String unit = SameEvent.unit(ctx, m);
                stated.add(unit.isEmpty() ? s : new Stated(s.kind() + " per " + unit, s.target(), m));
            } else if (s == null && DEFINITE_PRICE.matcher(ctx.lower(m.start() - 4, m.start())).find() && !doubtful(ctx, m)) {
                Matcher noun = PRICE_NOUN.matcher(ctx.lower(m.end(), m.end() + 40));
                if (noun.lookingAt()) {
                    Stated named = namedAfter(ctx, m, m.end() + noun.end());
                    if (named != null) {
                        stated.add(named);
                    } else if (!FOR_SOMETHING.matcher(ctx.lower(m.end() + noun.end(), m.end() + noun.end() + 8)).lookingAt()) {
                        unnamed.add(m);
                    }
                }
            }
        }
        String only = onlyTarget(stated);
        if (only != null) {
            perShare.forEach(m -> stated.add(new Stated("price per share", only, m)));
            for (Mention m : unnamed) {
                String unit = SameEvent.unit(ctx, m);
                stated.add(new Stated(unit.isEmpty() ? "price" : "price per " + unit, only, m));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < stated.size(); i++) {
            for (int j = i + 1; j < stated.size(); j++) {
                Stated a = stated.get(i);
                Stated b = stated.get(j);
                if (a.money().sentence() != b.money().sentence() && a.kind().equals(b.kind())
                        && sameParty(a.target(), b.target()) && Amounts.moneyDisagrees(a.money(), b.money())) {
                    String message = String.format(Locale.ROOT, "The %s of %s is given as %s in one place and as %s in another.",
                            a.kind(), a.target(), Amounts.quote(a.money()), Amounts.quote(b.money()));
                    List<Span> spans = List.of(a.money().span(), b.money().span());
                    out.add(new Finding(FindingType.AMOUNT_CONFLICT, Severity.WARNING, message, spans,
                            ctx.claimsCovering(spans), name()));
                }
            }
        }
        return out;
    }

    private static Stated tie(Context ctx, Mention money) {
        List<Mention> parties = ctx.mentions(money.sentence(), MentionType.PARTY);
        for (Mention p : parties) {
            String name = p.party().name();
            int end = nameEnd(ctx, p);
            if (end <= money.start()) {
                String before = ctx.lower(p.start() - 40, p.start());
                String between = ctx.lower(end, money.start());
                Matcher buy = BUY_THEN_PRICE.matcher(before);
                if (buy.find() && !PART_OF.matcher(before.substring(buy.start())).find() && FOR.matcher(between).matches()) {
                    return new Stated("price", name, money);
                }
                if (SOLD_TO.matcher(ctx.lower(p.start() - 110, p.start())).find() && FOR.matcher(between).matches()) {
                    return new Stated("sale price to", name, money);
                }
                if (FINED.matcher(before).find() && between.isBlank()) {
                    return new Stated("fine", name, money);
                }
                if (WAS_FINED.matcher(between).matches()) {
                    return new Stated("fine", name, money);
                }
            } else if (p.start() >= money.end()) {
                String between = ctx.lower(money.end(), p.start());
                String before = ctx.lower(money.start() - 30, money.start());
                if (PRICE_OF.matcher(between).matches()) {
                    return new Stated("price", name, money);
                }
                if (PAY_BEFORE.matcher(before).find() && FOR_PARTY.matcher(between).matches()) {
                    return new Stated("price", name, money);
                }
                if (PAY_BEFORE.matcher(before).find() && PER_PARTY.matcher(between).matches()
                        && SHARE_AFTER.matcher(ctx.lower(nameEnd(ctx, p), nameEnd(ctx, p) + 10)).lookingAt()) {
                    return new Stated("price", name, money); // "will pay $41.50 per Lumetra share"
                }
                if (PENALTY_AGAINST.matcher(between).matches()) {
                    return new Stated("fine", name, money);
                }
            }
        }
        return null;
    }

    /** Before what a bidder offers or pays, or holders receive, for each share: "will offer", "will receive". */
    private static final Pattern CONSIDERATION_BEFORE = Pattern.compile("\\b(offer|offers|offered|offering|pay|pays|paid"
            + "|paying|receive|receives|received|get|gets)\\s+(about\\s+|roughly\\s+)?$");
    /**
     * In a sentence with a price per share, words of another price or of a change: an earlier, rejected,
     * rival or revised offer, a condition, a valuation, a trading price.
     */
    private static final Pattern SHARE_DOUBT = Pattern.compile("\\b(raised?|raising|sweeten\\w*|revised?|revising|improved?"
            + "|increased?|lowered|cut|initial|initially|earlier|previous|previously|original|originally|first|rejected"
            + "|rejecting|turned down|rebuffed|approach|proposal|proposed|rival|competing|counter\\w*|higher|lower|hostile"
            + "|would|could|might|may|if|unless|not|valu\\w+|traded|closing|closed|premarket|jumped|fell|rose|from"
            + "|class|preferred|dividend)\\b");

    /**
     * A takeover's price per share as agreed: "Hollandia will offer 38.50 euros in cash for each Kessler share",
     * "Kessler shareholders will receive 36.50 euros in cash for each share they tender", with no other price
     * or change spoken of in the sentence up to the price.
     */
    private static boolean consideration(Context ctx, Mention m) {
        if (!SameEvent.unit(ctx, m).equals("share")
                || !CONSIDERATION_BEFORE.matcher(ctx.lower(m.start() - 24, m.start())).find()) {
            return false;
        }
        Span s = ctx.sentenceSpan(m.sentence());
        // the clause up to just after the unit: "a premium of 32% to the closing price" further on is no doubt
        return !SHARE_DOUBT.matcher(ctx.lower(s.start(), Math.min(s.end(), m.end() + 30))).find();
    }

    /** The company whose shares a price per share is for, when named: "for each Kessler share", "Kessler shareholders". */
    private static Stated shareOf(Context ctx, Mention m) {
        for (Mention p : ctx.mentions(m.sentence(), MentionType.PARTY)) {
            if (p.start() >= m.end() && p.start() - m.end() <= 24 && SHARE_AFTER.matcher(ctx.lower(p.end(), p.end() + 10)).lookingAt()) {
                return new Stated("price per share", p.party().name(), m);
            }
            if (p.end() <= m.start() && HOLDERS_AFTER.matcher(ctx.lower(p.end(), m.start())).lookingAt()) {
                return new Stated("price per share", p.party().name(), m);
            }
        }
        return null;
    }

    private static final Pattern HOLDERS_AFTER = Pattern.compile("(['\u2019]s)?\\s+(shareholders|stockholders|investors"
            + "|holders)\\b");

    /** "the $27.7 billion it paid for Slack": the price of the party named right after "for". */
    private static Stated namedAfter(Context ctx, Mention money, int from) {
        Matcher f = FOR_SOMETHING.matcher(ctx.lower(from, from + 8));
        if (!f.lookingAt()) {
            return null;
        }
        for (Mention p : ctx.mentions(money.sentence(), MentionType.PARTY)) {
            if (p.start() >= from + f.end() && p.start() <= from + f.end() + 4) {
                return new Stated("price", p.party().name(), money);
            }
        }
        return null;
    }

    /**
     * The one target all the article's stated prices are for, or null: "the $2.4 billion price" and "the
     * £430 million Sage is paying" name no target, and stand for the price of the article's one deal.
     */
    private static String onlyTarget(List<Stated> stated) {
        String only = null;
        for (Stated s : stated) {
            if (!s.kind().startsWith("price")) {
                continue;
            }
            if (only != null && !sameParty(only, s.target())) {
                return null;
            }
            only = only == null ? s.target() : only;
        }
        return only;
    }

    /** The end of the name the mention starts: "Orbis" in "Orbis Cloud for" ends after "Cloud". */
    private static int nameEnd(Context ctx, Mention p) {
        String body = ctx.facts().article().body();
        Matcher m = CONTINUED_NAME.matcher(body);
        m.region(p.end(), Math.min(body.length(), p.end() + 40));
        return m.lookingAt() ? m.end() : p.end();
    }

    private static boolean doubtful(Context ctx, Mention m) {
        Span s = ctx.sentenceSpan(m.sentence());
        String near = ctx.lower(Math.max(s.start(), m.start() - DOUBT_WINDOW), Math.min(s.end(), m.end() + DOUBT_WINDOW / 2));
        Matcher d = DOUBT.matcher(near);
        return d.find();
    }

    /** "Orbis" and "Orbis Cloud" name one party; so do equal names (case aside). Shared by the rules of this package. */
    static boolean sameParty(String a, String b) {
        String x = Context.asciiLower(a);
        String y = Context.asciiLower(b);
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }
}
