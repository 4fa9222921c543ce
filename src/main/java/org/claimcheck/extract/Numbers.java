package org.claimcheck.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Exact parsing of numerals and number words, and scale words ("billion", "bn", "B"). */
public final class Numbers {

    /** A numeral with thousands separators and decimals: 1,500 · 2.5 · 50 · 0.75. */
    public static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)";

    /** Spelled-out small numbers as used in news ("six years", "two-thirds" excluded). */
    /** A number written in two words: "twenty-one", "ninety nine", "two hundred" (never "one three"). */
    public static final String WORD_COMPOUND = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
            + "(?:one|two|three|four|five|six|seven|eight|nine)|(?:one|two|three|four|five|six|seven|eight|nine)[- ]hundred)";
    public static final String WORD_NUM = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred)";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a", 1),
            Map.entry("an", 1));

    private Numbers() {
    }

    /** Parses "1,500.25" or a number word; null when it is neither. */
    public static BigDecimal parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        Integer w = WORDS.get(t);
        if (w != null) {
            return BigDecimal.valueOf(w);
        }
        try {
            return new BigDecimal(t.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Power of ten of a scale word: billion → 9, "bn" → 9, "M" → 6; 0 for null/empty; -1 if unknown. */
    public static int scale(String word) {
        if (word == null || word.isBlank()) {
            return 0;
        }
        String w = word.strip();
        switch (w) {
            case "B", "b", "bn", "Bn", "BN", "bln" -> {
                return 9;
            }
            case "M", "m", "mn", "mln", "MM", "mm" -> {
                return 6;
            }
            case "K", "k" -> {
                return 3;
            }
            case "T", "t", "tn", "trn" -> {
                return 12;
            }
            default -> {
            }
        }
        return switch (w.toLowerCase(Locale.ROOT)) {
            case "thousand" -> 3;
            case "million" -> 6;
            case "billion" -> 9;
            case "trillion" -> 12;
            case "crore", "crores", "cr" -> 7;
            case "lakh", "lakhs", "lac" -> 5;
            default -> -1;
        };
    }

    public static BigDecimal scaled(BigDecimal n, int pow10) {
        BigDecimal r = n.movePointRight(pow10).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
