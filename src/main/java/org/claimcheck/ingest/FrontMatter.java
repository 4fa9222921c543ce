package org.claimcheck.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Front matter of a text article: {@code ---} on the first line, {@code key: value} lines, {@code ---}.
 * Keys are case-insensitive; values may be quoted. Unknown keys are kept but ignored by the reader.
 *
 * @param body the text after the closing line (the whole text when there is no front matter)
 */
public record FrontMatter(Map<String, String> fields, String body) {

    static final Set<String> KNOWN = Set.of("id", "date", "title", "source", "url", "author", "tags");

    public static FrontMatter split(String where, String text) throws InputException {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return new FrontMatter(Map.of(), text);
        }
        int pos = text.indexOf('\n') + 1;
        Map<String, String> fields = new TreeMap<>();
        int lineNo = 1;
        while (true) {
            lineNo++;
            int nl = text.indexOf('\n', pos);
            if (nl < 0) {
                throw new InputException(where + ": front matter opened with --- on line 1 is never closed");
            }
            String line = text.substring(pos, nl);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            pos = nl + 1;
            if (line.strip().equals("---")) {
                break;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InputException(where + ":" + lineNo + ": malformed front matter line (want key: value): "
                        + abbreviate(line));
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            fields.put(key, value);
        }
        return new FrontMatter(fields, text.substring(pos));
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    public boolean has(String key) {
        return fields.containsKey(key) && !fields.get(key).isBlank();
    }

    public String get(String key, String dflt) {
        String v = fields.get(key);
        return v == null || v.isBlank() ? dflt : v;
    }
}
