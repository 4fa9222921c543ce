package org.claimcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lengths of time and writes them in ISO 8601: "six years" → P6Y, "six-year" → P6Y, "18 months" →
 * P18M, "a decade" → P10Y, "two and a half years" → P2.5Y, "24-hour" → PT24H; in "between 60 and 90 days"
 * both ends, P60D and P90D. Ages ("35-year-old"), "N years ago" (a date) and fractions ("about a quarter
 * of its dealers") are left out. Lengths with no number get TimeML's unknown count X: "in recent years" →
 * PXY, "for decades" → PXDE, "within minutes" → PTXM, "a few months" → PXM.
 */
public final class DurationRecognizer {

    private static final Pattern DURATION = Pattern.compile("(?<![\\w.,])(" + Numbers.NUM + "|" + Numbers.WORD_COMPOUND
            + "|" + Numbers.WORD_NUM + "|a|an|single)((?:[- ]and[- ]a[- ]half)?)[- ](?:(?:straight|consecutive|trading|business|working|full|calendar|more|additional|long|successive)\\s)?(years?|months?|weeks?|days?|decades?|quarters?|hours?|minutes?)\\b"
            + "((?:\\sand\\sa\\shalf)?)(?![- ](?:old|ago|earlier)\\b)(?!-old)", Pattern.CASE_INSENSITIVE);

    /** The first number of a range that shares the unit of the second: "between 60 and 90 days". */
    private static final Pattern RANGE_START = Pattern.compile("(?<![\\w.,\\p{Sc}%-])(" + Numbers.NUM + "|"
            + Numbers.WORD_NUM + ")\\s?(?:to|and|or|-|–)\\s?$", Pattern.CASE_INSENSITIVE);

    private static final String PLURAL_UNIT = "(years|months|weeks|days|decades|hours|minutes)\\b";

    /** A length counted vaguely: "a few months", "several weeks", "in recent years", "the coming decades". */
    private static final Pattern VAGUE_COUNT = Pattern.compile("\\b(?:(?:a\\s+)?few|several|(?<!\\bas\\s)many|recent|coming)\\s+"
            + PLURAL_UNIT + "(?![- ](?:old|ago|earlier)\\b)", Pattern.CASE_INSENSITIVE);

    /** A bare plural unit after a word that makes it a length: "for decades", "the first time in years", "over the years", "within minutes". */
    private static final Pattern VAGUE_BARE = Pattern.compile("\\b(?:for|in|over\\s+the|within)\\s+" + PLURAL_UNIT
            + "(?![- ](?:old|ago|earlier)\\b)", Pattern.CASE_INSENSITIVE);

    /** A stretch ahead named by its unit: "for the next decade", "over the coming year". */
    private static final Pattern NEXT_UNIT = Pattern.compile("\\b(?:for|over)\\s+the\\s+((?:next|coming)\\s+"
            + "(decade|year|month|week|quarter))\\b(?![- ](?:and|or|to)\\b)", Pattern.CASE_INSENSITIVE);

    private DurationRecognizer() {
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            String num = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (num.equals("single")) {
                num = "one";
            }
            boolean article = num.equals("a") || num.equals("an");
            boolean halfAfter = !m.group(4).isEmpty();
            if (article && !halfAfter && !unit.startsWith("decade") && !durationCue(text, m.start())
                    && !eventOffset(text, m.end(), unit)) {
                continue; // "a year" is most often a rate ("$5bn a year") or part of a date ("a year ago")
            }
            if (article && unit.equals("quarter") && !quarterCue(text, m.start())) {
                continue; // "about a quarter of its dealers", "more than a quarter of sales": a fraction
            }
            BigDecimal n = parseCompound(num);
            if (n == null || n.signum() <= 0) {
                continue;
            }
            if (!m.group(2).isEmpty() || halfAfter) {
                n = n.add(new BigDecimal("0.5"));
            }
            if (isRate(text, m.start())) {
                continue;
            }
            out.add(new Found(m.start(), m.end(), iso(n, unit)));
            if (!article && m.group(2).isEmpty() && !halfAfter) {
                rangeStart(text, m.start(), n, unit).ifPresent(out::add);
            }
        }
        vague(text, out);
        Matcher next = NEXT_UNIT.matcher(text);
        while (next.find()) {
            out.add(new Found(next.start(1), next.end(1), iso(BigDecimal.ONE, next.group(2).toLowerCase(Locale.ROOT))));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void vague(String text, List<Found> out) {
        for (Pattern p : List.of(VAGUE_COUNT, VAGUE_BARE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = p == VAGUE_COUNT ? m.start() : m.start(1);
                String code = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "years" -> "XY";
                    case "months" -> "XM";
                    case "weeks" -> "XW";
                    case "days" -> "XD";
                    case "decades" -> "XDE";
                    case "hours" -> "TXH";
                    default -> "TXM";
                };
                out.add(new Found(start, m.end(1), "P" + code));
            }
        }
    }

    /** Words before "a year"/"a month" that make it a length of time: "for a year", "more than a month". */
    private static boolean durationCue(String text, int start) {
        String before = text.substring(Math.max(0, start - 14), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(for|over|within|in|than|nearly|almost|about|under|past|last|lasting|spanning|took|takes|half)\\s+$");
    }

    /**
     * "a week later", "a month after the filing", "a day before": the time between two events. "a year
     * earlier" is left out: in news it mostly names a comparison period ("up from $4 million a year earlier").
     */
    private static boolean eventOffset(String text, int end, String unit) {
        String after = text.substring(end, Math.min(text.length(), end + 9)).toLowerCase(Locale.ROOT);
        return after.matches("(?s)\\s(ahead|behind)\\b.*") || (unit.equals("day") || unit.equals("week") || unit.equals("month"))
                && after.matches("(?s)\\s(later|after|before|earlier)\\b.*");
    }

    /** Words before "a quarter" that make it three months, not a fourth part: "for a quarter", "in a quarter". */
    private static boolean quarterCue(String text, int start) {
        String before = text.substring(Math.max(0, start - 14), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(for|over|within|in|past|last|lasting|spanning|took|takes)\\s+$");
    }

    /**
     * The first end of a range written with one unit ("between 60 and 90 days", "two to three years"): a
     * duration of its own in that unit, when it is smaller than the second end.
     */
    private static Optional<Found> rangeStart(String text, int secondStart, BigDecimal second, String unit) {
        Matcher r = RANGE_START.matcher(text).useTransparentBounds(true).region(Math.max(0, secondStart - 30),
                secondStart);
        if (!r.find()) {
            return Optional.empty();
        }
        BigDecimal first = Numbers.parse(r.group(1).toLowerCase(Locale.ROOT));
        if (first == null || first.signum() <= 0 || first.compareTo(second) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Found(r.start(1), r.end(1), iso(first, unit)));
    }

    private static boolean isRate(String text, int start) {
        String before = text.substring(Math.max(0, start - 6), start).toLowerCase(Locale.ROOT);
        return before.endsWith("per ") || before.endsWith("every ");
    }

    private static BigDecimal parseCompound(String num) {
        String[] parts = num.split("[- ]");
        if (parts.length == 2) {
            BigDecimal a = Numbers.parse(parts[0]);
            BigDecimal b = Numbers.parse(parts[1]);
            if (a == null || b == null) {
                return null;
            }
            return parts[1].equalsIgnoreCase("hundred") ? a.multiply(b) : a.add(b);
        }
        return Numbers.parse(num);
    }

    static String iso(BigDecimal n, String unit) {
        String u = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        BigDecimal v = n;
        String code;
        boolean time = false;
        switch (u) {
            case "decade" -> {
                v = n.multiply(BigDecimal.TEN);
                code = "Y";
            }
            case "quarter" -> {
                v = n.multiply(BigDecimal.valueOf(3));
                code = "M";
            }
            case "year" -> code = "Y";
            case "month" -> code = "M";
            case "week" -> code = "W";
            case "day" -> code = "D";
            case "hour" -> {
                code = "H";
                time = true;
            }
            default -> {
                code = "M";
                time = true;
            }
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return "P" + (time ? "T" : "") + s.toPlainString() + code;
    }
}
