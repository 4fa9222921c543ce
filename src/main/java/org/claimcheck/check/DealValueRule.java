package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * AMOUNT_CONFLICT: a deal referred back to by a definite description that carries its value ("The $19
 * billion contract is the largest in Vantage's history") against the value stated where the deal was told
 * ("has signed a contract worth up to $12 billion"). The value told is an earlier amount given to the same
 * description ("Oracle's $300 billion OpenAI contract" for "the $390 billion OpenAI contract"), else the
 * amount beside the last earlier occurrence of the description's noun (contract, deal, agreement,
 * acquisition, ...), in the same currency, passing over definite occurrences without an amount ("described
 * the contract as"), which refer back too; qualifiers are respected ("up to $12 billion"
 * and "$12 billion" agree). A takeover's price referred back to ("the €1.35bn price for Vondel's equity",
 * "the Rs 4,800 crore payout") is held against the amount of the takeover told before. Prices per unit,
 * increments, prices that count debt and sentences about offers or revisions are left alone.
 */
public final class DealValueRule implements Rule {

    private static final String NOUNS = "contract|deal|agreement|acquisition|takeover|investment|purchase|merger"
            + "|buyout|licence|license|order";
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("\\b(?:the|this|that|its|their)\\s+(?:[a-z]+\\s+)?$");
    /** The noun right after the amount, after at most two modifiers: "$390 billion OpenAI contract". */
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:[\\w-]+\\s+){0,2}?("
            + NOUNS + ")\\b(?!\\s+(?:to(?!\\s+be\\b)|for|with|between|from)\\b)");
    private static final Pattern DOUBT = Pattern.compile("\\b(offer|offered|bid|proposal|proposed|revised|raised"
            + "|initial|initially|first|earlier|previous|new|second|another|additional)\\b");
    /**
     * What may stand between an amount and the noun after it for the amount to be the noun's value: up to
     * three modifier words ("its $410 million cooling order"), not another clause ("$500 billion, but a
     * pledge is not a purchase order").
     */
    private static final Pattern MODIFIER_GAP = Pattern.compile("(?:\\s*[\\w'’-]+){0,3}\\s*");
    /** How near the noun an amount must be to state the deal's value ("a contract worth up to $12 billion"). */
    private static final int VALUE_WINDOW = 60;

    @Override
    public String name() {
        return "DEAL_VALUE";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Mention> money = ctx.mentions(MentionType.MONEY);
        List<Finding> out = new ArrayList<>();
        for (Mention m : money) {
            Finding price = priceOfTheDeal(ctx, m);
            if (price == null) {
                price = fundingReferredBack(ctx, m);
            }
            if (price == null) {
                price = paymentReferredBack(ctx, m);
            }
            if (price == null) {
                price = buyersDealReferredBack(ctx, m);
            }
            if (price != null) {
                out.add(price);
                continue;
            }
            Matcher noun = NOUN_AFTER.matcher(ctx.facts().article().body().substring(m.end(),
                    Math.min(ctx.facts().article().body().length(), m.end() + 50)));
            if (!noun.lookingAt() || !DEFINITE_BEFORE.matcher(ctx.lower(m.start() - 20, m.start())).find()
                    || !SameEvent.unit(ctx, m).isEmpty() || doubtful(ctx, m)) {
                continue;
            }
            String modifiers = ctx.lower(m.end(), m.end() + noun.start(1)).trim();
            String nounWord = noun.group(1).toLowerCase(Locale.ROOT);
            Mention told = sameDescription(ctx, money, m, modifiers, nounWord);
            if (told == null) {
                told = toldValue(ctx, money, m, nounWord);
            }
            if (told == null && TAKEOVER_NOUNS.contains(nounWord)) {
                // "expects the HK$3.6bn purchase to be completed": the takeover told with another verb
                told = takeoverAmount(ctx, m, m.end() + noun.end());
            }
            if (told != null && Amounts.moneyDisagrees(told, m)) {
                out.add(finding(ctx, nounWord, told, m));
            }
        }
        return out;
    }

    /** Nouns that name a takeover, which a definite reference with an amount may point back to. */
    private static final java.util.Set<String> TAKEOVER_NOUNS = java.util.Set.of("acquisition", "takeover", "purchase",
            "buyout");
    /** Nouns for what a buyer pays for a company: "the €1.35bn price for Vondel's equity", "the Rs 4,800 crore payout". */
    private static final Pattern PRICE_AFTER = Pattern.compile("^\\s*(?:(?:all-cash|cash|headline|total|agreed|purchase"
            + "|takeover|acquisition|deal)\\s+)?(price|price tag|payout|consideration)\\b");
    /** A price that counts what the buyer takes on besides the shares, or leaves it out: not the same figure. */
    private static final Pattern OTHER_BASIS = Pattern.compile("\\b(debt|enterprise value|net cash)\\b");

    /**
     * A definite reference to a takeover's price ("the €1.35bn price for Vondel's equity looked full", "would
     * fund the Rs 4,800 crore payout") against the amount of the takeover told before ("has agreed to buy
     * Vondel for €1.2bn in cash"). Null when there is none, or they agree.
     */
    private Finding priceOfTheDeal(Context ctx, Mention m) {
        String body = ctx.facts().article().body();
        Matcher price = PRICE_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 40))
                .toLowerCase(Locale.ROOT));
        if (!price.lookingAt() || !DEFINITE_BEFORE.matcher(ctx.lower(m.start() - 20, m.start())).find()
                || !SameEvent.unit(ctx, m).isEmpty() || doubtful(ctx, m)) {
            return null;
        }
        Mention told = takeoverAmount(ctx, m, m.end() + price.end());
        return told == null || !Amounts.moneyDisagrees(told, m) ? null : finding(ctx, "price", told, m);
    }

    /**
     * The amount of the story's takeover told before {@code m} (the first takeover claim with an amount in its
     * currency: "has agreed to buy Vondel for €1.2bn"), which a definite price or takeover noun ending at
     * {@code nounEnd} refers back to; null when either sentence counts debt, the noun is said to be for a
     * company that is not the takeover's target, or takeovers of several companies were told before.
     */
    private static Mention takeoverAmount(Context ctx, Mention m, int nounEnd) {
        if (otherBasis(ctx, m.sentence())) {
            return null;
        }
        Mention first = null;
        java.util.Set<String> targets = new java.util.TreeSet<>();
        String body = ctx.facts().article().body();
        for (Claim c : ctx.claims()) {
            if (c.sentence() >= m.sentence() || !SameEvent.takeover(c) || !SameEvent.usable(c)
                    || SameEvent.phase(ctx, c) == SameEvent.Phase.REVISION || otherBasis(ctx, c.sentence())
                    || ctx.isFurniture(c.sentence())) {
                continue;
            }
            for (int i : c.money()) {
                Mention a = ctx.mention(i);
                if (couldTell(ctx, a, m)) {
                    targets.add(SameEvent.names(c.partiesWithRole(Role.PATIENT)).toString());
                    if (first == null) {
                        if (forAnother(body, nounEnd, c)) {
                            return null;
                        }
                        first = a;
                    }
                    break;
                }
            }
        }
        // with takeovers of several companies told before, "the price" could be any of theirs
        return targets.size() > 1 ? null : first;
    }

    private Finding finding(Context ctx, String noun, Mention told, Mention m) {
        String message = String.format(Locale.ROOT, "The %s is given as %s where it is told and as %s where it is "
                + "referred back to.", noun, Amounts.quote(told), Amounts.quote(m));
        List<Span> spans = List.of(told.span(), m.span());
        return new Finding(FindingType.AMOUNT_CONFLICT, Severity.WARNING, message, spans, ctx.claimsCovering(spans),
                name());
    }

    /** Before a bare definite amount: a verb that uses money raised ("plans to use the €65 million"). */
    private static final Pattern SPENDS_THE = Pattern.compile("\\b(use|uses|using|spend|spends|spending|deploy|deploys"
            + "|invest|burn(?:ed|t)? through|return|recover|lose|lost|of)\\s+the\\s+$");
    /** After a bare definite amount: who raised or put it in ("the $124 million they put into the company"). */
    private static final Pattern RAISED_AFTER = Pattern.compile("^\\s+(?:(?:it|they|the company|the startup|investors"
            + "|backers)\\s+)?(?:had\\s+|has\\s+|have\\s+)?(raised|put in|put into|invested|received|secured|pledged)\\b");
    /** Just before an amount raised or put in: "has raised", "a round of", "invested", "led the". */
    private static final Pattern RAISING_BEFORE = Pattern.compile("\\b(raised|raises|raising|raise|secured|invested"
            + "|put in|put up|pumped|funding of|round of|injection of|led (a|the)|backed (it )?with)\\b[^.;$€£¥]{0,30}$");

    /**
     * Money raised, referred back to by a bare definite amount ("has raised €60 million in a Series B round"
     * ... "plans to use the €65 million"; "raised $142 million from investors" ... "the $124 million they put
     * into the company"): held against the first amount told as raised in that currency (the story's), when it
     * lies nearer to that one than to any other amount raised and within 30% of it. Null when it agrees with
     * any amount raised before.
     */
    private Finding fundingReferredBack(Context ctx, Mention m) {
        String body = ctx.facts().article().body();
        int after = m.end();
        if (!SameEvent.unit(ctx, m).isEmpty() || doubtful(ctx, m)
                || !DEFINITE_BEFORE.matcher(ctx.lower(m.start() - 20, m.start())).find()) {
            return null;
        }
        boolean refers = SPENDS_THE.matcher(ctx.lower(m.start() - 30, m.start())).find()
                || RAISED_AFTER.matcher(ctx.lower(after, Math.min(body.length(), after + 40))).find();
        if (!refers || NOUN_AFTER.matcher(body.substring(after, Math.min(body.length(), after + 30))).lookingAt()) {
            return null;
        }
        // every amount told before as money raised or put in, read from the words: the claims may miss some
        List<Mention> raised = new ArrayList<>();
        for (Mention a : ctx.mentions(MentionType.MONEY)) {
            // "raised" makes a takeover sentence doubtful ("raised its offer"), not a funding one: no doubt test
            if (earlierTotal(ctx, a, m) && !SameEvent.valuationAmount(ctx, a)
                    && RAISING_BEFORE.matcher(ctx.lower(a.start() - 40, a.start())).find()) {
                if (!Amounts.moneyDisagrees(a, m)) {
                    return null; // it refers to this one
                }
                raised.add(a);
            }
        }
        Mention told = restated(raised, m);
        return told == null ? null : finding(ctx, "amount raised", told, m);
    }

    /**
     * The amount that {@code m} restates wrongly, among the amounts told before it ({@code told}, in text
     * order): the first is the story's, and "the" figure is a restatement of it only when it lies nearer to
     * it than to any other and close to it; a figure far off speaks of something else. Null when there is none.
     */
    private static Mention restated(List<Mention> told, Mention m) {
        if (told.isEmpty()) {
            return null;
        }
        Mention first = told.get(0);
        java.math.BigDecimal v = m.money().amount();
        java.math.BigDecimal gap = first.money().amount().subtract(v).abs();
        for (Mention a : told) {
            if (a.money().amount().subtract(v).abs().compareTo(gap) < 0) {
                return null;
            }
        }
        return gap.compareTo(first.money().amount().multiply(RESTATEMENT_GAP)) > 0 ? null : first;
    }

    /** After a definite amount: a payment's noun, after at most two modifiers ("the $257 million settlement"). */
    private static final Pattern PAYMENT_AFTER = Pattern.compile("^\\s*(?:[a-z-]+\\s+){0,2}?(settlement|payment|fine"
            + "|penalty|payout)s?\\b");
    /** Where the clause of {@code m} ends: the next comma or semicolon after it, else its sentence's end. */
    private static int clauseEnd(Context ctx, Mention m) {
        String body = ctx.facts().article().body();
        int end = ctx.sentenceSpan(m.sentence()).end();
        for (int i = m.end(); i < end; i++) {
            if (body.charAt(i) == ',' || body.charAt(i) == ';') {
                return i;
            }
        }
        return end;
    }

    /** How near before a payment referred back to a word of doubt must stand to make it doubtful. */
    private static final int PAYMENT_DOUBT_WINDOW = 50;
    /** A sentence that tells a payment: "agreed to pay $275 million to settle", "was fined €40 million". */
    private static final Pattern PAYING = Pattern.compile("\\b(pay|pays|paid|paying|payment|settle|settles|settled"
            + "|settlement|fine|fined|fines|penalty|penalties|payout|upfront)\\b");

    /**
     * A payment, settlement or fine referred back to by a definite amount ("agreed to pay $275 million to settle
     * a patent lawsuit" ... "The $257 million settlement is the largest in its history"): held against the first
     * amount told in a sentence of paying in that currency (the story's), when it lies nearer to that one than
     * to any other amount paid and within 30% of it. Null when it agrees with any amount paid before: the
     * parts of a settlement ("will pay $200 million in cash ... and $75 million in credits") are told too.
     */
    private Finding paymentReferredBack(Context ctx, Mention m) {
        String body = ctx.facts().article().body();
        if (!PAYMENT_AFTER.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 40))
                .toLowerCase(Locale.ROOT)).lookingAt()
                || !DEFINITE_BEFORE.matcher(ctx.lower(m.start() - 20, m.start())).find()
                || !SameEvent.unit(ctx, m).isEmpty()
                || DOUBT.matcher(ctx.lower(m.start() - PAYMENT_DOUBT_WINDOW, clauseEnd(ctx, m))).find()) {
            return null; // doubt is read in the amount's clause: "book the $180 million upfront payment as revenue,
            // and raised its profit forecast" raises no offer
        }
        List<Mention> paid = new ArrayList<>();
        for (Mention a : ctx.mentions(MentionType.MONEY)) {
            Span s = ctx.sentenceSpan(a.sentence());
            // a payment is told with its figure; a ceiling ("could be worth up to $1.35 billion") is a deal's whole value
            boolean stated = a.money().qualifier() == Qualifier.EXACT || a.money().qualifier() == Qualifier.APPROX;
            if (stated && couldTell(ctx, a, m) && PAYING.matcher(ctx.lower(s.start(), s.end())).find()) {
                if (!Amounts.moneyDisagrees(a, m)) {
                    return null;
                }
                paid.add(a);
            }
        }
        Mention told = restated(paid, m);
        return told == null ? null : finding(ctx, "payment", told, m);
    }

    /** After an amount: the buyer's deal it is the value of ("PIF's $2.1bn investment"). */
    private static final Pattern BUYERS_NOUN = Pattern.compile("^\\s*(?:\\([^)]{0,40}\\)\\s*)?(investment|purchase"
            + "|acquisition|takeover|buyout|deal|stake)\\b");
    /** Just before the lede's price: "for £1.41bn", "in a deal worth", "valued at". */
    private static final Pattern LEDE_PRICE = Pattern.compile("\\b(for|worth|valued at)\\s+(about\\s+|roughly\\s+"
            + "|around\\s+|some\\s+)?$");
    private static final Pattern POSSESSIVE = Pattern.compile("^['\u2019]s\\s+$");

    /**
     * The lede's deal referred back to by its buyer's name and a value: "Saudi Arabia's Public Investment Fund
     * has agreed to buy an 18% stake in Lumeva Health ... for £1.41bn ($1.9bn)" and "PIF's $2.1bn investment".
     * The buyer is the lede's first party; the value told is the lede's amount in the same currency after
     * "for", "worth" or "valued at". Totals and other deals ("another", "new", "total") are left alone.
     */
    private Finding buyersDealReferredBack(Context ctx, Mention m) {
        String body = ctx.facts().article().body();
        if (HOLDERS_PAID.matcher(ctx.lower(m.start() - 60, m.start())).find() && SameEvent.unit(ctx, m).isEmpty()
                && !ctx.isLede(m.sentence()) && !DOUBT.matcher(ctx.lower(m.start() - 60, m.end() + 30)).find()) {
            // "Kestrel will hand Pilbara Crest investors 3.9 billion Australian dollars in cash": what the target's
            // holders get in all is the takeover's price
            int lede = ledeBefore(ctx, m);
            Span ls = lede < 0 ? null : ctx.sentenceSpan(lede);
            if (ls == null || !TAKEOVER_WORDS.matcher(ctx.lower(ls.start(), ls.end())).find()) {
                return null;
            }
            Mention told = ledePrice(ctx, m);
            return told == null || !Amounts.moneyDisagrees(told, m) ? null : finding(ctx, "deal", told, m);
        }
        if (!BUYERS_NOUN.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + 50)).toLowerCase(Locale.ROOT))
                .lookingAt() || !SameEvent.unit(ctx, m).isEmpty() || ctx.isLede(m.sentence())
                || DOUBT.matcher(ctx.lower(m.start() - 40, m.end() + 30)).find()
                || ctx.lower(m.start() - 40, m.end() + 30).matches("(?s).*\\b(total|combined|overall|cumulative|all)\\b.*")) {
            return null;
        }
        Mention owner = null;
        for (Mention p : ctx.mentions(m.sentence(), MentionType.PARTY)) {
            if (p.end() <= m.start() && POSSESSIVE.matcher(ctx.lower(p.end(), m.start())).matches()) {
                owner = p;
            }
        }
        if (owner == null) {
            return null;
        }
        int lede = ledeBefore(ctx, m);
        if (lede < 0) {
            return null;
        }
        List<Mention> parties = ctx.mentions(lede, MentionType.PARTY);
        if (parties.isEmpty() || !DealPriceRule.sameParty(parties.get(0).party().name(), owner.party().name())) {
            return null;
        }
        Mention told = ledePrice(ctx, m);
        if (told == null || !Amounts.moneyDisagrees(told, m)) {
            return null;
        }
        return finding(ctx, "deal", told, m);
    }

    /** Before an amount the target's holders are handed: "will hand Pilbara Crest investors", "shareholders will receive". */
    private static final Pattern HOLDERS_PAID = Pattern.compile("\\b(?:hand|hands|handing|pay|pays|paying|give|gives)\\s+(?:[a-z][\\w-]*\\s+){0,3}?(?:shareholders|investors|stockholders|holders)\\s+(?:about\\s+"
            + "|roughly\\s+|some\\s+)?$|\\b(?:shareholders|investors|stockholders|holders)\\s+(?:will|would)\\s+"
            + "(?:receive|get|be paid)\\s+(?:about\\s+|roughly\\s+|some\\s+)?$");

    private static final Pattern TAKEOVER_WORDS = Pattern.compile("\\b(buy|buys|bought|acquire[sd]?|acquiring|take over"
            + "|takes over|took over|takeover|merger|purchase)\\b");

    private static int ledeBefore(Context ctx, Mention m) {
        for (int k = 0; k < m.sentence(); k++) {
            if (ctx.isLede(k)) {
                return k;
            }
        }
        return -1;
    }

    /** The lede's price in the amount's currency ("for £1.41bn ($1.9bn)"), or null when none or two. */
    private static Mention ledePrice(Context ctx, Mention m) {
        int lede = ledeBefore(ctx, m);
        if (lede < 0) {
            return null;
        }
        Mention told = null;
        for (Mention a : ctx.mentions(lede, MentionType.MONEY)) {
            boolean afterCue = LEDE_PRICE.matcher(ctx.lower(a.start() - 20, a.start())).find();
            boolean converted = told != null && ctx.lower(told.end(), a.start()).matches("\\s*\\(\\s*");
            if (a.money().currency().equals(m.money().currency()) && (afterCue || converted)) {
                if (told != null && !converted) {
                    return null; // two prices in the lede
                }
                told = a;
            } else if (afterCue) {
                told = a;
            }
        }
        return told == null || !told.money().currency().equals(m.money().currency()) ? null : told;
    }


    /** How far a restated amount may lie from the amount told and still be taken for it, as a share of it. */
    private static final java.math.BigDecimal RESTATEMENT_GAP = new java.math.BigDecimal("0.3");

    /** "for" or "of" after the price, then a name that is not the first word of the takeover's target. */
    private static boolean forAnother(String body, int from, Claim c) {
        Matcher m = FOR_NAME.matcher(body.substring(from, Math.min(body.length(), from + 60)));
        if (!m.lookingAt()) {
            return false;
        }
        String word = m.group(1);
        return c.partiesWithRole(Role.PATIENT).stream().noneMatch(p -> p.name().split(" ")[0].equals(word));
    }

    private static final Pattern FOR_NAME = Pattern.compile("\\s+(?:for|of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\d&-]*)");

    private static boolean otherBasis(Context ctx, int sentence) {
        Span s = ctx.sentenceSpan(sentence);
        return OTHER_BASIS.matcher(ctx.lower(s.start(), s.end())).find();
    }

    /**
     * An earlier amount given to the same description, modifiers and all: "Oracle's $300 billion OpenAI
     * contract" in the headline for "the $390 billion OpenAI contract" further down. Only for descriptions
     * with a modifier word between the amount and the noun; a bare "$300 billion contract" could be another.
     */
    private static Mention sameDescription(Context ctx, List<Mention> money, Mention ref, String modifiers,
                                           String noun) {
        if (!modifiers.matches(".*[a-z].*") || modifiers.startsWith("(")) {
            return null;
        }
        Pattern same = Pattern.compile("\\s*" + Pattern.quote(modifiers) + "\\s+" + noun + "\\b");
        for (Mention a : money) {
            if (couldTell(ctx, a, ref)
                    && same.matcher(ctx.lower(a.end(), a.end() + modifiers.length() + noun.length() + 8)).lookingAt()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The amount stated where the deal was told: walking back over the earlier sentences' occurrences of
     * {@code noun}, the first that has an amount beside it (same currency); a verb that tells the deal
     * ("Oracle has ordered $410 million of cooling units" for "its $656 million cooling order") gives the
     * amount that is its object, or none. An occurrence without one that
     * is singular and definite ("the contract", "that deal") refers back again and is passed over; any
     * other ("a contract", "contracts with two banks") introduces a deal of its own, so the walk stops there
     * with none.
     */
    private static Mention toldValue(Context ctx, List<Mention> money, Mention ref, String noun) {
        String verbs = VERB_FORMS.get(noun);
        Pattern word = Pattern.compile("\\b" + noun + "(s?)\\b" + (verbs == null ? "" : "|\\b(" + verbs + ")\\b"));
        int sentenceStart = ctx.sentenceSpan(ref.sentence()).start();
        Matcher w = word.matcher(ctx.lower(0, sentenceStart));
        List<int[]> occurrences = new ArrayList<>();
        while (w.find()) {
            int kind = w.group(1) == null ? VERB : w.group(1).isEmpty() ? SINGULAR : PLURAL;
            occurrences.add(new int[] {w.start(), kind, w.end()});
        }
        for (int i = occurrences.size() - 1; i >= 0; i--) {
            int at = occurrences.get(i)[0];
            if (occurrences.get(i)[1] == VERB) {
                return objectAmount(ctx, money, ref, occurrences.get(i)[2]); // "Oracle has ordered $410 million of ..."
            }
            Mention told = valueBeside(ctx, money, ref, at);
            if (told != null) {
                return told;
            }
            if (occurrences.get(i)[1] == PLURAL || !DEFINITE_BEFORE.matcher(ctx.lower(Math.max(0, at - 20), at)).find()) {
                return null;
            }
        }
        return null;
    }

    private static final int SINGULAR = 0;
    private static final int PLURAL = 1;
    private static final int VERB = 2;
    /** The verb that tells the deal a noun names ("ordered $410 million of units" for "its $410 million order"). */
    private static final java.util.Map<String, String> VERB_FORMS = java.util.Map.of(
            "order", "ordered|orders|ordering",
            "purchase", "purchased|purchases|purchasing",
            "investment", "invested|invests|investing",
            "acquisition", "acquired|acquires|acquiring",
            "contract", "contracted",
            "buyout", "bought out|buys out");
    /** Up to this many characters between a verb and the amount that is its object ("ordered about $410 million"). */
    private static final int OBJECT_GAP = 24;

    /** The amount right after a verb ending at {@code verbEnd}, in its sentence: the value the verb tells. */
    private static Mention objectAmount(Context ctx, List<Mention> money, Mention ref, int verbEnd) {
        for (Mention a : money) {
            if (a.start() >= verbEnd && a.start() - verbEnd <= OBJECT_GAP && couldTell(ctx, a, ref)
                    && MODIFIER_GAP.matcher(ctx.lower(verbEnd, a.start())).matches()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The amount nearest the noun at {@code at}, in its sentence, that could state the deal's value: before
     * the noun in its phrase, or after it within {@link #VALUE_WINDOW} ("a contract under which OpenAI will
     * buy about $300 billion").
     */
    private static Mention valueBeside(Context ctx, List<Mention> money, Mention ref, int at) {
        Mention best = null;
        for (Mention a : money) {
            if (Math.abs(a.start() - at) > VALUE_WINDOW || !couldTell(ctx, a, ref)) {
                continue;
            }
            Span s = ctx.sentenceSpan(a.sentence());
            if (at < s.start() || at >= s.end() || (a.end() <= at && !MODIFIER_GAP.matcher(ctx.lower(a.end(), at)).matches())) {
                continue;
            }
            if (best == null || Math.abs(a.start() - at) < Math.abs(best.start() - at)) {
                best = a;
            }
        }
        return best;
    }

    /**
     * Whether amount {@code a} could be the value told of the deal {@code ref} refers back to: in an earlier
     * sentence of the body, in the same currency, a total (not a price per unit or an increment) in a
     * sentence with no offer or revision.
     */
    private static boolean couldTell(Context ctx, Mention a, Mention ref) {
        return earlierTotal(ctx, a, ref) && !doubtful(ctx, a);
    }

    /** In an earlier sentence of the body, in the same currency, a total (not a price per unit or an increment). */
    private static boolean earlierTotal(Context ctx, Mention a, Mention ref) {
        return a.sentence() < ref.sentence() && !ctx.isFurniture(a.sentence())
                && a.money().currency().equals(ref.money().currency()) && SameEvent.unit(ctx, a).isEmpty()
                && !SameEvent.increment(ctx, a);
    }

    private static boolean doubtful(Context ctx, Mention m) {
        Span s = ctx.sentenceSpan(m.sentence());
        return DOUBT.matcher(ctx.lower(s.start(), s.end())).find();
    }
}
