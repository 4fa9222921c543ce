package org.claimcheck.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Qualifier;

/** Reads the qualifier words around an amount: "up to", "about", "more than", "at least", "or more". */
public final class Qualifiers {

    private record Cue(Pattern pattern, Qualifier qualifier) {
    }

    /** Phrases that end right before the amount, longest first where they share words. */
    private static final List<Cue> BEFORE = List.of(
            cue("no more than|not more than|up to|as much as|as high as|a maximum of|at most", Qualifier.UP_TO),
            cue("no less than|not less than|at least|a minimum of|as little as", Qualifier.AT_LEAST),
            cue("more than|over|above|upwards of|in excess of|exceeding|north of|just over|well over", Qualifier.MORE_THAN),
            cue("less than|fewer than|under|below|just under|shy of|short of", Qualifier.LESS_THAN),
            cue("about|around|roughly|approximately|approx\\.|nearly|almost|some|an estimated|estimated|close to"
                    + "|circa|about the|just about|~", Qualifier.APPROX));

    private static final Pattern AFTER_AT_LEAST = Pattern.compile("^(?:\\s+or\\s+more|\\s+or\\s+higher|\\+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_MORE = Pattern.compile("^-plus\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_APPROX = Pattern.compile("^\\s+or\\s+so\\b", Pattern.CASE_INSENSITIVE);

    private Qualifiers() {
    }

    private static Cue cue(String alternatives, Qualifier q) {
        return new Cue(Pattern.compile("(?i)(?:^|[\\s(\"“])(?:" + alternatives + ")\\s+$"), q);
    }

    /** The qualifier of an amount spanning {@code [start, end)} in {@code text}. */
    public static Qualifier around(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 24), start);
        for (Cue c : BEFORE) {
            if (c.pattern().matcher(before).find()) {
                return c.qualifier();
            }
        }
        String after = text.substring(end, Math.min(text.length(), end + 12));
        if (AFTER_AT_LEAST.matcher(after).find()) {
            return Qualifier.AT_LEAST;
        }
        if (AFTER_MORE.matcher(after).find()) {
            return Qualifier.MORE_THAN;
        }
        if (AFTER_APPROX.matcher(after).find()) {
            return Qualifier.APPROX;
        }
        return Qualifier.EXACT;
    }

    /** True when the words right before {@code start} are "between", opening a "between X and Y" range. */
    public static boolean betweenBefore(String text, int start) {
        Matcher m = Pattern.compile("(?i)\\bbetween\\s+$").matcher(text.substring(Math.max(0, start - 10), start));
        return m.find();
    }
}
