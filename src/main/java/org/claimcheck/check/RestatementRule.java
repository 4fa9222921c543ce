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
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * DATE_CONFLICT and AMOUNT_CONFLICT for a statement made twice: two claims in different sentences with the
 * same predicate lemma and the same parties, whose sentences share most of their words (the evidence that
 * one restates the other, which {@link DateConflictRule} and {@link AmountConflictRule} otherwise need from
 * a shared figure or a second party), and which differ in exactly one value: the date (amounts agreeing or
 * absent) or the amount (dates agreeing or absent). Words of repetition ("another", "additional", "again",
 * "each", "per") make two events, and are left alone, unless both sentences carry them and one is a near copy of
 * the other. A sentence given twice word for word but for one amount or date is flagged too, whatever
 * claims were read from it.
 */
public final class RestatementRule implements Rule {

    /** The least share of words two sentences must have in common (Jaccard, over words of 3+ letters). */
    static final double MIN_SHARED = 0.6;
    /**
     * From this share on, one sentence is a near copy of the other: the stance the extractor read (a changed
     * year can turn "finished in 2024" into a forecast), the source it resolved ("the cloud unit says") and
     * words of repetition that both carry ("a new fund") no longer tell two events apart.
     */
    static final double VERBATIM = 0.85;
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]{2,}");
    private static final Set<String> IGNORED = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "billion", "million", "trillion", "the", "and");
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
                if (a.sentence() == b.sentence() || !a.lemma().equals(b.lemma())) {
                    continue;
                }
                double shared = shared(ctx, a.sentence(), b.sentence());
                boolean verbatim = shared >= VERBATIM;
                if (!verbatim && !SameEvent.sameSource(a, b)) {
                    continue;
                }
                boolean repeatsA = SameEvent.repeats(ctx, a);
                if (shared < MIN_SHARED || !sameParties(ctx, a, b) || repeatsA != SameEvent.repeats(ctx, b)
                        || (!verbatim && (repeatsA || !SameEvent.sameStance(a, b)))) {
                    continue;
                }
                Finding f = verbatim ? copiedDateDiffers(ctx, a, b) : null;
                if (f == null) {
                    f = dateDiffers(ctx, a, b);
                }
                if (f == null) {
                    f = amountDiffers(ctx, a, b, verbatim);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        for (Finding copy : copies(ctx)) {
            if (out.stream().noneMatch(f -> f.type() == copy.type() && f.spans().equals(copy.spans()))) {
                out.add(copy);
            }
        }
        return out;
    }

    /** A sentence this long or longer (values masked) is no formula that an article may well repeat. */
    static final int MIN_COPY_CHARS = 40;
    private static final List<MentionType> VALUE_TYPES = List.of(MentionType.MONEY, MentionType.DATE,
            MentionType.PERCENT, MentionType.DURATION);

    /**
     * A sentence given twice, word for word but for one value, whatever the extractor made of it (a
     * pasted paragraph whose pronouns no longer resolve still contradicts the original): its amounts and
     * dates paired in order, exactly one pair disagrees, and every other value is the same.
     */
    private List<Finding> copies(Context ctx) {
        int n = ctx.sentenceCount();
        String[] masked = new String[n];
        for (int s = 0; s < n; s++) {
            masked[s] = ctx.isFurniture(s) ? null : masked(ctx, s);
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (masked[i] == null || masked[i].length() < MIN_COPY_CHARS || !masked[i].equals(masked[j])) {
                    continue;
                }
                Mention[] differing = null;
                boolean more = false;
                for (MentionType type : VALUE_TYPES) {
                    List<Mention> x = ctx.mentions(i, type);
                    List<Mention> y = ctx.mentions(j, type);
                    for (int k = 0; k < x.size(); k++) {
                        if (differ(x.get(k), y.get(k))) {
                            more |= differing != null;
                            differing = new Mention[] {x.get(k), y.get(k)};
                        }
                    }
                }
                if (differing == null || more) {
                    continue;
                }
                Mention a = differing[0];
                Mention b = differing[1];
                List<Span> spans = List.of(a.span(), b.span());
                FindingType type = a.type() == MentionType.MONEY ? FindingType.AMOUNT_CONFLICT
                        : a.type() == MentionType.DATE ? FindingType.DATE_CONFLICT : null;
                if (type != null) {
                    String message = String.format(Locale.ROOT, "The same sentence is given with %s in one place and "
                            + "%s in the other.", Amounts.quote(a), Amounts.quote(b));
                    out.add(new Finding(type, Severity.WARNING, message, spans, ctx.claimsCovering(spans), name()));
                }
            }
        }
        return out;
    }

    /** The sentence in lower case with runs of space collapsed and each value replaced by its type. */
    private static String masked(Context ctx, int s) {
        Span span = ctx.sentenceSpan(s);
        List<Mention> values = new ArrayList<>();
        VALUE_TYPES.forEach(t -> values.addAll(ctx.mentions(s, t)));
        values.sort(java.util.Comparator.comparingInt(Mention::start));
        StringBuilder sb = new StringBuilder();
        int at = span.start();
        for (Mention m : values) {
            if (m.start() < at) {
                return null; // overlapping values: leave the sentence alone
            }
            sb.append(ctx.lower(at, m.start())).append('\u0000').append(m.type().name());
            at = m.end();
        }
        sb.append(ctx.lower(at, span.end()));
        return sb.toString().replaceAll("\\s+", " ").replaceAll("^[-*\\s]+", "").trim();
    }

    private static boolean differ(Mention x, Mention y) {
        return switch (x.type()) {
            case MONEY -> Amounts.moneyDisagrees(x, y);
            case DATE -> x.time().resolved() && y.time().resolved() ? !SameEvent.timesAgree(x.time(), y.time())
                    : !x.text().equals(y.text());
            default -> !x.text().equals(y.text());
        };
    }

    private Finding dateDiffers(Context ctx, Claim a, Claim b) {
        if (!SameEvent.explicitTime(a) || !SameEvent.explicitTime(b)
                || SameEvent.timesAgree(a.time().value(), b.time().value())
                || (!a.money().isEmpty() && !b.money().isEmpty() && !SameEvent.moneyAgrees(ctx, a, b))) {
            return null;
        }
        return dated(a, b, ctx.mention(a.time().mention()), ctx.mention(b.time().mention()));
    }

    /** The DATE_CONFLICT of a statement made twice, dated {@code x} and {@code y}. */
    private Finding dated(Claim a, Claim b, Mention x, Mention y) {
        String message = String.format(Locale.ROOT,
                "A statement about %s (\"%s\") is repeated with the date \"%s\" in one place and \"%s\" in the other.",
                SameEvent.partyList(a), a.lemma(), x.text(), y.text());
        return new Finding(FindingType.DATE_CONFLICT, Severity.WARNING, message, List.of(x.span(), y.span()),
                List.of(a.id(), b.id()), name());
    }

    /**
     * For a near copy, the dates of the two sentences paired in order: when they are as many and exactly
     * one pair disagrees, that pair is the conflict, whichever date the extractor anchored the claims to.
     */
    private Finding copiedDateDiffers(Context ctx, Claim a, Claim b) {
        List<Mention> x = resolvedDates(ctx, a.sentence());
        List<Mention> y = resolvedDates(ctx, b.sentence());
        if (x.size() != y.size()) {
            return null;
        }
        Mention[] differing = null;
        for (int k = 0; k < x.size(); k++) {
            if (!SameEvent.timesAgree(x.get(k).time(), y.get(k).time())) {
                if (differing != null) {
                    return null;
                }
                differing = new Mention[] {x.get(k), y.get(k)};
            }
        }
        return differing == null ? null : dated(a, b, differing[0], differing[1]);
    }

    private static List<Mention> resolvedDates(Context ctx, int sentence) {
        return ctx.mentions(sentence, MentionType.DATE).stream().filter(m -> m.time().resolved()).toList();
    }

    private Finding amountDiffers(Context ctx, Claim a, Claim b, boolean verbatim) {
        if (SameEvent.resolvedTime(a) && SameEvent.resolvedTime(b) && !a.time().value().overlaps(b.time().value())) {
            return null;
        }
        Mention[] pair = alignedConflict(ctx, a, b, verbatim);
        if (pair == null) {
            return null;
        }
        String message = String.format(Locale.ROOT,
                "A statement about %s (\"%s\") is repeated with %s in one place and %s in the other.",
                SameEvent.partyList(a), a.lemma(), Amounts.quote(pair[0]), Amounts.quote(pair[1]));
        return new Finding(FindingType.AMOUNT_CONFLICT, Severity.WARNING, message, List.of(pair[0].span(), pair[1].span()),
                List.of(a.id(), b.id()), name());
    }

    /**
     * The same parties: the same canonical names, or the same words in the same roles, where a description
     * ("the cloud unit") was resolved differently in the two places.
     */
    private static boolean sameParties(Context ctx, Claim a, Claim b) {
        return SameEvent.names(a.parties()).equals(SameEvent.names(b.parties())) || surface(ctx, a).equals(surface(ctx, b));
    }

    private static Set<String> surface(Context ctx, Claim c) {
        Set<String> out = new TreeSet<>();
        c.parties().forEach(p -> out.add(p.role() + " " + ctx.lower(p.span().start(), p.span().end())));
        return out;
    }

    /**
     * The first disagreeing pair of amounts: the amounts of a restated clause pair up in order when both
     * state as many ("180 billion won (about $124 million)" against "180 billion won (about $198 million)":
     * the won agree, the dollars do not), and so does the one amount of a near copy, whatever words of
     * repetition both carry ("committed another $4 billion" against "committed another $5 billion");
     * otherwise as for any two claims ({@link SameEvent#moneyConflict}).
     */
    private static Mention[] alignedConflict(Context ctx, Claim a, Claim b, boolean verbatim) {
        if (a.money().size() != b.money().size() || a.money().isEmpty() || a.money().size() < 2 && !verbatim) {
            return SameEvent.moneyConflict(ctx, a, b);
        }
        for (int k = 0; k < a.money().size(); k++) {
            Mention x = ctx.mention(a.money().get(k));
            Mention y = ctx.mention(b.money().get(k));
            if (Amounts.moneyDisagrees(x, y)) {
                return new Mention[] {x, y};
            }
        }
        return null;
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
