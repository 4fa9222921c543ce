package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.model.Span;

/**
 * Repairs the defects scraped HTML leaves in article text, before NLP, keeping a map back to the body:
 * <ul>
 *   <li>page furniture (affiliate notes, newsletter boxes, lone {@code |} lines, blocks of short
 *       unpunctuated lines such as event ads) is blanked out with spaces, newlines kept;</li>
 *   <li>words glued at tag boundaries are split ("In OctoberOpenAI" → "October OpenAI",
 *       "the agreementadding" → "agreement adding", "OpenAIpending" → "OpenAI pending"), using the
 *       article's own vocabulary, so only splits into words the article uses elsewhere are made, and a
 *       name glued to a reporting verb ("TechCrunchreported") is split before the verb;</li>
 *   <li>doubled words ("The The Financial Times") and doubled initial letters ("IIn October") are undone.</li>
 * </ul>
 * A pure function of the body and the names it is given; thread-safe.
 */
public final class TextRepair {

    private static final Pattern LONE_PUNCT = Pattern.compile("^[\\s|•·*_=#~\\-–—]+$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(through (the )?links|earn (a |an )?(small )?(affiliate )?commission|affiliate (link|commission)"
                    + "|editorial independence|sign up for|subscribe (to|for)|newsletter|^advertisement|sponsored content"
                    + "|^read more\\b|^related( articles| stories)?:|click here|all rights reserved|share this (article|story)"
                    + "|follow us on|^image( credit)?:|^photo( credit)?:|register now|get your tickets|early[- ]bird)");
    private static final Pattern PIPE_LINE_WITH_DATE = Pattern.compile(
            "\\|.*\\b(19|20)\\d\\d\\b|\\b(19|20)\\d\\d\\b.*\\|");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;\"”’')\\]]\\s*$");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private static final Set<String> MONTHS_DAYS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Words that often follow a link or emphasis in running text; a glued suffix may be one of these. */
    private static final Set<String> CONNECTORS = Set.of("adding", "saying", "noting", "citing", "including",
            "pending", "according", "following", "after", "before", "while", "which", "who", "that", "and", "but",
            "with", "from", "for", "the", "said", "says", "also", "over", "under", "into", "than", "when", "where",
            "because", "although", "though", "until", "since", "during", "about", "against", "between", "amid");
    /** Reporting verbs that follow a linked outlet or person, glued to it when the link is stripped. */
    private static final Set<String> REPORTING = Set.of("reported", "reports", "said", "says", "wrote", "writes",
            "told", "added", "announced", "confirmed", "noted");
    /** Words whose doubling can be grammatical ("that that", "had had"). */
    private static final Set<String> MAY_DOUBLE = Set.of("that", "had", "is", "very", "no", "bye", "ha", "do", "so",
            "far", "really", "more", "many", "much");

    private TextRepair() {
    }

    public static RepairedText repair(String body) {
        return repair(body, Set.of());
    }

    /**
     * @param knownNames extra names (e.g. gazetteer entries) that count as words when splitting glue
     */
    public static RepairedText repair(String body, Set<String> knownNames) {
        char[] chars = body.toCharArray();
        List<Span> furniture = findFurniture(body);
        List<String> log = new ArrayList<>();
        for (Span f : furniture) {
            for (int i = f.start(); i < f.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') {
                    chars[i] = ' ';
                }
            }
            log.add("furniture " + f.start() + "-" + f.end());
        }
        String blanked = new String(chars);
        Map<String, Integer> vocab = vocabulary(blanked);

        StringBuilder out = new StringBuilder(body.length() + 16);
        int[] origin = new int[body.length() + 64];
        int n = 0;
        int pos = 0;
        Matcher m = WORD.matcher(blanked);
        String prevWord = null;
        int prevWordOutStart = -1;
        int prevWordOutEnd = -1;
        while (m.find()) {
            // copy the gap
            for (int i = pos; i < m.start(); i++) {
                origin = ensure(origin, n + 1);
                out.append(blanked.charAt(i));
                origin[n++] = i;
            }
            String word = m.group();
            String core = stripPunct(word);
            // doubled word: drop the earlier copy (and the space after it)
            if (prevWord != null && prevWordOutEnd == n - 1 && core.length() > 0 && core.equals(prevWord)
                    && Character.isLetter(core.charAt(0))
                    && !MAY_DOUBLE.contains(core.toLowerCase(Locale.ROOT)) && word.equals(core)) {
                out.delete(prevWordOutStart, n);
                n = prevWordOutStart;
                log.add("doubled word '" + core + "' at " + m.start());
            }
            int wordOutStart = n;
            List<Integer> inserts = new ArrayList<>();
            int skip = -1;
            int dbl = doubledInitial(word, vocab);
            if (dbl >= 0) {
                skip = m.start() + dbl;
                log.add("doubled letter in '" + word + "' at " + m.start());
            } else {
                int cut = glueSplit(word, vocab, knownNames);
                if (cut > 0) {
                    inserts.add(m.start() + cut);
                    log.add("glued '" + word + "' split at " + (m.start() + cut));
                }
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (i == skip) {
                    continue;
                }
                if (inserts.contains(i)) {
                    origin = ensure(origin, n + 1);
                    out.append(' ');
                    origin[n++] = i;
                }
                origin = ensure(origin, n + 1);
                out.append(blanked.charAt(i));
                origin[n++] = i;
            }
            prevWord = inserts.isEmpty() && skip < 0 ? core : null;
            prevWordOutStart = wordOutStart;
            prevWordOutEnd = n;
            pos = m.end();
            // the next word must follow after exactly one space for a doubled-word repair
            if (pos < blanked.length() && blanked.charAt(pos) == ' ') {
                prevWordOutEnd = n; // compared against n - 1 after copying the single space
            }
        }
        for (int i = pos; i < blanked.length(); i++) {
            origin = ensure(origin, n + 1);
            out.append(blanked.charAt(i));
            origin[n++] = i;
        }
        int[] exact = new int[n];
        System.arraycopy(origin, 0, exact, 0, n);
        return new RepairedText(out.toString(), new OffsetMap(exact, body.length()), furniture, log);
    }

    private static int[] ensure(int[] a, int size) {
        if (size <= a.length) {
            return a;
        }
        int[] b = new int[Math.max(size, a.length * 2)];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    private static String stripPunct(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }

    /** Lower-cased standalone words of the text with their counts. */
    static Map<String, Integer> vocabulary(String text) {
        Map<String, Integer> v = new HashMap<>();
        Matcher m = LETTERS.matcher(text);
        while (m.find()) {
            v.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return v;
    }

    private static boolean known(String w, Map<String, Integer> vocab, Set<String> names) {
        String l = w.toLowerCase(Locale.ROOT);
        return vocab.getOrDefault(l, 0) >= 1 || MONTHS_DAYS.contains(l) || names.contains(w);
    }

    /** "IIn" → index of the letter to drop (0), when the rest is a word the article uses. */
    static int doubledInitial(String word, Map<String, Integer> vocab) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || word.charAt(0) != word.charAt(1)
                || !Character.isLowerCase(word.charAt(2))) {
            return -1;
        }
        String rest = stripPunct(word.substring(1));
        String l = rest.toLowerCase(Locale.ROOT);
        boolean restKnown = vocab.getOrDefault(l, 0) >= 1 || MONTHS_DAYS.contains(l) || CONNECTORS.contains(l)
                || l.length() <= 3;
        return restKnown ? 0 : -1;
    }

    /**
     * Where to split a glued word, or -1. Splits only a token the article uses once, into a prefix the
     * article knows (or a month/day name, or a given name) and a suffix it knows or that commonly follows
     * a link ("adding", "pending").
     */
    static int glueSplit(String word, Map<String, Integer> vocab, Set<String> names) {
        String core = stripPunct(word);
        if (core.length() < 6 || !core.chars().allMatch(Character::isLetter)) {
            return -1;
        }
        int offset = word.indexOf(core);
        String lower = core.toLowerCase(Locale.ROOT);
        if (vocab.getOrDefault(lower, 0) > 1 || names.contains(core)) {
            return -1;
        }
        int best = -1;
        for (int cut = core.length() - 2; cut >= 3; cut--) {
            String a = core.substring(0, cut);
            String b = core.substring(cut);
            char last = a.charAt(a.length() - 1);
            char first = b.charAt(0);
            boolean caseBoundary = Character.isLowerCase(last) && Character.isUpperCase(first)
                    || Character.isUpperCase(last) && Character.isLowerCase(first) && a.length() >= 2
                    && Character.isUpperCase(a.charAt(a.length() - 2));
            boolean allLower = core.equals(lower);
            String al = a.toLowerCase(Locale.ROOT);
            String bl = b.toLowerCase(Locale.ROOT);
            if (!caseBoundary && !allLower && Character.isUpperCase(core.charAt(0)) && REPORTING.contains(bl)
                    && (a.chars().filter(Character::isUpperCase).count() >= 2 || names.contains(a)
                    || vocab.getOrDefault(al, 0) >= 1)) {
                return offset + cut; // a linked outlet glued to its verb: "TechCrunchreported"
            }
            if (!caseBoundary && !allLower) {
                continue;
            }
            if (b.length() < 3 && !(MONTHS_DAYS.contains(al) && Character.isUpperCase(first))) {
                continue; // two-letter suffixes only after a month or day name ("MarchFt")
            }
            boolean aKnown = MONTHS_DAYS.contains(al) || names.contains(a) || vocab.getOrDefault(al, 0) >= 1;
            boolean bKnown = CONNECTORS.contains(bl) || names.contains(b) || vocab.getOrDefault(bl, 0) >= 1;
            if (!aKnown || !bKnown) {
                continue;
            }
            if (allLower && (a.length() < 4 || b.length() < 4) && !CONNECTORS.contains(bl)) {
                continue; // "insight" is not "ins" + "ight": short pieces of lower-case words need more proof
            }
            if (caseBoundary && MONTHS_DAYS.contains(al) && Character.isUpperCase(first)) {
                return offset + cut; // "OctoberOpenAI"
            }
            if (best < 0) {
                best = offset + cut; // longest known prefix first
            }
        }
        return best;
    }

    /** Body spans of lines (or blocks of lines) that are page furniture, not article text. */
    static List<Span> findFurniture(String body) {
        List<int[]> lines = new ArrayList<>();
        int p = 0;
        while (p <= body.length()) {
            int nl = body.indexOf('\n', p);
            int e = nl < 0 ? body.length() : nl;
            lines.add(new int[] {p, e});
            if (nl < 0) {
                break;
            }
            p = nl + 1;
        }
        int firstText = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!body.substring(lines.get(i)[0], lines.get(i)[1]).isBlank()) {
                firstText = i;
                break;
            }
        }
        boolean[] furn = new boolean[lines.size()];
        boolean[] shortBare = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = body.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            if (line.isEmpty()) {
                continue;
            }
            int words = line.split("\\s+").length;
            if (LONE_PUNCT.matcher(line).matches()) {
                furn[i] = true;
            } else if (words <= 40 && BOILERPLATE.matcher(line).find()) {
                furn[i] = true;
            } else if (words <= 16 && line.contains("|") && PIPE_LINE_WITH_DATE.matcher(line).find()) {
                furn[i] = true;
            }
            shortBare[i] = i != firstText && words <= 8 && !TERMINAL.matcher(line).find();
        }
        // blocks of two or more short unpunctuated lines (event ads, share bars), lone-punct lines joining them
        int i = 0;
        while (i < lines.size()) {
            if (!shortBare[i] && !(furn[i] && isLonePunct(body, lines.get(i)))) {
                i++;
                continue;
            }
            int j = i;
            int bare = 0;
            while (j < lines.size() && (shortBare[j] || (furn[j] && isLonePunct(body, lines.get(j))))) {
                if (shortBare[j]) {
                    bare++;
                }
                j++;
            }
            if (bare >= 2) {
                for (int k = i; k < j; k++) {
                    furn[k] = true;
                }
            }
            i = j;
        }
        List<Span> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (furn[k]) {
                int s = lines.get(k)[0];
                int e = lines.get(k)[1];
                while (s < e && Character.isWhitespace(body.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
            }
        }
        return out;
    }

    private static boolean isLonePunct(String body, int[] line) {
        return LONE_PUNCT.matcher(body.substring(line[0], line[1]).strip()).matches()
                && !body.substring(line[0], line[1]).isBlank();
    }
}
