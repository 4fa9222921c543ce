package org.claimcheck.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;

/**
 * SUM_MISMATCH for counted things, which are no money mentions: a total count of jobs, aircraft, stores and
 * the like ("will eliminate about 4,200 jobs", "a firm order for 48 aircraft") and, in its sentence or one
 * next four, a list of parts that refers back to it ("About 1,800 of the positions will go in Germany,
 * 1,300 in Britain and 900 across the Nordic countries", "The deal comprises 32 Airbus A321neo narrowbodies
 * and 12 Boeing 787-9 widebodies"). The parts must add up to the total; a list that says it is not all of it
 * ("including", "the rest", "other") must not exceed it. A list refers back when it names the total's kind of
 * thing, or says it breaks a whole down ("comprises", "split", "of the"). Parts far from the total (below
 * four fifths of it or above a fifth more) speak of something else ("4,200 employees ... hired 300 in
 * Germany and 200 in France") and are left alone. An approximate total ("about 4,200") allows 2%.
 */
public final class CountSumRule implements Rule {

    /** Kinds of counted things, each noun mapped to its family ("positions" counts jobs). */
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("jobs", "job"), Map.entry("positions", "job"), Map.entry("roles", "job"), Map.entry("posts", "job"),
            Map.entry("employees", "job"), Map.entry("workers", "job"), Map.entry("staff", "job"),
            Map.entry("people", "job"), Map.entry("redundancies", "job"), Map.entry("layoffs", "job"),
            Map.entry("aircraft", "aircraft"), Map.entry("planes", "aircraft"), Map.entry("jets", "aircraft"),
            Map.entry("airplanes", "aircraft"), Map.entry("airliners", "aircraft"), Map.entry("narrowbodies", "aircraft"),
            Map.entry("widebodies", "aircraft"),
            Map.entry("stores", "store"), Map.entry("shops", "store"), Map.entry("branches", "store"),
            Map.entry("outlets", "store"), Map.entry("restaurants", "store"), Map.entry("locations", "store"),
            Map.entry("sites", "site"), Map.entry("plants", "site"), Map.entry("factories", "site"),
            Map.entry("vehicles", "vehicle"), Map.entry("cars", "vehicle"), Map.entry("trucks", "vehicle"),
            Map.entry("buses", "vehicle"), Map.entry("trains", "vehicle"),
            Map.entry("ships", "ship"), Map.entry("vessels", "ship"), Map.entry("tankers", "ship"),
            Map.entry("turbines", "turbine"), Map.entry("satellites", "satellite"), Map.entry("homes", "home"),
            Map.entry("units", "unit"), Map.entry("licences", "licence"), Map.entry("licenses", "licence"));
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+|\\d{1,6})";
    /** A total: a count, up to three words, then a counted noun: "about 4,200 jobs", "48 new aircraft". */
    private static final Pattern TOTAL = Pattern.compile("(?<![\\w$€£¥.,/-])" + NUM
            + "(?![\\w.,%/-])\\s+(?:[a-z][\\w-]*\\s+){0,3}?(" + String.join("|", FAMILY.keySet()) + ")\\b");
    /** A part: a count standing alone as a word (not in "787-9", "A321neo", "$5", "12%", "2024"). */
    private static final Pattern PART = Pattern.compile("(?<![\\w$€£¥.,/-])" + NUM + "(?![\\w%/-]|[.,]\\d)"
            + "(?!\\s*(?:per\\s?cent|percent|million|billion|bn|trillion|crore|lakh|years?|months?|weeks?|days?"
            + "|hours?|minutes?)\\b)(?!\\s?%)");
    private static final Pattern APPROX = Pattern.compile("\\b(about|around|roughly|nearly|almost|some|approximately"
            + "|more than|over|up to|at least|fewer than|less than|close to|just over|just under)\\s+$");
    private static final Pattern JOIN = Pattern.compile("(,|\\band\\b|;)");
    private static final Pattern BREAK = Pattern.compile("\\b(while|but|whereas|compared|versus|than|from|after"
            + "|before|per|out of)\\b|[.!?]");
    private static final Pattern WHOLE = Pattern.compile("\\b(compris(es|ing|ed)|consists? of|consisting of|made up of"
            + "|split|divided|broken down|break down|breakdown)\\b|\\b(of the|of them|of those)\\b");
    private static final Pattern SOME = Pattern.compile("\\b(including|includes|include|among them|such as|the rest"
            + "|remaining|remainder|others?|elsewhere|at least)\\b");
    private static final int MAX_GAP = 70;
    /** The counted noun right after a count, after at most three words ("14 plants", "32 Airbus A321neo narrowbodies"). */
    private static final Pattern KIND_AFTER = Pattern.compile("^\\s+(?:[\\w-]+\\s+){0,3}?("
            + String.join("|", FAMILY.keySet()) + ")\\b");
    /** How many sentences after the total a list of its parts may come. */
    private static final int WINDOW = 4;
    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal LOW = new BigDecimal("0.8");
    private static final BigDecimal HIGH = new BigDecimal("1.2");

    private record Count(int start, int end, BigDecimal value) {
    }

    @Override
    public String name() {
        return "COUNT_SUM";
    }

    @Override
    public List<Finding> apply(ArticleFacts facts) {
        Context ctx = new Context(facts);
        String body = facts.article().body();
        List<Finding> out = new ArrayList<>();
        for (int s = 0; s < ctx.sentenceCount(); s++) {
            if (ctx.isFurniture(s)) {
                continue;
            }
            Span sentence = ctx.sentenceSpan(s);
            Matcher t = TOTAL.matcher(body.substring(sentence.start(), sentence.end()));
            while (t.find()) {
                int start = sentence.start() + t.start(1);
                Count total = new Count(start, sentence.start() + t.end(1), value(t.group(1)));
                boolean approx = APPROX.matcher(ctx.lower(Math.max(sentence.start(), start - 20), start)).find();
                String family = FAMILY.get(t.group(2).toLowerCase(Locale.ROOT));
                if (list(body, start, sentence.end(), family).size() > 1) {
                    continue; // the count heads a list itself: "4,300 jobs in France, 3,700 in Germany and ..."
                }
                Finding f = null;
                for (int k = s; k <= s + WINDOW && k < ctx.sentenceCount() && f == null; k++) {
                    if (!ctx.isFurniture(k)) {
                        f = check(ctx, body, total, approx, family, k, sentence.start() + t.end());
                    }
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The finding for the parts listed in sentence {@code k} (after {@code from} in the total's sentence), or null. */
    private Finding check(Context ctx, String body, Count total, boolean approx, String family, int k, int from) {
        Span sentence = ctx.sentenceSpan(k);
        int begin = Math.max(sentence.start(), Math.min(from, sentence.end()));
        List<Count> parts = list(body, begin, sentence.end(), family);
        if (parts.size() < 2 || parts.stream().anyMatch(p -> p.value().compareTo(total.value()) == 0)) {
            return null; // a list holding the total itself restates it: "will cut 30,000 jobs and 14 plants"
        }
        String text = ctx.lower(sentence.start(), sentence.end());
        boolean refers = WHOLE.matcher(ctx.lower(begin, parts.get(parts.size() - 1).end())).find()
                || sameFamily(text, family);
        if (!refers) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Count p : parts) {
            sum = sum.add(p.value());
        }
        BigDecimal v = total.value();
        if (v.signum() == 0 || sum.compareTo(v.multiply(LOW)) < 0 || sum.compareTo(v.multiply(HIGH)) > 0) {
            return null;
        }
        boolean some = SOME.matcher(text).find();
        BigDecimal gap = sum.subtract(v).abs();
        boolean off = approx ? gap.compareTo(v.multiply(TOLERANCE)) > 0 : gap.signum() != 0;
        if (!off || some && sum.compareTo(v) <= 0) {
            return null;
        }
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(total.start(), total.end()));
        StringBuilder listed = new StringBuilder();
        for (Count p : parts) {
            spans.add(new Span(p.start(), p.end()));
            listed.append(listed.length() == 0 ? "" : " + ").append(body, p.start(), p.end());
        }
        String message = String.format(Locale.ROOT, "The parts %s add up to %s, not the %s told.", listed,
                sum.toPlainString(), body.substring(total.start(), total.end()));
        return new Finding(FindingType.SUM_MISMATCH, Severity.WARNING, message, spans, ctx.claimsCovering(spans), name());
    }

    /**
     * The longest run of counts joined by list words, each within {@link #MAX_GAP} of the last; a count of
     * another kind of thing than {@code family} ("14 plants" after "30,000 jobs") is no part.
     */
    private static List<Count> list(String body, int from, int to, String family) {
        Matcher m = PART.matcher(body.substring(from, to));
        List<Count> best = List.of();
        List<Count> run = new ArrayList<>();
        while (m.find()) {
            Count c = new Count(from + m.start(1), from + m.end(1), value(m.group(1)));
            Matcher kind = KIND_AFTER.matcher(body.substring(c.end(), Math.min(to, c.end() + 40)).toLowerCase(Locale.ROOT));
            boolean otherKind = kind.lookingAt() && !FAMILY.get(kind.group(1)).equals(family);
            if (yearLike(m.group(1)) || otherKind) {
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                }
                run.clear();
                continue;
            }
            if (!run.isEmpty()) {
                Count last = run.get(run.size() - 1);
                String gap = body.substring(last.end(), c.start()).toLowerCase(Locale.ROOT);
                if (c.start() - last.end() > MAX_GAP || !JOIN.matcher(gap).find() || BREAK.matcher(gap).find()) {
                    if (run.size() > best.size()) {
                        best = List.copyOf(run);
                    }
                    run.clear();
                }
            }
            run.add(c);
        }
        return run.size() > best.size() ? List.copyOf(run) : best;
    }

    /** For each family, the pattern of its nouns as whole words, compiled once. */
    private static final Map<String, Pattern> FAMILY_WORDS = familyWords();

    private static Map<String, Pattern> familyWords() {
        Map<String, java.util.TreeSet<String>> nouns = new java.util.TreeMap<>();
        FAMILY.forEach((noun, family) -> nouns.computeIfAbsent(family, k -> new java.util.TreeSet<>()).add(noun));
        Map<String, Pattern> out = new java.util.TreeMap<>();
        nouns.forEach((family, words) -> out.put(family, Pattern.compile("\\b(" + String.join("|", words) + ")\\b")));
        return out;
    }

    private static boolean sameFamily(String text, String family) {
        return FAMILY_WORDS.get(family).matcher(text).find();
    }

    private static boolean yearLike(String n) {
        return n.matches("(19|20)\\d\\d");
    }

    private static BigDecimal value(String n) {
        return new BigDecimal(n.replace(",", "")).setScale(0, RoundingMode.UNNECESSARY);
    }
}
