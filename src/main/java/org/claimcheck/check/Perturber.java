package org.claimcheck.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Claim;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Span;

/**
 * Injects labelled contradictions into a consistent article, to measure the checker's recall: a pure
 * function of the article, its facts and a seed. Each operation works on the article's own statements:
 * <ul>
 * <li>DATE_CONFLICT / AMOUNT_CONFLICT: when a claim's date or amount is stated again in a later sentence,
 * the later statement is changed ("change"); otherwise a copy of the claim's sentence with the value changed
 * is inserted as a new paragraph after it ("restate");</li>
 * <li>SUM_MISMATCH: in a sentence where amounts add up to a stated total, one part is changed (made
 * larger where the parts are only "including" or "of which" the total, since fewer may be named);</li>
 * <li>DURATION_MISMATCH: a length stated with an end ("a six-year deal through 2032") gets another length;</li>
 * <li>SEQUENCE_CONFLICT: the date after "a week later", "two days after", "the same day" is moved.</li>
 * </ul>
 * Changed months move by two to five months, years by two or three, amounts by 30 to 60 percent, so that
 * every change exceeds any rounding or granularity the checker allows.
 */
public final class Perturber {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern DURATION_NUMBER = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"};
    private static final Pattern END_CUE = Pattern.compile("\\b(through|until|till|to|ending|expires|expiring)\\s+(in\\s+)?$");
    private static final Pattern SEQUENCE_CUE = Pattern.compile("\\b(((a|an|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|\\d{1,2})\\s+(day|week|month)s?\\s+(later|after|before|earlier))|the same day|the next day"
            + "|the following day|the day (before|after))\\b");
    private static final Pattern TOTAL_CUE = Pattern.compile("\\b(total|totall?ing|consist|compris|made up of|split|divided"
            + "|combined|including|of which|in all|altogether)");

    private Perturber() {
    }

    /** Every perturbation the article allows, at most one per type, chosen by {@code seed}; in type order. */
    public static List<Perturbation> perturb(ArticleFacts facts, long seed) {
        List<Perturbation> out = new ArrayList<>();
        for (FindingType t : List.of(FindingType.DATE_CONFLICT, FindingType.AMOUNT_CONFLICT, FindingType.SUM_MISMATCH,
                FindingType.DURATION_MISMATCH, FindingType.SEQUENCE_CONFLICT)) {
            Perturbation p = perturb(facts, t, seed);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** One perturbation of {@code type}, or null when the article has nothing it can be made from. */
    public static Perturbation perturb(ArticleFacts facts, FindingType type, long seed) {
        Random random = new Random(seed * 31 + type.ordinal());
        return switch (type) {
            case DATE_CONFLICT -> restatement(facts, MentionType.DATE, random);
            case AMOUNT_CONFLICT -> restatement(facts, MentionType.MONEY, random);
            case SUM_MISMATCH -> breakSum(facts, random);
            case DURATION_MISMATCH -> breakDuration(facts, random);
            case SEQUENCE_CONFLICT -> breakSequence(facts, random);
            default -> null;
        };
    }

    /** A claim's date or amount, changed where it is stated again, else restated with a changed value. */
    private static Perturbation restatement(ArticleFacts facts, MentionType kind, Random random) {
        Context ctx = new Context(facts);
        FindingType type = kind == MentionType.DATE ? FindingType.DATE_CONFLICT : FindingType.AMOUNT_CONFLICT;
        List<Mention[]> pairs = new ArrayList<>();
        List<Mention> stated = new ArrayList<>();
        for (Claim c : facts.claims()) {
            if (c.parties().isEmpty() || ctx.isFurniture(c.sentence()) || !SameEvent.usable(c)) {
                continue;
            }
            for (Mention m : claimValues(facts, c, kind)) {
                if (changedText(m, random, false) == null || stated.contains(m)) {
                    continue;
                }
                stated.add(m);
                for (Mention other : facts.mentions()) {
                    if (other.type() == kind && other.sentence() > m.sentence() && other.text().equals(m.text())
                            && !ctx.isFurniture(other.sentence()) && sameSubject(facts, c, m, other)) {
                        pairs.add(new Mention[] {m, other});
                        break;
                    }
                }
            }
        }
        if (!pairs.isEmpty()) {
            Mention[] pair = pairs.get(random.nextInt(pairs.size()));
            String text = changedText(pair[1], random, false);
            return replace(facts, type, pair[1].span(), text, List.of(pair[0].span()), "change",
                    "changed the restated \"" + pair[1].text() + "\" to \"" + text + "\"");
        }
        if (stated.isEmpty()) {
            return null;
        }
        Mention m = stated.get(random.nextInt(stated.size()));
        String text = changedText(m, random, false);
        return insertCopy(facts, type, m, text);
    }

    /**
     * Whether a second statement of the same value is evidently about the claim's event, so that changing it
     * makes a contradiction and not just another event: its sentence names one of the claim's parties (or
     * refers back to the amount: "the $2.4 billion price"); an amount is either referred back to or the
     * amount of a claim there of the same event class ("revenue to grow to $18 billion" and "sold $18 billion
     * of bonds" share a figure, not an event); and a date is either a specific day ("September 22") or the
     * time of a claim there of the same event class. "Google followed in July" and "the company said in
     * July" share a month, not an event.
     */
    private static boolean sameSubject(ArticleFacts facts, Claim c, Mention value, Mention other) {
        Set<String> names = new TreeSet<>();
        c.parties().forEach(p -> names.add(p.name()));
        boolean named = facts.mentions().stream().anyMatch(x -> x.sentence() == other.sentence()
                && x.type() == MentionType.PARTY && names.contains(x.party().name()));
        if (!named && !(value.type() == MentionType.MONEY && definite(facts, other))) {
            return false;
        }
        int index = facts.mentions().indexOf(other);
        if (value.type() == MentionType.MONEY) {
            // "revenue to grow to $18 billion" and "sold $18 billion of bonds" share a figure, not an event
            return definite(facts, other) || facts.claims().stream().anyMatch(x -> x.sentence() == other.sentence()
                    && x.eventClass() == c.eventClass() && x.money().contains(index));
        }
        if (value.time().value().length() >= "2026-01-01".length()) {
            return true;
        }
        return facts.claims().stream().anyMatch(x -> x.sentence() == other.sentence() && x.eventClass() == c.eventClass()
                && x.time() != null && x.time().mention() == index);
    }

    /** "the $2.4 billion price": an amount referred back to. */
    private static boolean definite(ArticleFacts facts, Mention m) {
        String before = facts.article().body().substring(Math.max(0, m.start() - 4), m.start());
        return before.equalsIgnoreCase("the ");
    }

    private static List<Mention> claimValues(ArticleFacts facts, Claim c, MentionType kind) {
        List<Mention> out = new ArrayList<>();
        if (kind == MentionType.MONEY) {
            for (int i : c.money()) {
                out.add(facts.mention(i));
            }
        } else if (c.time() != null && c.time().mention() >= 0 && facts.mention(c.time().mention()).time().resolved()) {
            out.add(facts.mention(c.time().mention()));
        }
        return out;
    }

    /** Inserts, as a new paragraph after the one holding {@code m}, a copy of its sentence with {@code text}. */
    private static Perturbation insertCopy(ArticleFacts facts, FindingType type, Mention m, String text) {
        String body = facts.article().body();
        Span sentence = facts.sentences().get(m.sentence()).span();
        String copy = body.substring(sentence.start(), m.start()) + text + body.substring(m.end(), sentence.end());
        int lineEnd = body.indexOf('\n', sentence.end());
        int at = lineEnd < 0 ? body.length() : lineEnd;
        String inserted = "\n\n" + copy.strip();
        int lead = copy.length() - copy.stripLeading().length();
        int newStart = at + 2 + (m.start() - sentence.start()) - lead;
        String newBody = body.substring(0, at) + inserted + body.substring(at);
        Span changed = new Span(newStart, newStart + text.length());
        return new Perturbation(rename(facts.article(), newBody, type), type, List.of(m.span(), changed), changed,
                "restate", "inserted a copy of the sentence with \"" + m.text() + "\" changed to \"" + text + "\"");
    }

    /** One part of a total that adds up is changed. */
    private static Perturbation breakSum(ArticleFacts facts, Random random) {
        Context ctx = new Context(facts);
        for (int s = 0; s < facts.sentences().size(); s++) {
            Span span = facts.sentences().get(s).span();
            String lower = facts.article().body().substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
            List<Mention> money = ofSentence(facts, s, MentionType.MONEY);
            if (money.size() < 3 || ctx.isFurniture(s) || !TOTAL_CUE.matcher(lower).find()) {
                continue;
            }
            for (int t = 0; t < money.size(); t++) {
                List<Mention> parts = new ArrayList<>(money);
                Mention total = parts.remove(t);
                BigDecimal sum = BigDecimal.ZERO;
                for (Mention p : parts) {
                    sum = p.money().currency().equals(total.money().currency()) ? sum.add(p.money().amount()) : null;
                    if (sum == null) {
                        break;
                    }
                }
                if (sum != null && sum.compareTo(total.money().amount()) == 0) {
                    Mention part = parts.get(random.nextInt(parts.size()));
                    String text = changedText(part, random, !SumMismatchRule.SUBSET_CUE.matcher(lower).find());
                    if (text != null) {
                        List<Span> others = new ArrayList<>();
                        for (Mention m : money) {
                            if (m != part) {
                                others.add(m.span());
                            }
                        }
                        return replace(facts, FindingType.SUM_MISMATCH, part.span(), text, others, "break-sum",
                                "changed the part \"" + part.text() + "\" to \"" + text + "\"");
                    }
                }
            }
        }
        return null;
    }

    /** A length stated with an end gets another length. */
    private static Perturbation breakDuration(ArticleFacts facts, Random random) {
        Context ctx = new Context(facts);
        String body = facts.article().body();
        for (Mention d : facts.mentions()) {
            if (d.type() != MentionType.DURATION || ctx.isFurniture(d.sentence()) || !d.duration().matches("P\\d+Y")) {
                continue;
            }
            for (Mention end : ofSentence(facts, d.sentence(), MentionType.DATE)) {
                String before = body.substring(Math.max(0, end.start() - 20), end.start()).toLowerCase(Locale.ROOT);
                Matcher n = DURATION_NUMBER.matcher(d.text());
                if (end.start() > d.end() && END_CUE.matcher(before).find() && end.time().resolved() && n.find()) {
                    int value = parseCount(n.group(1));
                    int changed = value + 3 + random.nextInt(2);
                    String word = Character.isDigit(n.group(1).charAt(0)) || changed >= NUMBER_WORDS.length
                            ? Integer.toString(changed) : capitalLike(n.group(1), NUMBER_WORDS[changed]);
                    String text = d.text().substring(0, n.start(1)) + word + d.text().substring(n.end(1));
                    return replace(facts, FindingType.DURATION_MISMATCH, d.span(), text, List.of(end.span()),
                            "break-duration", "changed the length \"" + d.text() + "\" to \"" + text + "\"");
                }
            }
        }
        return null;
    }

    /** The date a relative cue points at is moved. */
    private static Perturbation breakSequence(ArticleFacts facts, Random random) {
        Context ctx = new Context(facts);
        String body = facts.article().body();
        for (int s = 0; s < facts.sentences().size(); s++) {
            Span span = facts.sentences().get(s).span();
            Matcher m = SEQUENCE_CUE.matcher(body.substring(span.start(), span.end()).toLowerCase(Locale.ROOT));
            List<Mention> dates = ofSentence(facts, s, MentionType.DATE);
            if (ctx.isFurniture(s) || !m.find() || dates.size() < 2) {
                continue;
            }
            Span cue = new Span(span.start() + m.start(), span.start() + m.end());
            Mention anchor = null;
            Mention target = null;
            for (Mention d : dates) {
                if (d.end() <= cue.start() && d.time().resolved()) {
                    anchor = anchor == null ? d : anchor;
                } else if (d.start() >= cue.end() && d.time().resolved() && target == null) {
                    target = d;
                }
            }
            Mention moved = target != null ? target : dates.get(dates.size() - 1);
            Mention kept = target != null ? (anchor != null ? anchor : dates.get(0)) : dates.get(0);
            String text = changedText(moved, random, false);
            if (moved != kept && text != null) {
                return replace(facts, FindingType.SEQUENCE_CONFLICT, moved.span(), text, List.of(kept.span(), cue),
                        "break-sequence", "moved \"" + moved.text() + "\" to \"" + text + "\" against \""
                                + body.substring(cue.start(), cue.end()) + "\"");
            }
        }
        return null;
    }

    /** {@code span} replaced by {@code text}; {@code others} (all before or after it) shifted. */
    private static Perturbation replace(ArticleFacts facts, FindingType type, Span span, String text, List<Span> others,
                                        String operation, String description) {
        String body = facts.article().body();
        String newBody = body.substring(0, span.start()) + text + body.substring(span.end());
        int delta = text.length() - span.length();
        List<Span> spans = new ArrayList<>();
        Span changed = new Span(span.start(), span.start() + text.length());
        spans.add(changed);
        for (Span o : others) {
            spans.add(o.start() >= span.end() ? new Span(o.start() + delta, o.end() + delta) : o);
        }
        return new Perturbation(rename(facts.article(), newBody, type), type, spans, changed, operation, description);
    }

    /** The mention's text with its value changed beyond any tolerance, or null when it cannot be. */
    static String changedText(Mention m, Random random, boolean down) {
        if (m.type() == MentionType.DATE) {
            Matcher month = MONTH.matcher(m.text());
            if (month.find()) {
                int i = List.of(MONTHS).indexOf(month.group(1));
                String other = MONTHS[(i + 2 + random.nextInt(4)) % 12];
                return m.text().substring(0, month.start()) + other + m.text().substring(month.end());
            }
            Matcher year = YEAR.matcher(m.text());
            if (year.find()) {
                int y = Integer.parseInt(year.group()) + 2 + random.nextInt(2);
                return m.text().substring(0, year.start()) + y + m.text().substring(year.end());
            }
            return null;
        }
        if (m.type() == MentionType.MONEY) {
            BigDecimal factor = new BigDecimal(down ? "0.6" : "1.3").add(new BigDecimal(random.nextInt(4)).movePointLeft(1));
            Matcher n = NUMBER.matcher(m.text());
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (n.find()) {
                sb.append(m.text(), last, n.start()).append(scaled(n.group(), factor));
                last = n.end();
            }
            return last == 0 ? null : sb.append(m.text().substring(last)).toString();
        }
        return null;
    }

    /**
     * A written number times {@code factor}, in the same style (thousands separators, decimals); every
     * number of a range is scaled alike, so that "$10-12 billion" stays a range.
     */
    private static String scaled(String number, BigDecimal factor) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        int scale = Math.max(0, value.scale());
        BigDecimal changed = value.multiply(factor).setScale(scale, RoundingMode.HALF_UP);
        if (changed.compareTo(value) == 0 || changed.signum() <= 0) {
            changed = value.add(BigDecimal.ONE.movePointLeft(scale).max(value.multiply(new BigDecimal("0.5"))
                    .setScale(scale, RoundingMode.HALF_UP)));
        }
        return number.contains(",") ? String.format(Locale.ROOT, "%,d", changed.toBigInteger()) : changed.toPlainString();
    }

    private static int parseCount(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < NUMBER_WORDS.length; i++) {
            if (NUMBER_WORDS[i].equals(lower)) {
                return i;
            }
        }
        return Integer.parseInt(s);
    }

    private static String capitalLike(String model, String word) {
        return Character.isUpperCase(model.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    private static List<Mention> ofSentence(ArticleFacts facts, int s, MentionType type) {
        return facts.mentions().stream().filter(m -> m.sentence() == s && m.type() == type).toList();
    }

    private static Article rename(Article a, String body, FindingType type) {
        String suffix = "-p-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Article(a.id() + suffix, a.date(), a.title(), a.source(), a.url(), body, a.origin());
    }
}
