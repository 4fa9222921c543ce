package org.claimcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;

/** Finds percentages ("27 percent", "4.5%", "10-15 per cent", "six percent") with their qualifiers. */
public final class PercentRecognizer {

    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.,])(" + Numbers.NUM + "|" + Numbers.WORD_NUM + ")"
            + "(?:\\s?(?:-|–|to)\\s?(" + Numbers.NUM + "))?\\s?(?:%|percent\\b|per\\scent\\b|pct\\b)"
            + "(?!\\s?(?:age\\s)?points?\\b)", Pattern.CASE_INSENSITIVE);

    private PercentRecognizer() {
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = PERCENT.matcher(text);
        while (m.find()) {
            BigDecimal v = Numbers.parse(m.group(1));
            if (v == null) {
                continue;
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
        return out;
    }
}
