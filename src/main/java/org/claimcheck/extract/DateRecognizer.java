package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar expressions in English news text: full dates, months, years, quarters, halves,
 * weekdays, seasons, decades, weeks of a month ("the last week of March"), short years ("since '82") and
 * relative expressions ("last quarter", "earlier this year", "two years ago", "yesterday", "the past
 * decade", "now", and "the day" of a market report: "ending the day down 31 points"). Spans leave out
 * prepositions and a leading "the". Pure and thread-safe; resolution against the publication date (for
 * "the day", the day last named) is {@link DateResolver}'s job.
 */
public final class DateRecognizer {

    static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("february", 2),
            Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
            Map.entry("november", 11), Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> WEEKDAYS = Map.of("monday", 1, "tuesday", 2, "wednesday", 3,
            "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4, "final", 4, "last", 4);
    private static final Map<String, Integer> SEASONS = Map.of("spring", 1, "summer", 2, "fall", 3, "autumn", 3,
            "winter", 4);

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String DAY = "([0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String REL = "(last|this|next|past|previous|coming|current|the\\s+same|the\\s+previous"
            + "|the\\s+following|the\\s+current|the\\s+next|the\\s+last|the\\s+past|earlier\\s+this|later\\s+this)";

    /** Verbs of a trading session whose object "the day" is the session's day: "ending the day up 2%". */
    private static final String SESSION_VERBS = "end|ends|ended|ending|finish|finishes|finished|finishing|close|closes"
            + "|closed|closing|start|starts|started|starting|begin|begins|began|beginning|open|opens|opened|opening";
    /** After "the day": words that make it another day ("the day before") or a relative clause. */
    private static final String NOT_ANOTHER_DAY = "(?!\\s+(?:before|after|of|that|when|it|they|he|she))";

    private record Rule(Pattern pattern, Kind kind) {
    }

    private enum Kind {
        MDY, DMY, ISO, MONTH_DAY, DAY_MONTH, MONTH_YEAR, MONTH, YEAR, QUARTER, QUARTER_Q, HALF, HALF_H, REL_QUARTER,
        REL_UNIT, AGO, REL_DAY, WEEKDAY, SEASON, DECADE, PRESENT, EDGE_YEAR, QUARTER_REL_YEAR, YEAR_EDGE_REL,
        PAST_REF, FUTURE_REF, DAY_PART, WEEKEND, BARE_SEASON, MOD_MONTH, THE_DAY, WEEK_OF_MONTH, SHORT_YEAR
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:(?i:the)\\s+)?((?i:first|second|third|fourth|last|final))\\s+week\\s+of\\s+" + MONTH
                    + "(?:,?\\s+" + YEAR + ")?\\b", Kind.WEEK_OF_MONTH),
            rule("(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+quarter\\s+of\\s+(last|this|next|the\\s+previous|the\\s+current)\\s+year\\b",
                    Kind.QUARTER_REL_YEAR),
            rule("(?:the\\s+)?(?:very\\s+)?(beginning|start|end|middle|close)\\s+of\\s+(the|this|last|next)\\s+year\\b",
                    Kind.YEAR_EDGE_REL),
            rule("\\b(this|yesterday|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(morning|afternoon|evening|night)\\b",
                    Kind.DAY_PART),
            rule("\\b(last|this|next)\\s+weekend\\b", Kind.WEEKEND),
            rule(MONTH + "\\s+" + DAY + "(?:\\s?[-–]\\s?([0-3]?\\d))?,?\\s+" + YEAR + "\\b", Kind.MDY),
            rule("\\b" + DAY + "(?:\\s?[-–]\\s?([0-3]?\\d))?\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", Kind.DMY),
            rule("\\b" + YEAR + "-([01]\\d)-([0-3]\\d)\\b", Kind.ISO),
            rule("(?:(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+quarter"
                    + "(?:\\s+of(?:\\s+(?:fiscal|the\\s+year))?)?\\s*,?\\s+" + YEAR + ")\\b", Kind.QUARTER),
            rule("\\b(?:fiscal\\s+)?(Q[1-4])(?:\\s+(?:of\\s+)?(?:fiscal\\s+|FY)?" + YEAR + ")?\\b", Kind.QUARTER_Q),
            rule("(?:(?:the\\s+)?(first|second)[\\s-]+half(?:\\s+of)?\\s+" + YEAR + ")\\b", Kind.HALF),
            rule("\\b(H[12])\\s+" + YEAR + "\\b", Kind.HALF_H),
            rule(REL + "\\s+quarter\\b", Kind.REL_QUARTER),
            rule("(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+quarter\\b", Kind.QUARTER),
            rule("(?:the\\s+)?(first|second)\\s+half\\s+of\\s+(?:the|this)\\s+year\\b|(?:the\\s+)?(first|second)\\s+half\\b",
                    Kind.HALF),
            rule("\\b(spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?" + YEAR + "\\b", Kind.SEASON),
            rule("\\b(?:(last|this|next)\\s+)(spring|summer|fall|autumn|winter)\\b", Kind.SEASON),
            rule(MONTH + "\\s+" + DAY + "(?:\\s?[-–]\\s?([0-3]?\\d))?\\b(?![,.]?\\s*(?:19|20)\\d\\d)(?!\\s*(?:%|percent|million|billion))",
                    Kind.MONTH_DAY),
            rule("\\b" + DAY + "\\s+" + MONTH + "\\b(?!,?\\s+(?:19|20)\\d\\d)", Kind.DAY_MONTH),
            rule("(?:(?:early|mid|late)[-\\s])?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b", Kind.MONTH_YEAR),
            rule("(?:(early|mid|late)[-\\s]|(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)" + YEAR + "\\b",
                    Kind.EDGE_YEAR),
            rule("\\b(?:the\\s+)?((?:19|20)\\d)0s\\b", Kind.DECADE),
            rule("\\b(" + Numbers.WORD_NUM + "|\\d{1,2}|a|an)\\s+(year|month|week|day)s?\\s+ago\\b", Kind.AGO),
            rule(REL + "\\s+(year|month|week|decade)\\b", Kind.REL_UNIT),
            rule("\\b(?:(?:earlier|later)\\s+(?=today|tonight))?(today|yesterday|tomorrow|tonight)\\b", Kind.REL_DAY),
            rule("(?<=\\b(?:on|for|during|over|by|at)\\s)"
                    + "(?:(?:late|early)\\s+in\\s+|the\\s+(?:start|end|beginning|close)\\s+of\\s+)?the\\s+day\\b"
                    + NOT_ANOTHER_DAY
                    + "|\\b(?:late|early)\\s+in\\s+the\\s+day\\b"
                    + "|(?<=\\b(?:" + SESSION_VERBS + ")\\s)the\\s+day\\b" + NOT_ANOTHER_DAY,
                    Kind.THE_DAY),
            rule("\\b(?:(last|this|next)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Kind.WEEKDAY),
            rule("\\b(now|currently|at\\s+present|nowadays)\\b", Kind.PRESENT),
            rule("\\b(?:more\\s+)?recently\\b|\\bin\\s+the\\s+past\\b"
                    + "(?!\\s+(?:[\\w-]+\\s+)?(?:decades?|years?|months?|weeks?|days?|quarters?|centur(?:y|ies))\\b)",
                    Kind.PAST_REF),
            rule("\\b(?:very\\s+)?soon\\b(?!\\s+(?:after|as|to))|\\bin\\s+the\\s+(?:near\\s+)?future\\b", Kind.FUTURE_REF),
            rule("(?:\\b(?:in|by|until|through|during|this|last|next|since)\\s+(?:the\\s+)?)(spring|summer|autumn|winter)\\b", Kind.BARE_SEASON),
            rule("\\b(?i:(last|this|next|early|late|mid|earlier\\s+this|later\\s+this))[-\\s]" + MONTH + "\\b(?!\\s+\\d)", Kind.MOD_MONTH),
            rule(MONTH + "\\b", Kind.MONTH),
            rule("(?<=\\b(?:since|in|of|for|during|from|until|till|by|before|after|to|and|through|the"
                    + "|spring|summer|fall|autumn|winter)\\s)['’]([0-9]{2})"
                    + "(?![\\w'’%]|\\s?(?:percent|per cent|million|billion))", Kind.SHORT_YEAR),
            rule("(?<![\\w$€£¥.,\\-])" + YEAR + "(?![\\w%]|,\\d|\\.\\d|\\s?(?:%|percent|per cent|million|billion|people|employees|"
                    + "workers|jobs|units|aircraft|planes|jets|vehicles|cars|shares|stores|customers|users|passengers"
                    + "|index|indices))",
                    Kind.YEAR));

    private static Rule rule(String regex, Kind kind) {
        int flags = kind == Kind.MONTH || kind == Kind.MDY || kind == Kind.MONTH_DAY || kind == Kind.DMY
                || kind == Kind.DAY_MONTH || kind == Kind.MONTH_YEAR || kind == Kind.WEEKDAY
                || kind == Kind.WEEK_OF_MONTH ? 0 : Pattern.CASE_INSENSITIVE;
        return new Rule(Pattern.compile(regex, flags), kind);
    }

    private DateRecognizer() {
    }

    /** All time expressions, longest first where they overlap, in text order. */
    public static List<TimexCandidate> find(String text) {
        List<TimexCandidate> all = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (e <= s || anyTaken(taken, s, e)) {
                    continue;
                }
                TimexCandidate c = build(r.kind(), m, text);
                if (c == null) {
                    continue;
                }
                all.add(c);
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    private static boolean anyTaken(boolean[] taken, int s, int e) {
        for (int i = s; i < e; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static int month(String s) {
        return MONTHS.get(s.replace(".", "").toLowerCase(Locale.ROOT));
    }

    private static Integer day(String s) {
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static TimexCandidate build(Kind k, Matcher m, String text) {
        int s = m.start();
        int e = m.end();
        String lead = m.group().toLowerCase(Locale.ROOT);
        if (lead.startsWith("the ")) {
            s += 4;
        }
        switch (k) {
            case MDY -> {
                Integer d = day(m.group(2));
                return d == null ? null : new TimexCandidate(s, e, TimexCandidate.Kind.DAY, Integer.parseInt(m.group(4)),
                        month(m.group(1)), d, m.group(3) == null ? null : day(m.group(3)), 0, 0);
            }
            case DMY -> {
                Integer d = day(m.group(1));
                return d == null ? null : new TimexCandidate(s, e, TimexCandidate.Kind.DAY, Integer.parseInt(m.group(4)),
                        month(m.group(3)), d, m.group(2) == null ? null : day(m.group(2)), 0, 0);
            }
            case ISO -> {
                int mo = Integer.parseInt(m.group(2));
                Integer d = day(m.group(3));
                return mo < 1 || mo > 12 || d == null ? null : new TimexCandidate(s, e, TimexCandidate.Kind.DAY,
                        Integer.parseInt(m.group(1)), mo, d, null, 0, 0);
            }
            case MONTH_DAY -> {
                if (m.group(1).equals("May") && !mayIsMonth(text, m.start())) {
                    return null;
                }
                Integer d = day(m.group(2));
                return d == null ? null : new TimexCandidate(s, e, TimexCandidate.Kind.DAY, null, month(m.group(1)), d,
                        m.group(3) == null ? null : day(m.group(3)), 0, 0);
            }
            case DAY_MONTH -> {
                Integer d = day(m.group(1));
                return d == null ? null : new TimexCandidate(s, e, TimexCandidate.Kind.DAY, null, month(m.group(2)), d,
                        null, 0, 0);
            }
            case MONTH_YEAR -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.MONTH, Integer.parseInt(m.group(2)),
                        month(m.group(1)), null, null, 0, 0);
            }
            case MONTH -> {
                String w = m.group(1);
                if (w.endsWith(".") && w.length() <= 4) {
                    return null; // an abbreviation alone ("Mar.") is too ambiguous
                }
                if (w.length() <= 4 && !w.equals("June") && !w.equals("July") && !w.equals("May")) {
                    return null;
                }
                if (w.equals("May") && !mayIsMonth(text, m.start())) {
                    return null;
                }
                if (w.equals("March") && e < text.length() && text.startsWith(" on ", e)) {
                    return null; // "the March on Washington"
                }
                return new TimexCandidate(s, e, TimexCandidate.Kind.MONTH, null, month(w), null, null, 0,
                        TimexCandidate.NO_OFFSET);
            }
            case YEAR -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.YEAR, Integer.parseInt(m.group(1)), null, null,
                        null, 0, 0);
            }
            case EDGE_YEAR -> {
                int ys = m.start(m.groupCount());
                int start = s; // "early 2027", "end of 2025": the modifier is part of the expression
                return new TimexCandidate(start, e, TimexCandidate.Kind.YEAR,
                        Integer.parseInt(m.group(m.groupCount())), null, null, null, 0, 0);
            }
            case QUARTER -> {
                int q = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
                Integer y = m.groupCount() >= 2 && m.group(2) != null ? Integer.parseInt(m.group(2)) : null;
                return new TimexCandidate(s, e, TimexCandidate.Kind.QUARTER, y, null, null, null, q, 0);
            }
            case QUARTER_Q -> {
                int q = m.group(1).charAt(1) - '0';
                Integer y = m.group(2) != null ? Integer.parseInt(m.group(2)) : null;
                return new TimexCandidate(s, e, TimexCandidate.Kind.QUARTER, y, null, null, null, q, 0);
            }
            case HALF -> {
                String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (g == null) {
                    return null;
                }
                int h = g.equalsIgnoreCase("first") ? 1 : 2;
                Integer y = m.groupCount() >= 2 && m.group(2) != null && m.group(2).matches("\\d{4}")
                        ? Integer.parseInt(m.group(2)) : null;
                boolean thisYear = lead.contains("this year") || lead.contains("the year");
                return new TimexCandidate(s, e, TimexCandidate.Kind.HALF, y, null, null, null, h, thisYear ? 0 : 99);
            }
            case HALF_H -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.HALF, Integer.parseInt(m.group(2)), null, null,
                        null, m.group(1).charAt(1) - '0', 0);
            }
            case REL_QUARTER -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.REL_QUARTER, null, null, null, null, 0,
                        relOffset(m.group(1)));
            }
            case REL_UNIT -> {
                String unit = m.group(2).toLowerCase(Locale.ROOT);
                int off = relOffset(m.group(1));
                if (m.group(1).toLowerCase(Locale.ROOT).startsWith("the same")) {
                    return null; // "the same month": a claim's time, not a mention
                }
                TimexCandidate.Kind kind = switch (unit) {
                    case "decade" -> TimexCandidate.Kind.REL_DECADE;
                    case "year" -> TimexCandidate.Kind.REL_YEAR;
                    case "month" -> TimexCandidate.Kind.REL_MONTH;
                    default -> TimexCandidate.Kind.REL_WEEK;
                };
                return new TimexCandidate(s, e, kind, null, null, null, null, 0, off);
            }
            case AGO -> {
                java.math.BigDecimal n = Numbers.parse(m.group(1));
                if (n == null) {
                    return null;
                }
                int off = -n.intValue();
                TimexCandidate.Kind kind = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "year" -> TimexCandidate.Kind.REL_YEAR;
                    case "month" -> TimexCandidate.Kind.REL_MONTH;
                    case "week" -> TimexCandidate.Kind.REL_WEEK;
                    default -> TimexCandidate.Kind.REL_DAY;
                };
                Integer asDay = kind == TimexCandidate.Kind.REL_WEEK ? 1 : null; // "a week ago" is a day
                return new TimexCandidate(s, e, kind, null, null, asDay, null, 0, off);
            }
            case REL_DAY -> {
                int off = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                };
                return new TimexCandidate(s, e, TimexCandidate.Kind.REL_DAY, null, null, null, null, 0, off);
            }
            case WEEKDAY -> {
                int wd = WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
                int off = m.group(1) == null ? 0 : relOffset(m.group(1));
                return new TimexCandidate(s, e, TimexCandidate.Kind.WEEKDAY, null, null, null, null, wd,
                        m.group(1) == null ? 99 : off);
            }
            case SEASON -> {
                if (m.groupCount() >= 2 && m.group(2) != null && m.group(2).matches("\\d{4}")) {
                    return new TimexCandidate(s, e, TimexCandidate.Kind.SEASON, Integer.parseInt(m.group(2)), null,
                            null, null, SEASONS.get(m.group(1).toLowerCase(Locale.ROOT)), 0);
                }
                return new TimexCandidate(s, e, TimexCandidate.Kind.SEASON, null, null, null, null,
                        SEASONS.get(m.group(2).toLowerCase(Locale.ROOT)), relOffset(m.group(1)));
            }
            case DECADE -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.DECADE, null, null, null, null,
                        Integer.parseInt(m.group(1)), 0);
            }
            case QUARTER_REL_YEAR -> {
                int q = ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
                return new TimexCandidate(s, e, TimexCandidate.Kind.QUARTER, null, null, null, null, q,
                        relOffset(m.group(2)) - 100);
            }
            case YEAR_EDGE_REL -> {
                String rel = m.group(2).toLowerCase(Locale.ROOT);
                int off = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
                return new TimexCandidate(s, e, TimexCandidate.Kind.REL_YEAR, null, null, null, null, 0, off);
            }
            case DAY_PART -> {
                String d = m.group(1).toLowerCase(Locale.ROOT);
                int part = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "morning" -> 0;
                    case "afternoon" -> 1;
                    case "evening" -> 2;
                    default -> 3;
                };
                if (WEEKDAYS.containsKey(d)) {
                    return null; // "Monday morning": the weekday rule takes the day
                }
                int off = d.equals("yesterday") ? -1 : d.equals("tomorrow") ? 1 : 0;
                return new TimexCandidate(s, e, TimexCandidate.Kind.DAY_PART, null, null, null, null, part, off);
            }
            case WEEKEND -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.WEEKEND, null, null, null, null, 0,
                        relOffset(m.group(1)));
            }
            case THE_DAY -> {
                // "shares rose 3% on the day", "ending the day down 31 points": the day being reported on
                return new TimexCandidate(m.start(), e, TimexCandidate.Kind.THE_DAY, null, null, null, null, 0, 0);
            }
            case WEEK_OF_MONTH -> {
                String w = m.group(2);
                if (w.length() <= 4 && !w.equals("June") && !w.equals("July") && !w.equals("May")) {
                    return null;
                }
                String ord = m.group(1).toLowerCase(Locale.ROOT);
                int n = ord.equals("last") || ord.equals("final") ? TimexCandidate.LAST_WEEK : ORDINALS.get(ord);
                Integer y = m.group(3) == null ? null : Integer.parseInt(m.group(3));
                return new TimexCandidate(s, e, TimexCandidate.Kind.WEEK_OF_MONTH, y, month(w), null, null, n,
                        TimexCandidate.NO_OFFSET);
            }
            case SHORT_YEAR -> {
                // "since '82": the year of those two last digits nearest the publication date
                return new TimexCandidate(s, e, TimexCandidate.Kind.SHORT_YEAR, null, null, null, null,
                        Integer.parseInt(m.group(1)), 0);
            }
            case MOD_MONTH -> {
                String mod = m.group(1).toLowerCase(Locale.ROOT);
                String w = m.group(2);
                if (w.length() <= 4 && !w.equals("June") && !w.equals("July") && !w.equals("May")) {
                    return null;
                }
                int off = mod.equals("last") ? -1 : mod.equals("next") ? 1 : mod.equals("this") ? 0
                        : TimexCandidate.NO_OFFSET;
                return new TimexCandidate(s, e, TimexCandidate.Kind.MONTH, null, month(w), null, null, 0, off);
            }
            case PAST_REF -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.PAST_REF, null, null, null, null, 0, 0);
            }
            case FUTURE_REF -> {
                return new TimexCandidate(s, e, TimexCandidate.Kind.FUTURE_REF, null, null, null, null, 0, 0);
            }
            case BARE_SEASON -> {
                String lead2 = m.group().toLowerCase(Locale.ROOT);
                int off = lead2.startsWith("last") ? -1 : lead2.startsWith("next") ? 1 : 0;
                int ws = m.start(1);
                return new TimexCandidate(ws, e, TimexCandidate.Kind.SEASON, null, null, null, null,
                        SEASONS.get(m.group(1).toLowerCase(Locale.ROOT)), off);
            }
            case PRESENT -> {
                if (lead.equals("now") && followedByHyphen(text, e)) {
                    return null;
                }
                return new TimexCandidate(s, e, TimexCandidate.Kind.PRESENT, null, null, null, null, 0, 0);
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean followedByHyphen(String text, int e) {
        return e < text.length() && text.charAt(e) == '-';
    }

    /** "May" is the month when a date word or preposition is next to it, not the modal verb. */
    private static boolean mayIsMonth(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        String after = text.substring(start + 3, Math.min(text.length(), start + 12));
        return before.matches("(?s).*\\b(in|on|by|since|until|till|through|from|of|last|next|early|late|mid|this|to|and|between|before|after)\\s+$")
                || after.matches("(?s)^\\s+\\d.*");
    }

    private static int relOffset(String rel) {
        String r = rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (r.endsWith("last") || r.endsWith("past") || r.endsWith("previous")) {
            return -1;
        }
        if (r.endsWith("next") || r.endsWith("coming") || r.endsWith("following")) {
            return 1;
        }
        return 0;
    }
}
