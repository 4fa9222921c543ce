package org.claimcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Money;
import org.claimcheck.model.Qualifier;

/**
 * Finds amounts of money in text and normalizes them exactly: "$50B", "$1.5bn", "€3 million",
 * "£13 billion", "50 billion dollars", "US$2.3 trillion", "$10-12 billion", "between €2 billion and
 * €3 billion", with the qualifier words around them. The span covers currency, number and scale, not
 * the qualifier words. Pure and thread-safe.
 */
public final class MoneyRecognizer {

    private static final String SYMBOL = "(?:US\\$|U\\.S\\.\\s?\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|€|£|¥|₹|₩|₽|₺|₪|₱|₫|฿|Rs\\.?\\s?"
            + "|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|CAD|AUD|HKD|SGD|KRW|SEK|NOK|DKK|BRL|MXN|ZAR)\\s?)";
    private static final String SCALE = "(?:\\s?(?:trillion|billion|million|thousand|crores?|lakhs?)\\b|(?:tn|trn|bn|bln|mn|mln|[bBmMkKT])(?![\\w]))";
    /** Adjectives that say whose currency a currency word is ("Danish kroner", "Hong Kong dollars"). */
    private static final String NATION = "(?:US|U\\.S\\.|Australian|Canadian|Hong\\sKong|Singapore|New\\sZealand|New\\sTaiwan|Taiwan"
            + "|Danish|Norwegian|Swedish|Icelandic|Czech|Swiss|Brazilian|Mexican|Argentine|Chilean|Colombian|Philippine"
            + "|Indian|Pakistani|Indonesian|Chinese|Japanese|South\\sKorean|Korean|Turkish|Russian|Egyptian"
            + "|South\\sAfrican|Nigerian|Kenyan|Saudi|Qatari|Emirati|UAE|Israeli|Thai|Malaysian|Vietnamese|Polish"
            + "|Hungarian)\\s";
    private static final String CUR_WORD = "(?:" + NATION + ")?"
            + "(?:dollars?|euros?|pounds?(?:\\ssterling)?|sterling|yen|yuan|renminbi|rupees?|rupiah|francs?"
            + "|won|roubles?|rubles?|reais|real|pesos?|kronor|kroner|krona|krone|crowns?|rand|lira|zloty|zlotys"
            + "|riyals?|dirhams?|shekels?|baht|ringgit|naira|shillings?|forints?|koruna|dong"
            + "|USD|EUR|GBP|JPY|CNY|INR|CHF)";

    /** "$10 billion", "$10-12 billion", "$10 billion to $12 billion" (second currency optional). */
    private static final Pattern PREFIXED = Pattern.compile("(" + SYMBOL + ")\\s?(" + Numbers.NUM + ")(" + SCALE + ")?"
            + "(?:\\s?(?:-|–|to)\\s?(" + SYMBOL + ")?(" + Numbers.NUM + ")(" + SCALE + ")?)?");
    /** "50 billion dollars", "3 million euros", "1.2bn USD". */
    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\w\\p{Sc}.,])(" + Numbers.NUM + "|(?i:" + Numbers.WORD_NUM + "))"
            + "(?:\\s?(?:-|–|to)\\s?(" + Numbers.NUM + "))?(" + SCALE + ")?\\s(" + CUR_WORD + ")\\b");

    /** "15 cents", "fifteen cents", "50p", "80 pence". */
    private static final Pattern CENTS = Pattern.compile("(?<![\\w\\p{Sc}.,])(" + Numbers.NUM + "|" + Numbers.WORD_NUM
            + ")(?:\\s(cents?|pence)\\b|(p)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"),
            Map.entry("U.S.$", "USD"), Map.entry("CA$", "CAD"), Map.entry("C$", "CAD"), Map.entry("AU$", "AUD"),
            Map.entry("A$", "AUD"), Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"), Map.entry("S$", "SGD"),
            Map.entry("R$", "BRL"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("₹", "INR"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"), Map.entry("₺", "TRY"),
            Map.entry("₪", "ILS"), Map.entry("₱", "PHP"), Map.entry("₫", "VND"), Map.entry("฿", "THB"), Map.entry("RS", "INR"), Map.entry("RS.", "INR"), Map.entry("RMB", "CNY"));

    /** What follows a price of one currency in another: "92.27 yen to the dollar", "1.08 dollars per euro". */
    private static final Pattern RATE_TAIL = Pattern.compile("(?s)\\s+(?:(?:to|against)\\s+(?:the|one|a|each)|per(?:\\s+one)?)\\s+"
            + CUR_WORD + "\\b.*", Pattern.CASE_INSENSITIVE);

    private MoneyRecognizer() {
    }

    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = PREFIXED.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            from = m.end();
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))
                    && Character.isLetter(text.charAt(m.start()))) {
                continue; // "AUD" inside a word
            }
            String cur = code(m.group(1));
            if (cur == null) {
                continue;
            }
            int s2 = Numbers.scale(m.group(6));
            int s1 = m.group(3) != null ? Numbers.scale(m.group(3)) : (m.group(5) != null ? s2 : 0);
            BigDecimal a = Numbers.parse(m.group(2));
            if (a == null || s1 < 0 || s2 < 0) {
                continue;
            }
            int end = m.end();
            BigDecimal low = Numbers.scaled(a, s1);
            if (m.group(5) != null) {
                BigDecimal hi = Numbers.scaled(Numbers.parse(m.group(5)), s2);
                boolean change = text.substring(Math.max(0, m.start() - 6), m.start()).matches("(?is).*\\bfrom\\s+$");
                if (hi.compareTo(low) > 0 && !change) {
                    out.add(new Found(m.start(), end, new Money(low, hi, cur, Qualifier.RANGE)));
                    continue;
                }
                // "from $55 billion to $27 billion": two amounts, not a range; read the second one next
                end = m.group(3) != null ? m.end(3) : m.end(2);
                from = end;
            }
            out.add(between(text, m.start(), end, low, cur));
        }
        Matcher w = SUFFIXED.matcher(text);
        while (w.find()) {
            if (overlapsAny(out, w.start(), w.end())) {
                continue;
            }
            String cur = wordCode(w.group(4));
            int sc = Numbers.scale(w.group(3));
            BigDecimal a = Numbers.parse(w.group(1));
            if (cur == null || a == null || sc < 0) {
                continue;
            }
            BigDecimal low = Numbers.scaled(a, sc);
            if (w.group(2) != null) {
                BigDecimal hi = Numbers.scaled(Numbers.parse(w.group(2)), sc);
                if (hi.compareTo(low) > 0) {
                    out.add(new Found(w.start(), w.end(), new Money(low, hi, cur, Qualifier.RANGE)));
                    continue;
                }
            }
            out.add(between(text, w.start(), w.end(), low, cur));
        }
        Matcher c = CENTS.matcher(text);
        while (c.find()) {
            BigDecimal n = Numbers.parse(c.group(1));
            if (n == null || overlapsAny(out, c.start(), c.end()) || (c.group(3) != null && !c.group(1).matches("\\d+"))) {
                continue;
            }
            String unit = c.group(2) != null ? c.group(2).toLowerCase(Locale.ROOT) : "p";
            String cur = unit.startsWith("cent") ? "USD" : "GBP";
            if (c.group(3) != null && !text.substring(Math.max(0, c.start() - 12), c.start()).matches("(?s).*\\b(at|to|of|from|by)\\s+$")) {
                continue; // a bare "50p" only as a price
            }
            out.add(between(text, c.start(), c.end(), n.movePointLeft(2), cur));
        }
        out.removeIf(f -> exchangeRate(text, f.end()));
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return mergeBetween(text, out);
    }

    /** An exchange rate is a price of money, not an amount anyone pays or earns: "trading at 92.27 yen to the dollar". */
    private static boolean exchangeRate(String text, int end) {
        return RATE_TAIL.matcher(text.substring(end, Math.min(text.length(), end + 40))).matches();
    }

    private static Found between(String text, int start, int end, BigDecimal amount, String cur) {
        return new Found(start, end, new Money(amount, null, cur, Qualifiers.around(text, start, end)));
    }

    /** "between €2 billion and €3 billion" → one RANGE mention over "€2 billion and €3 billion". */
    private static List<Found> mergeBetween(String text, List<Found> in) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Found a = in.get(i);
            if (i + 1 < in.size() && Qualifiers.betweenBefore(text, a.start())) {
                Found b = in.get(i + 1);
                String gap = text.substring(a.end(), b.start());
                Money ma = (Money) a.value();
                Money mb = (Money) b.value();
                if (gap.matches("\\s+and\\s+") && ma.currency().equals(mb.currency())
                        && mb.amount().compareTo(ma.amount()) > 0) {
                    out.add(new Found(a.start(), b.end(), new Money(ma.amount(), mb.amount(), ma.currency(),
                            Qualifier.RANGE)));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean overlapsAny(List<Found> list, int s, int e) {
        return list.stream().anyMatch(f -> f.start() < e && s < f.end());
    }

    static String code(String symbol) {
        String s = symbol.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.length() == 3 && s.chars().allMatch(Character::isLetter)) {
            return s.equals("RMB") ? "CNY" : s;
        }
        return CODES.get(s);
    }

    /**
     * A currency word's code: the nationality decides where the word is shared ("Danish kroner" DKK,
     * "Norwegian kroner" NOK, "Egyptian pounds" EGP), else the usual owner of the word ("dollars" USD,
     * "pounds" GBP, "kronor" SEK); null for a word that names no one currency alone ("crowns", "shillings").
     */
    static String wordCode(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.length() == 3 && w.chars().allMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word;
        }
        int space = w.lastIndexOf(' ');
        String nation = space < 0 ? "" : w.substring(0, space);
        String unit = space < 0 ? w : w.substring(space + 1);
        if (unit.equals("sterling") && !nation.isEmpty() && nation.endsWith("pound")) { // "pounds sterling"
            return "GBP";
        }
        for (String[] row : BY_NATION) {
            if (unit.startsWith(row[0]) && nation.equals(row[1])) {
                return row[2];
            }
        }
        for (String[] row : BY_WORD) {
            if (unit.startsWith(row[0])) {
                return row[1];
            }
        }
        return null;
    }

    /** Currency word stem, nationality, code; consulted before {@link #BY_WORD}. */
    private static final String[][] BY_NATION = {
        {"dollar", "australian", "AUD"}, {"dollar", "canadian", "CAD"}, {"dollar", "hong kong", "HKD"},
        {"dollar", "singapore", "SGD"}, {"dollar", "new zealand", "NZD"}, {"dollar", "taiwan", "TWD"},
        {"dollar", "new taiwan", "TWD"}, {"pound", "egyptian", "EGP"}, {"rupee", "pakistani", "PKR"},
        {"peso", "philippine", "PHP"}, {"peso", "argentine", "ARS"}, {"peso", "chilean", "CLP"},
        {"peso", "colombian", "COP"}, {"kron", "danish", "DKK"}, {"kron", "norwegian", "NOK"},
        {"kron", "swedish", "SEK"}, {"kron", "icelandic", "ISK"}, {"crown", "danish", "DKK"},
        {"crown", "norwegian", "NOK"}, {"crown", "swedish", "SEK"}, {"crown", "czech", "CZK"},
        {"riyal", "qatari", "QAR"}, {"shilling", "kenyan", "KES"}, {"won", "korean", "KRW"},
        {"won", "south korean", "KRW"}};

    /** Currency word stem and the code it has without a nationality, or with one not listed above. */
    private static final String[][] BY_WORD = {
        {"franc", "CHF"}, {"dollar", "USD"}, {"euro", "EUR"}, {"pound", "GBP"}, {"sterling", "GBP"},
        {"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"rupiah", "IDR"}, {"rupee", "INR"},
        {"won", "KRW"}, {"rouble", "RUB"}, {"ruble", "RUB"}, {"reais", "BRL"}, {"real", "BRL"},
        {"peso", "MXN"}, {"kronor", "SEK"}, {"krona", "SEK"}, {"kroner", "DKK"}, {"krone", "DKK"},
        {"rand", "ZAR"}, {"lira", "TRY"}, {"zloty", "PLN"}, {"riyal", "SAR"}, {"dirham", "AED"},
        {"shekel", "ILS"}, {"baht", "THB"}, {"ringgit", "MYR"}, {"naira", "NGN"}, {"forint", "HUF"},
        {"koruna", "CZK"}, {"dong", "VND"}};
}
