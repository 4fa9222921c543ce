package org.claimcheck.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * SUM_MISMATCH: a stated total and its stated parts (in one sentence or the next) that do not add up. Works from
 * the MONEY mentions and the words between them, so it needs no claims:
 * <ul>
 * <li>total first: "$50 billion, consisting of an initial $15 billion and an additional $35 billion"
 * (also "made up of", "comprising", "split between", "divided into"); the parts must sum to the total;
 * "including" and "of which" name some of the parts, so their sum must not exceed it;</li>
 * <li>parts first: "$4 billion in 2023 and another $4 billion in 2024, for a total of $8 billion"
 * ("totaling", "bringing the total to", "combined");</li>
 * <li>parts out of a total told just before: "Of that, ¥250 billion ... and ¥300 billion ..." must not exceed
 * it; and when they cover nine tenths of it or more without reaching it, and nothing is said of a rest
 * ("the remainder", "other", "including", ...), the list was meant to be all of it, so the gap is flagged as a
 * warning;</li>
 * <li>contributions: "Its metrology segment contributed €710 million, services brought in €330 million
 * ..." after a total, a warning when they come within a tenth of it without matching it;</li>
 * <li>counted parts: a sentence with no amount that counts the parts ("The round was split among four
 * investors", "Nordhaven reports its business in three segments"), followed by exactly that many amounts,
 * which must add up to the total told before it (the round's amount, or the stated revenue);</li>
 * <li>a price paid in kinds: "Ferro will pay $900 million in cash and $400 million in its own shares" must
 * add up to the price told just before ("sold its battery unit to Ferro for $1.4 billion");</li>
 * <li>a licensing deal "worth up to $1.9bn" and its upfront payment and milestones, told in the next three sentences, must
 * match (a warning).</li>
 * </ul>
 * Parts are money mentions in the total's currency joined by short list words ("and", ",", "plus");
 * when some shorter run of them next to the cue adds up, the sum is taken to hold. An "up to" total with
 * exact parts is the sum of its parts at most, so it is compared as stated.
 */
public final class SumMismatchRule implements Rule {

    private static final Pattern WHOLE_CUE = Pattern.compile(
            "\\b(consist(s|ing|ed)? of|compris(es|ing|ed)( of)?|composed of|made up of|split (between|into|among|across)"
            + "|divided (between|into|among)|broken down into|spread (across|over|between)|in two tranches"
            + "|in three tranches)\\b");
    /** "including", "of which": the parts named may be only some of the whole. */
    static final Pattern SUBSET_CUE = Pattern.compile("\\b(including|includes|of which)\\b");
    private static final Pattern TOTAL_CUE = Pattern.compile(
            "\\b(for a total of|a total of|totall?ing|totall?ed|bringing (the|its|their) (total|tally)[a-z ]* to"
            + "|for a combined|a combined|adding up to|add up to|in all|altogether)\\b");
    private static final Pattern JOINER = Pattern.compile("(,|\\band\\b|\\bplus\\b|;)");
    private static final Pattern BREAK = Pattern.compile(
            "\\b(while|but|whereas|compared|versus|vs|than|up from|down from|after|before|per)\\b|\\bfrom\\s*$|[.!?]");
    /** "The money is split between ...": a sentence whose subject points back at an amount just stated. */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "^\\W*(the|this|that|its|their|the total|the whole)\\s+(money|total|amount|sum|funding|round|investment|proceeds"
            + "|financing|package|plan|budget|capital|cash|raise|fund|deal|price|consideration|payment|figure)\\b");
    private static final int MAX_CUE_GAP = 80;
    private static final int MAX_JOIN_GAP = 50;

    @Override
    public String name() {
        return "SUM_MISMATCH";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Finding> out = new ArrayList<>();
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            if (ctx.isFurniture(s)) {
                continue;
            }
            List<Mention> money = ctx.mentions(s, MentionType.MONEY);
            if (s > 0 && !money.isEmpty()) {
                totalBefore(ctx, s, money, out);
            }
            if (!money.isEmpty()) {
                ofTheTotal(ctx, s, money, out);
            }
            if (s > 0) {
                contributions(ctx, s, money, out);
            }
            if (s > 0) {
                countedParts(ctx, s, money, out);
            }
            if (money.size() >= 2) {
                consideration(ctx, s, money, out);
            }
            if (!money.isEmpty()) {
                milestonePlan(ctx, s, money, out);
            }
            if (!money.isEmpty()) {
                remainderCloses(ctx, s, money, out);
            }
            if (!money.isEmpty() && s + 1 < ctx.sentenceCount()) {
                trancheList(ctx, s, money, out);
            }
            for (int i = 0; i < money.size(); i++) {
                totalFirst(ctx, money, i, out);
                partsFirst(ctx, money, i, out);
            }
        }
        return out;
    }

    /** money[i] is a total followed by a cue and its parts. */
    private void totalFirst(Context ctx, List<Mention> money, int i, List<Finding> out) {
        if (i + 1 >= money.size()) {
            return;
        }
        Mention total = money.get(i);
        String gap = ctx.lower(total.end(), money.get(i + 1).start());
        boolean whole = WHOLE_CUE.matcher(gap).find();
        boolean subset = !whole && SUBSET_CUE.matcher(gap).find();
        if ((!whole && !subset) || gap.length() > MAX_CUE_GAP) {
            return;
        }
        List<Mention> parts = chain(ctx, money, i + 1, +1, total.money().currency());
        if (whole && parts.size() < 2) {
            return;
        }
        for (int n = whole ? 2 : parts.size(); n <= parts.size(); n++) {
            if (holds(total, parts.subList(0, n), subset)) {
                return;
            }
        }
        out.add(finding(ctx, total, parts, subset ? MORE : NOT, Severity.ERROR));
    }

    /**
     * "... has raised $600 million. The money is split between $350 million in equity and $200 million in
     * debt": the total is the largest amount in the parts' currency in the sentence before.
     */
    private void totalBefore(Context ctx, int s, List<Mention> money, List<Finding> out) {
        Mention first = money.get(0);
        String lead = ctx.lower(ctx.sentenceSpan(s).start(), first.start());
        if (lead.length() > MAX_CUE_GAP || !BACK_REFERENCE.matcher(lead).find() || !WHOLE_CUE.matcher(lead).find()
                || ctx.isFurniture(s - 1)) {
            return;
        }
        Mention total = largest(ctx, s - 1, first.money().currency());
        List<Mention> parts = chain(ctx, money, 0, +1, first.money().currency());
        if (total == null || parts.size() < 2) {
            return;
        }
        for (int n = 2; n <= parts.size(); n++) {
            if (holds(total, parts.subList(0, n), false)) {
                return;
            }
        }
        out.add(finding(ctx, total, parts, NOT, Severity.ERROR));
    }

    /**
     * "Of the €2 billion it plans to invest, €1.2 billion is earmarked for cables and €0.9 billion for
     * substations", "Of that, ¥250 billion will go to Osaka": parts taken out of a total named first in the
     * sentence, or referred back to in the sentence before (its largest amount in the parts' currency). The
     * parts named may be only some of the total, so they must not add up to more than it.
     */
    private void ofTheTotal(Context ctx, int s, List<Mention> money, List<Finding> out) {
        String lead = ctx.lower(ctx.sentenceSpan(s).start(), money.get(0).start());
        Mention total;
        int firstPart;
        if (OF_THE.matcher(lead).matches()) {
            total = money.get(0);
            firstPart = 1;
        } else if (OF_THAT.matcher(lead).matches() && s > 0 && !ctx.isFurniture(s - 1)) {
            total = largest(ctx, s - 1, money.get(0).money().currency());
            firstPart = 0;
        } else {
            return;
        }
        if (total == null || firstPart >= money.size() || (firstPart == 1
                && ctx.lower(total.end(), money.get(firstPart).start()).length() > MAX_CUE_GAP)) {
            return;
        }
        List<Mention> parts = chain(ctx, money, firstPart, +1, total.money().currency());
        if (parts.isEmpty()) {
            return;
        }
        if (!holds(total, parts, true)) {
            out.add(finding(ctx, total, parts, MORE, Severity.ERROR));
        } else if (parts.size() >= 2 && nearlyAll(total, parts, false) && !remainderTold(ctx, s)) {
            out.add(finding(ctx, total, parts, SHORT, Severity.WARNING));
        }
    }

    /**
     * "Revenue rose to €1.24 billion. Its metrology segment contributed €710 million, services brought in
     * €330 million and its small optics business added €160 million": two or more amounts, each with a verb
     * of contribution, break down the largest amount of the sentence before. Such a list need not be
     * complete, so only a near miss is flagged: parts that come within a tenth of the total, over or under,
     * without matching it are a figure gone wrong, while a sum far off speaks of something else.
     */
    private void contributions(Context ctx, int s, List<Mention> money, List<Finding> out) {
        if (money.size() < 2 || ctx.isFurniture(s - 1)) {
            return;
        }
        List<Mention> parts = chain(ctx, money, 0, +1, money.get(0).money().currency());
        if (parts.size() < 2 || parts.size() != money.size()) {
            return;
        }
        int from = ctx.sentenceSpan(s).start();
        for (Mention p : parts) {
            if (!CONTRIBUTED.matcher(ctx.lower(from, p.start())).find()) {
                return;
            }
            from = p.end();
        }
        Mention total = largest(ctx, s - 1, parts.get(0).money().currency());
        if (total == null || parts.stream().anyMatch(p -> p.money().amount().compareTo(total.money().amount()) >= 0)
                || holds(total, parts, false) || !nearlyAll(total, parts, true) || remainderTold(ctx, s)) {
            return;
        }
        Bounds sum = sum(parts);
        boolean over = sum.lo() != null && Amounts.of(total).hi() != null && sum.lo().compareTo(Amounts.of(total).hi()) > 0;
        out.add(finding(ctx, total, parts, over ? NOT : SHORT, Severity.WARNING));
    }

    private static final String COUNT = "(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])";
    /** "The round was split among four investors": a total told just before, shared out over a counted list. */
    private static final Pattern SPLIT_COUNT = Pattern.compile("\\b(?:split|divided|shared|spread|allocated)\\s+"
            + "(?:between|among|across|into)\\s+" + COUNT + "\\s+[a-z-]+");
    /**
     * "Nordhaven reports its business in three segments", "Life sciences, the largest of Castellan's three
     * divisions, ...": a company's revenue, told before, broken down.
     */
    private static final Pattern SEGMENT_COUNT = Pattern.compile("\\b" + COUNT
            + "\\s+(?:business\\s+|operating\\s+|reporting\\s+|main\\s+)?(?:segments|divisions|business units)\\b");
    /** Just after an amount: it is a profit, not revenue ("contributed $1.2 billion of operating profit"). */
    private static final Pattern PROFIT_AFTER = Pattern.compile("^\\s*(of|in)\\s+(operating\\s+|net\\s+|pre-tax\\s+"
            + "|adjusted\\s+)?(profit|income|earnings|ebitda|margin|loss)");
    /** Just before a segment's amount: the verb or noun that makes it the segment's revenue. */
    private static final Pattern SEGMENT_PART = Pattern.compile("\\b(contribut(ed|es|ing)|brought in|brings in|added|adds"
            + "|accounted for|accounts for|generated|generates|earned|took in|takes in|posted|reported|had|booked"
            + "|delivered|(revenue|sales|turnover) (of|was|were|rose to|fell to|grew to))\\s+((revenue|sales|turnover)"
            + "\\s+of\\s+)?(about\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+)?$");
    /** What the revenue a breakdown adds up to is called. */
    private static final Pattern REVENUE = Pattern.compile("\\b(revenue|revenues|sales|turnover)\\b");
    /** Just before an amount: a figure of another period or an estimate, not the one stated. */
    private static final Pattern OTHER_FIGURE = Pattern.compile("\\b(from|versus|vs|compared with|compared to|than"
            + "|expected|estimated|forecast|consensus|at)\\s+(about\\s+|roughly\\s+|some\\s+|nearly\\s+)?$");
    /** How many sentences back the revenue a segment breakdown adds up to may be told. */
    private static final int REVENUE_LOOKBACK = 4;

    /**
     * A sentence with no amount that says how many parts a total has, followed by exactly that many amounts:
     * "... has raised $500 million in a Series C round. The round was split among four investors. [four
     * amounts]" and "Revenue rose 14% to $10.4 billion ... Nordhaven reports its business in three segments.
     * [one sentence and one amount per segment]". The count says the list is complete, so the parts must
     * add up to the total. The total is the first amount of the sentence before (a valuation passed over) for
     * a split, the stated revenue of the nearest sentence about revenue for segments.
     */
    private void countedParts(Context ctx, int s, List<Mention> money, List<Finding> out) {
        Span span = ctx.sentenceSpan(s);
        String text = ctx.lower(span.start(), span.end());
        Matcher split = SPLIT_COUNT.matcher(text);
        Matcher segments = SEGMENT_COUNT.matcher(text);
        boolean isSplit = money.isEmpty() && split.find() && BACK_REFERENCE.matcher(text).find();
        boolean isSegments = !isSplit && segments.find();
        if (!isSplit && !isSegments) {
            return;
        }
        int count = count(isSplit ? split.group(1) : segments.group(1));
        // a split's parts follow its sentence; a segment list may begin in the sentence that counts it
        int from = isSplit ? span.end() : span.start() + segments.end();
        List<Mention> parts = countedAmounts(ctx, s, from, count, isSegments);
        if (parts == null) {
            return;
        }
        String currency = parts.get(0).money().currency();
        Mention total = isSplit ? statedAmount(ctx, s - 1, currency, false) : revenueBefore(ctx, s, currency);
        if (total == null || total.money().amount().compareTo(parts.get(0).money().amount()) <= 0
                || holds(total, parts, false)) {
            return;
        }
        out.add(finding(ctx, total, parts, NOT, Severity.ERROR));
    }

    /** After a total, how many parts it came in: "from a three-part bond sale", "in four tranches". */
    private static final Pattern TRANCHE_COUNT = Pattern.compile("\\b(two|three|four|five|six)[- ](part|tranche|pronged)\\b"
            + "|\\bin (two|three|four|five|six) (tranches|parts|instalments|installments)\\b");

    /**
     * A total said to come in a counted number of parts, the parts listed in the next sentence: "raised 3
     * billion euros from a three-part bond sale. [It] sold 1.25 billion euros of four-year notes, 1 billion euros
     * of eight-year bonds and 750 million euros of 12-year bonds." The count says the list is complete, so the
     * parts must add up to the total.
     */
    private void trancheList(Context ctx, int s, List<Mention> money, List<Finding> out) {
        for (Mention total : money) {
            Matcher count = TRANCHE_COUNT.matcher(ctx.lower(total.end(), total.end() + 60));
            if (!count.find() || SameEvent.unit(ctx, total).length() > 0) {
                continue;
            }
            String word = count.group(1) != null ? count.group(1) : count.group(3);
            if (ctx.isFurniture(s + 1)) {
                return;
            }
            List<Mention> parts = countedAmounts(ctx, s + 1, ctx.sentenceSpan(s + 1).start(), count(word), false);
            if (parts == null || !parts.stream().allMatch(p -> p.money().currency().equals(total.money().currency()))
                    || total.money().amount().compareTo(parts.get(0).money().amount()) <= 0 || holds(total, parts, false)) {
                return;
            }
            out.add(finding(ctx, total, parts, NOT, Severity.ERROR));
            return;
        }
    }

    /** What a part of a price is paid in: "$900 million in cash and $400 million in its own shares". */
    private static final Pattern PAID_IN = Pattern.compile("^\\s*in\\s+(?:(?:its|their|the buyer's|[a-z]+'s)\\s+)?"
            + "(?:own\\s+|new\\s+|common\\s+|assumed\\s+)?(cash|(?:[a-z-]+\\s+)?(?:stock|shares|equity)|debt|notes)\\b");
    /** Before an amount that says how part of a price is paid for: "funded from its balance sheet and a new". */
    private static final Pattern FUNDING_BEFORE = Pattern.compile("\\b(funded|financed|paid for|backed)\\s+(from|by|with|through)\\b");
    /** Words that leave part of a price out of the list: payments that depend on something, or come on top. */
    private static final Pattern CONTINGENT = Pattern.compile("\\b(plus|up to|milestones?|earn-?outs?|contingent"
            + "|royalt(y|ies)|in addition|on top|as much as|deferred)\\b");
    /** Just before a deal's amount: "for $1.4 billion", "valued at", "worth", "a $1.4 billion deal". */
    private static final Pattern DEAL_AMOUNT = Pattern.compile("\\b(for|worth|valued at|valuing \\w+ at|value of"
            + "|price of|totall?ing|total of)\\s+(about\\s+|roughly\\s+|some\\s+|nearly\\s+|around\\s+)?$");
    /** A price that counts debt is not the sum of what the shareholders get. */
    private static final Pattern COUNTS_DEBT = Pattern.compile("\\b(including debt|including net debt|enterprise value"
            + "|with debt)\\b");
    /** How many sentences back the price a cash-and-shares split breaks down may be told. */
    private static final int PRICE_LOOKBACK = 3;

    /**
     * A price paid partly in cash and partly in shares ("Ferro will pay $900 million in cash and $400 million
     * in its own shares"): the parts, each said to be paid in something, make the whole price, so they must add
     * up to the price of the deal told in that sentence or the three before ("sold its battery unit to Ferro
     * for $1.4 billion"): the nearest amount of the currency after "for", "worth", "valued at" and the like.
     * Lists with a payment that depends on something or comes on top (milestones, "plus", "up to") are left
     * alone, as are prices that count debt.
     */
    private void consideration(Context ctx, int s, List<Mention> money, List<Finding> out) {
        for (int i = 0; i + 1 < money.size(); i++) {
            List<Mention> parts = chain(ctx, money, i, +1, money.get(i).money().currency());
            if (parts.size() >= 3 && paidIn(ctx, parts.get(0)) && paidIn(ctx, parts.get(parts.size() - 1))) {
                // "A$3.8 billion in cash, funded from its balance sheet and a new A$2 billion term loan, and A$1.9
                // billion in new shares": an amount that says how the cash is raised is no part of the price
                List<Mention> kept = new ArrayList<>();
                for (Mention p : parts) {
                    if (paidIn(ctx, p)) {
                        kept.add(p);
                    } else if (!FUNDING_BEFORE.matcher(ctx.lower(p.start() - 50, p.start())).find()) {
                        kept = null;
                        break;
                    }
                }
                if (kept != null) {
                    parts = kept;
                }
            }
            if (parts.size() < 2 || !parts.stream().allMatch(p -> paidIn(ctx, p))) {
                continue;
            }
            Span span = ctx.sentenceSpan(s);
            if (CONTINGENT.matcher(ctx.lower(span.start(), span.end())).find()) {
                return;
            }
            for (Mention m : money) {
                if (m.start() < parts.get(0).start() && !SameEvent.unit(ctx, m).isEmpty()) {
                    return; // "$41.50 per share, made up of $29.00 in cash and $12.50 in stock": a price per share
                }
            }
            Mention total = dealPrice(ctx, s, parts.get(0));
            if (total == null && REFERS_TO_PRICE.matcher(ctx.lower(span.start(), parts.get(0).start())).find()) {
                total = ledePrice(ctx, s, parts.get(0));
            }
            if (total != null && total.money().amount().compareTo(parts.get(0).money().amount()) > 0
                    && sum(parts).hi() != null
                    && sum(parts).hi().multiply(BigDecimal.TEN).compareTo(total.money().amount()) > 0
                    && !holds(total, parts, false)) {
                out.add(finding(ctx, total, parts, NOT, Severity.ERROR));
            }
            return;
        }
    }

    private static boolean paidIn(Context ctx, Mention m) {
        return PAID_IN.matcher(ctx.lower(m.end(), m.end() + 40)).lookingAt();
    }

    /** Before a price's parts, words that point back at the price: "the consideration would consist of". */
    private static final Pattern REFERS_TO_PRICE = Pattern.compile("\\bthe\\s+(consideration|purchase price|takeover price"
            + "|price|offer|deal|transaction|acquisition|takeover)\\b");

    /** The deal's price told in the lede, when the parts' sentence points back at it from further on. */
    private static Mention ledePrice(Context ctx, int s, Mention first) {
        for (int k = 0; k < s; k++) {
            if (ctx.isLede(k)) {
                Span span = ctx.sentenceSpan(k);
                if (COUNTS_DEBT.matcher(ctx.lower(span.start(), span.end())).find()
                        || CONTINGENT.matcher(ctx.lower(span.start(), span.end())).find()) {
                    return null;
                }
                Mention price = null;
                for (Mention m : ctx.mentions(k, MentionType.MONEY)) {
                    if (m.money().currency().equals(first.money().currency()) && !paidIn(ctx, m)
                            && SameEvent.unit(ctx, m).isEmpty()
                            && DEAL_AMOUNT.matcher(ctx.lower(m.start() - 30, m.start())).find()) {
                        if (price != null) {
                            return null; // two prices in the lede: which one is meant is not clear
                        }
                        price = m;
                    }
                }
                return price;
            }
        }
        return null;
    }

    /** The deal's price, told before {@code first} in its sentence or in the sentences just before. */
    private static Mention dealPrice(Context ctx, int s, Mention first) {
        String currency = first.money().currency();
        for (int k = s; k >= Math.max(0, s - PRICE_LOOKBACK); k--) {
            if (ctx.isFurniture(k)) {
                continue;
            }
            Span span = ctx.sentenceSpan(k);
            if (COUNTS_DEBT.matcher(ctx.lower(span.start(), span.end())).find()) {
                return null;
            }
            if (k < s && CONTINGENT.matcher(ctx.lower(span.start(), span.end())).find()) {
                return null; // "for $1.4 billion plus up to $200 million": the price told has parts of its own
            }
            List<Mention> here = ctx.mentions(k, MentionType.MONEY);
            for (int j = here.size() - 1; j >= 0; j--) {
                Mention m = here.get(j);
                if (m.start() < first.start() && m.money().currency().equals(currency) && !paidIn(ctx, m)
                        && SameEvent.unit(ctx, m).isEmpty()
                        && DEAL_AMOUNT.matcher(ctx.lower(m.start() - 30, m.start())).find()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Just before a deal's headline value: "a deal worth up to $1.9bn", "valued at up to". */
    private static final Pattern HEADLINE_VALUE = Pattern.compile("\\b(worth|valued at|value of|total of|totall?ing)"
            + "\\s+(up to|as much as)\\s+$");
    /** After a payment that is part of a licensing deal's value: paid up front, or a milestone. */
    private static final Pattern UPFRONT_AFTER = Pattern.compile("^\\s*(upfront|up front|up-front|in upfront|in an upfront"
            + "|as an upfront|on signing)\\b");
    private static final Pattern MILESTONE_AFTER = Pattern.compile("^\\s*in\\s+(?:[\\w-]+,?\\s+(?:and\\s+)?){0,5}?"
            + "milestones?(\\s+payments)?\\b"
            + "|^\\s*(tied to|linked to|contingent (on|upon)|payable (on|upon)|dependent on|on (reaching|achieving|hitting|meeting)"
            + "|for (reaching|achieving|hitting|meeting))\\s");

    /**
     * A licensing deal's headline value and its breakdown: "a deal worth up to $1.9bn ... will pay $150 million
     * upfront ... up to $400 million in development and regulatory milestones and up to $1.2bn in sales-based
     * milestones": the upfront payment (also when told before the value in its sentence, "will pay $85 million
     * upfront ... in a deal worth up to $1.2 billion") and the milestones ("in sales-based milestones", "tied to
     * regulatory approvals"), told in the same sentence or the three after, make the headline value, so their
     * stated sum must equal it (each figure's rounding allowed). A warning, since a
     * headline may count payments the article does not list.
     */
    private void milestonePlan(Context ctx, int s, List<Mention> money, List<Finding> out) {
        for (Mention total : money) {
            if (!HEADLINE_VALUE.matcher(ctx.lower(total.start() - 24, total.start())).find()) {
                continue;
            }
            String currency = total.money().currency();
            List<Mention> parts = new ArrayList<>();
            boolean upfront = false;
            boolean milestone = false;
            for (int k = s; k <= Math.min(ctx.sentenceCount() - 1, s + 3); k++) {
                for (Mention m : ctx.mentions(k, MentionType.MONEY)) {
                    if (m.start() < total.start() && m.money().currency().equals(currency)
                            && UPFRONT_AFTER.matcher(ctx.lower(m.end(), m.end() + 60)).lookingAt()) {
                        // "will pay $85 million upfront ... in a deal worth up to $1.2 billion"
                        parts.add(m);
                        upfront = true;
                        continue;
                    }
                    if (m.start() <= total.start() || !m.money().currency().equals(currency)) {
                        continue;
                    }
                    String after = ctx.lower(m.end(), m.end() + 60);
                    boolean u = UPFRONT_AFTER.matcher(after).lookingAt();
                    boolean ms = MILESTONE_AFTER.matcher(after).lookingAt();
                    if (u || ms) {
                        parts.add(m);
                        upfront |= u;
                        milestone |= ms;
                    } else if (!parts.isEmpty()) {
                        return; // another figure inside the list: not clearly a breakdown
                    }
                }
            }
            if (!upfront || !milestone || parts.size() < 2) {
                return;
            }
            BigDecimal sum = stated(parts);
            BigDecimal slack = Amounts.halfUnit(total.text(), total.money().amount());
            for (Mention p : parts) {
                slack = slack.add(Amounts.halfUnit(p.text(), p.money().amount()));
            }
            if (sum.subtract(total.money().amount()).abs().compareTo(slack) > 0) {
                out.add(finding(ctx, total, parts, NOT, Severity.WARNING));
            }
            return;
        }
    }

    private static int count(String word) {
        List<String> words = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
        int i = words.indexOf(word);
        return i >= 0 ? i + 2 : Integer.parseInt(word);
    }

    /**
     * Exactly {@code count} stated amounts of one currency from offset {@code from} in sentence {@code s} on,
     * sentence by sentence, ending with a sentence's last one; null when the sentences hold more or fewer,
     * another currency, or a price per unit. With {@code segments}, each must be told as a segment's revenue
     * ("posted revenue of", "contributed", "brought in").
     */
    private static List<Mention> countedAmounts(Context ctx, int s, int from, int count, boolean segments) {
        List<Mention> parts = new ArrayList<>();
        for (int k = s; k < ctx.sentenceCount() && parts.size() < count && !ctx.isFurniture(k); k++) {
            List<Mention> here = new ArrayList<>();
            for (Mention m : ctx.mentions(k, MentionType.MONEY)) {
                String before = ctx.lower(m.start() - 30, m.start());
                if (m.start() >= from && !OTHER_FIGURE.matcher(before).find()) {
                    if (segments && (!SEGMENT_PART.matcher(before).find()
                            || PROFIT_AFTER.matcher(ctx.lower(m.end(), m.end() + 40)).find())) {
                        return null;
                    }
                    here.add(m);
                }
            }
            if (here.isEmpty() && k > s) {
                return null;
            }
            parts.addAll(here);
        }
        if (parts.size() != count) {
            return null;
        }
        String currency = parts.get(0).money().currency();
        for (Mention p : parts) {
            if (!p.money().currency().equals(currency) || !SameEvent.unit(ctx, p).isEmpty()) {
                return null;
            }
        }
        return parts;
    }

    /**
     * The first amount of sentence {@code s} in {@code currency} that states the figure itself: not one of
     * another period or an estimate, and not a valuation ("values it at $4.2 billion").
     */
    private static Mention statedAmount(Context ctx, int s, String currency, boolean revenue) {
        if (s < 0 || ctx.isFurniture(s)) {
            return null;
        }
        for (Mention m : ctx.mentions(s, MentionType.MONEY)) {
            String before = ctx.lower(m.start() - 30, m.start());
            if (m.money().currency().equals(currency) && !OTHER_FIGURE.matcher(before).find()
                    && !SameEvent.valuationAmount(ctx, m)) {
                if (!revenue || REVENUE.matcher(ctx.lower(ctx.sentenceSpan(s).start(), m.start())).find()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The stated revenue of the nearest of the sentences before {@code s} that speaks of revenue. */
    private static Mention revenueBefore(Context ctx, int s, String currency) {
        for (int k = s - 1; k >= Math.max(0, s - REVENUE_LOOKBACK); k--) {
            Mention m = statedAmount(ctx, k, currency, true);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Just before the last part of a list: it is the rest of the total, so the list is all of it. */
    private static final Pattern REST_BEFORE = Pattern.compile("\\b(the remaining|the rest of the|the balance of"
            + "|the other)\\s+(about\\s+|roughly\\s+|some\\s+)?$");
    /** Just before an investor's part: the verb that puts it in. */
    private static final Pattern PUT_IN = Pattern.compile("\\b(contribut(ed|es|ing)|invested|invests|put in|puts in"
            + "|put up|puts up|provided|provides|committed|commits|chipped in|added|adds|came from|comes from"
            + "|supplied|pledged|wrote a check for|(share|portion|part) of)\\b[^.;$€£¥₹]{0,25}$");
    /** Before a round's total: it is money raised. */
    private static final Pattern RAISED_BEFORE = Pattern.compile("\\b(raised|raises|raising|raise|secured|closed"
            + "|round of|funding of|financing of|injection of)\\b[^.;$€£¥₹]{0,30}$");
    /** How many sentences before the rest the total and the other parts may be told. */
    private static final int REST_LOOKBACK = 3;

    /**
     * Investors' parts of money raised, closed by the rest: "... said it had raised $500 million in a Series C
     * round that values it at $4.5 billion. The round was led by Lightspeed, which contributed $200 million.
     * Nvidia invested $150 million, and Salesforce Ventures put in the remaining $100 million." The rest says
     * the list is all of the total, so the parts must add up to it. Every amount between the total and the
     * rest, but for a valuation, must be told as put in; else the list is not clearly the total's.
     */
    private void remainderCloses(Context ctx, int s, List<Mention> money, List<Finding> out) {
        Mention rest = null;
        for (Mention m : money) {
            if (REST_BEFORE.matcher(ctx.lower(m.start() - 30, m.start())).find()) {
                rest = m;
            }
        }
        if (rest == null) {
            return;
        }
        String currency = rest.money().currency();
        List<Mention> before = new ArrayList<>();
        for (int k = Math.max(0, s - REST_LOOKBACK); k <= s; k++) {
            if (ctx.isFurniture(k)) {
                continue;
            }
            for (Mention m : ctx.mentions(k, MentionType.MONEY)) {
                if (m.start() < rest.start() && m.money().currency().equals(currency)) {
                    before.add(m);
                }
            }
        }
        int totalAt = -1;
        for (int i = before.size() - 1; i >= 0; i--) {
            if (RAISED_BEFORE.matcher(ctx.lower(before.get(i).start() - 40, before.get(i).start())).find()) {
                totalAt = i;
                break;
            }
        }
        if (totalAt < 0) {
            return;
        }
        Mention total = before.get(totalAt);
        List<Mention> parts = new ArrayList<>();
        for (Mention m : before.subList(totalAt + 1, before.size())) {
            if (SameEvent.valuationAmount(ctx, m)) {
                continue;
            }
            if (!PUT_IN.matcher(ctx.lower(m.start() - 40, m.start())).find()) {
                return;
            }
            parts.add(m);
        }
        parts.add(rest);
        if (parts.size() < 2 || holds(total, parts, false)) {
            return;
        }
        out.add(finding(ctx, total, parts, NOT, Severity.ERROR));
    }

    /** A verb that gives a part's share of a total, just before the amount. */
    private static final Pattern CONTRIBUTED = Pattern.compile("\\b(contribut(ed|es|ing)|brought in|brings in|bringing in"
            + "|added|adds|accounted for|accounts for|generated|generates|made up|makes up|came from|comes from"
            + "|earned|took in|takes in)\\s+(about\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+)?$");
    /** Words that say some of the total is told elsewhere or left out on purpose. */
    private static final Pattern REMAINDER = Pattern.compile("\\b(rest|remainder|remaining|balance|other|others"
            + "|among|such as|including|includes|also|mainly|mostly|largely|chiefly|bulk)\\b");
    /** Parts that cover at least this share of the total without reaching it are taken as meant to be all of it. */
    private static final BigDecimal NEARLY = new BigDecimal("0.9");
    private static final BigDecimal BARELY_OVER = new BigDecimal("1.1");

    /** The parts' sum lies within a tenth under the total ({@code orOver}: or over it). */
    private static boolean nearlyAll(Mention total, List<Mention> parts, boolean orOver) {
        for (Mention p : parts) {
            if (p.money().qualifier() != Qualifier.EXACT && p.money().qualifier() != Qualifier.APPROX) {
                return false;
            }
        }
        BigDecimal sum = stated(parts);
        BigDecimal t = total.money().amount();
        if (total.money().qualifier() != Qualifier.EXACT && total.money().qualifier() != Qualifier.APPROX) {
            return false;
        }
        return sum.compareTo(t.multiply(NEARLY)) >= 0 && (sum.compareTo(t) < 0 || (orOver && sum.compareTo(t.multiply(BARELY_OVER)) <= 0));
    }

    /** Whether the parts' sentence or the next one speaks of a remainder or of parts named elsewhere. */
    private static boolean remainderTold(Context ctx, int s) {
        Span here = ctx.sentenceSpan(s);
        int end = s + 1 < ctx.sentenceCount() ? ctx.sentenceSpan(s + 1).end() : here.end();
        return REMAINDER.matcher(ctx.lower(here.start(), end)).find();
    }

    /** The bounds of the parts' sum, each part's rounding and qualifier counted. */
    private static Bounds sum(List<Mention> parts) {
        Bounds sum = new Bounds(BigDecimal.ZERO, BigDecimal.ZERO);
        for (Mention p : parts) {
            sum = sum.plus(Amounts.of(p));
        }
        return sum;
    }

    /** The sum of the parts' amounts as stated. */
    private static BigDecimal stated(List<Mention> parts) {
        return parts.stream().map(p -> p.money().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static final Pattern OF_THE = Pattern.compile("\\W*of\\s+(the|its|their|this|that)\\s+");
    private static final Pattern OF_THAT = Pattern.compile("\\W*of\\s+(that|this|it|this sum|that sum|the total|"
            + "the money|the sum|the amount)\\s*,\\s*(?:[a-z]+\\s+){0,3}?");

    /** The largest amount in {@code currency} of sentence {@code s}: the total a later sentence refers back to. */
    private static Mention largest(Context ctx, int s, String currency) {
        Mention total = null;
        for (Mention m : ctx.mentions(s, MentionType.MONEY)) {
            if (m.money().currency().equals(currency)
                    && (total == null || m.money().amount().compareTo(total.money().amount()) > 0)) {
                total = m;
            }
        }
        return total;
    }

    /** money[i] is a total preceded by its parts and a total cue. */
    private void partsFirst(Context ctx, List<Mention> money, int i, List<Finding> out) {
        if (i < 2) {
            return;
        }
        Mention total = money.get(i);
        String gap = ctx.lower(money.get(i - 1).end(), total.start());
        if (!TOTAL_CUE.matcher(gap).find() || gap.length() > MAX_CUE_GAP) {
            return;
        }
        List<Mention> parts = chain(ctx, money, i - 1, -1, total.money().currency());
        if (parts.size() < 2) {
            return;
        }
        for (int n = 2; n <= parts.size(); n++) {
            if (holds(total, parts.subList(parts.size() - n, parts.size()), false)) {
                return;
            }
        }
        out.add(finding(ctx, total, parts, NOT, Severity.ERROR));
    }

    /** The run of list-joined mentions starting at {@code from} and going in {@code step}, in body order. */
    private static List<Mention> chain(Context ctx, List<Mention> money, int from, int step, String currency) {
        List<Mention> run = new ArrayList<>();
        int k = from;
        while (k >= 0 && k < money.size() && money.get(k).money().currency().equals(currency)) {
            run.add(money.get(k));
            int next = k + step;
            if (next < 0 || next >= money.size()) {
                break;
            }
            Mention left = step > 0 ? money.get(k) : money.get(next);
            Mention right = step > 0 ? money.get(next) : money.get(k);
            String gap = ctx.lower(left.end(), right.start());
            if (gap.length() > MAX_JOIN_GAP || !JOINER.matcher(gap).find() || BREAK.matcher(gap).find()
                    || WHOLE_CUE.matcher(gap).find() || SUBSET_CUE.matcher(gap).find()
                    || TOTAL_CUE.matcher(gap).find()) {
                break;
            }
            k = next;
        }
        if (step < 0) {
            Collections.reverse(run);
        }
        return run;
    }

    private static boolean holds(Mention total, List<Mention> parts, boolean subset) {
        Bounds sum = sum(parts);
        boolean exactParts = parts.stream().allMatch(p -> p.money().qualifier() == Qualifier.EXACT);
        Bounds whole = Amounts.of(total);
        if (total.money().qualifier() == Qualifier.UP_TO && exactParts) {
            BigDecimal half = Amounts.halfUnit(total.text(), total.money().amount());
            whole = new Bounds(total.money().amount().subtract(half), total.money().amount().add(half));
        }
        if (subset) {
            return sum.lo() == null || whole.hi() == null || sum.lo().compareTo(whole.hi()) <= 0;
        }
        return sum.overlaps(whole);
    }

    /** Messages: the parts, their sum, the total. */
    private static final String NOT = "The parts %s add up to %s, not the stated total %s.";
    private static final String MORE = "The parts %s add up to %s, more than the stated total %s.";
    private static final String SHORT = "The parts %s add up to %s, short of the stated total %s, and nothing is said "
            + "of the rest.";

    private Finding finding(Context ctx, Mention total, List<Mention> parts, String format, Severity severity) {
        String message = String.format(Locale.ROOT, format, listed(parts),
                Amounts.spell(stated(parts), total.money().currency()), Amounts.quote(total));
        List<Span> spans = spans(total, parts);
        return new Finding(FindingType.SUM_MISMATCH, severity, message, spans, ctx.claimsCovering(spans), name());
    }

    /** "“$1 billion”, “$2 billion” and “$3 billion”". */
    private static String listed(List<Mention> parts) {
        StringBuilder listed = new StringBuilder();
        for (int k = 0; k < parts.size(); k++) {
            listed.append(k == 0 ? "" : k == parts.size() - 1 ? " and " : ", ").append(Amounts.quote(parts.get(k)));
        }
        return listed.toString();
    }

    /** The total's span, then the parts'. */
    private static List<Span> spans(Mention total, List<Mention> parts) {
        List<Span> spans = new ArrayList<>();
        spans.add(total.span());
        parts.forEach(p -> spans.add(p.span()));
        return spans;
    }
}
