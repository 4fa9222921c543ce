package org.claimcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;

/**
 * Finds percentages ("27 percent", "4.5%", "10-15 per cent", "six percent", "half a percent") with their
 * qualifiers.
 */
public final class PercentRecognizer {

    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.,])(" + Numbers.NUM + "|" + Numbers.WORD_NUM + ")"
            + "(?:\\s?(?:-|–|to)\\s?(" + Numbers.NUM + "))?\\s?(?:%|percent\\b|per\\scent\\b|pct\\b)"
            + "(?!\\s?(?:age\\s)?points?\\b)", Pattern.CASE_INSENSITIVE);

    /** A fraction of one percent: "half a percent", "a quarter of one per cent", "three-quarters of a percent". */
    private static final Pattern FRACTION = Pattern.compile("\\b(half|(?:a|one)\\s+quarter|three[-\\s]quarters)"
            + "\\s+(?:of\\s+)?(?:a|one)\\s+(?:percent|per\\scent)\\b(?!\\s?(?:age\\s)?points?\\b)",
            Pattern.CASE_INSENSITIVE);

    private PercentRecognizer() {
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            String part = f.group(1).toLowerCase(Locale.ROOT);
            BigDecimal v = part.startsWith("half") ? new BigDecimal("0.5")
                    : part.startsWith("three") ? new BigDecimal("0.75") : new BigDecimal("0.25");
            out.add(new Found(f.start(), f.end(), new Percent(v, null, Qualifiers.around(text, f.start(), f.end()))));
        }
        List<Found> fractions = List.copyOf(out);
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            BigDecimal v = Numbers.parse(m.group(1));
            if (v == null || overlapsAny(fractions, m.start(), m.end())) {
                continue; // "one per cent" inside "a quarter of one per cent"
            }
            if (m.group(2) != null) {
                BigDecimal hi = Numbers.parse(m.group(2));
                if (hi != null && hi.compareTo(v) > 0) {
                    out.add(new Found(m.start(), m.end(), new Percent(v, hi, Qualifier.RANGE)));
                    continue;
                }
            }
            out.add(new Found(m.start(), m.end(), new Percent(v, null, Qualifiers.around(text, m.start(), m.end()))));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlapsAny(List<Found> list, int s, int e) {
        return list.stream().anyMatch(f -> f.start() < e && s < f.end());
    }
}
