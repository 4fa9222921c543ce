package org.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * DATE_CONFLICT and AMOUNT_CONFLICT for a statement made twice: two claims in different sentences with the
 * same predicate lemma and the same parties, whose sentences share most of their words (the evidence that
 * one restates the other, which {@link DateConflictRule} and {@link AmountConflictRule} otherwise need from
 * a shared figure or a second party), and which differ in exactly one value: the date (amounts agreeing or
 * absent) or the amount (dates agreeing or absent). Words of repetition ("another", "additional", "again",
 * "each", "per") make two events, and are left alone.
 */
public final class RestatementRule implements Rule {

    /** The least share of words two sentences must have in common (Jaccard, over words of 3+ letters). */
    static final double MIN_SHARED = 0.6;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]{2,}");
    private static final Set<String> IGNORED = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "billion", "million", "trillion", "the", "and");
    private static final Pattern REPEATED = Pattern.compile("\\b(another|additional|further|second|third|again|each"
            + "|every|per|annual|annually|yearly|quarterly|monthly|more|new|latest|previous|earlier|later|next)\\b");

    @Override
    public String name() {
        return "RESTATEMENT";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        List<Claim> claims = ctx.claims().stream().filter(c -> SameEvent.usable(c) && !c.parties().isEmpty()).toList();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.sentence() == b.sentence() || !a.lemma().equals(b.lemma()) || !SameEvent.sameStance(a, b)
                        || !SameEvent.sameSource(a, b)
                        || !SameEvent.names(a.parties()).equals(SameEvent.names(b.parties()))
                        || repeated(ctx, a) || repeated(ctx, b) || shared(ctx, a.sentence(), b.sentence()) < MIN_SHARED) {
                    continue;
                }
                Finding f = dateDiffers(ctx, a, b);
                if (f == null) {
                    f = amountDiffers(ctx, a, b);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private Finding dateDiffers(Context ctx, Claim a, Claim b) {
        if (!SameEvent.explicitTime(a) || !SameEvent.explicitTime(b) || a.time().value().overlaps(b.time().value())
                || (!a.money().isEmpty() && !b.money().isEmpty() && !SameEvent.moneyAgrees(ctx, a, b))) {
            return null;
        }
        Mention x = ctx.mention(a.time().mention());
        Mention y = ctx.mention(b.time().mention());
        String message = String.format(Locale.ROOT, "The statement that %s %s is made twice, dated \"%s\" and \"%s\".",
                SameEvent.partyList(a), a.lemma(), x.text(), y.text());
        return new Finding(FindingType.DATE_CONFLICT, Severity.WARNING, message, List.of(x.span(), y.span()),
                List.of(a.id(), b.id()), name());
    }

    private Finding amountDiffers(Context ctx, Claim a, Claim b) {
        if (SameEvent.resolvedTime(a) && SameEvent.resolvedTime(b) && !a.time().value().overlaps(b.time().value())) {
            return null;
        }
        Mention[] pair = SameEvent.moneyConflict(ctx, a, b);
        if (pair == null) {
            return null;
        }
        String message = String.format(Locale.ROOT, "The statement that %s %s is made twice, with %s and with %s.",
                SameEvent.partyList(a), a.lemma(), Amounts.quote(pair[0]), Amounts.quote(pair[1]));
        return new Finding(FindingType.AMOUNT_CONFLICT, Severity.WARNING, message, List.of(pair[0].span(), pair[1].span()),
                List.of(a.id(), b.id()), name());
    }

    private static boolean repeated(Context ctx, Claim c) {
        Span s = c.span();
        return REPEATED.matcher(ctx.lower(s.start(), s.end())).find();
    }

    /** Jaccard overlap of the two sentences' words. */
    static double shared(Context ctx, int s, int t) {
        Set<String> x = words(ctx, s);
        Set<String> y = words(ctx, t);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new TreeSet<>(x);
        both.retainAll(y);
        Set<String> either = new TreeSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    private static Set<String> words(Context ctx, int s) {
        Span span = ctx.sentenceSpan(s);
        Matcher m = WORD.matcher(ctx.lower(span.start(), span.end()));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            if (!IGNORED.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
