package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.model.Span;

/**
 * Rebuilds running text from a tokenized document, deterministically, and records each token's offsets.
 * Sentence 0 (the title) and sentence 1 (the dateline) each stand on their own line followed by a blank
 * line; every later sentence is one line. Tokens are joined by single spaces, except: no space before
 * closing punctuation ({@code , . ; : ? ! ) ] } %}, closing quotes, clitics ({@code 's n't 're 'll 've 'd 'm})
 * and no space after opening brackets, opening quotes and currency signs ({@code $ US$ £}). Penn Treebank
 * escapes are mapped back ({@code -LRB-} to {@code (}, {@code ``} and {@code ''} to {@code "}), and a
 * {@code #} directly before a number becomes {@code £}, which is how the treebank writes the pound sign.
 */
final class TokenText {

    /** The rebuilt text and, per input token, its span in it. */
    record Built(String text, List<Span> spans) {
    }

    /** A token to place: its sentence number and its text as tokenized. */
    record Tok(int sentence, String text) {
    }

    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
            "''", "'", "n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "...", "-rrb-", "-rsb-", "-rcb-");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "`", "#", "$", "£", "€", "-LRB-",
            "-LSB-", "-LCB-");

    private TokenText() {
    }

    static Built build(List<Tok> tokens) {
        StringBuilder sb = new StringBuilder();
        List<Span> spans = new ArrayList<>(tokens.size());
        int sentence = -1;
        boolean glue = true;
        boolean insideQuote = false;
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            String raw = t.text();
            if (t.sentence() != sentence) {
                if (sentence >= 0) {
                    sb.append(sentence <= 1 ? "\n\n" : "\n");
                }
                sentence = t.sentence();
                glue = true;
                insideQuote = false;
            }
            boolean plainQuote = raw.equals("\"");
            boolean closes = NO_SPACE_BEFORE.contains(raw.toLowerCase(Locale.ROOT)) || (plainQuote && insideQuote);
            if (!glue && !closes) {
                sb.append(' ');
            }
            String surface = surface(raw, i + 1 < tokens.size() ? tokens.get(i + 1).text() : "");
            spans.add(new Span(sb.length(), sb.length() + surface.length()));
            sb.append(surface);
            boolean opens = NO_SPACE_AFTER.contains(raw) || raw.endsWith("$") || (plainQuote && !insideQuote);
            if (plainQuote) {
                insideQuote = !insideQuote;
            }
            glue = opens;
        }
        if (sentence >= 0) {
            sb.append('\n');
        }
        return new Built(sb.toString(), spans);
    }

    /** The text a token stands for in running text. */
    static String surface(String token, String next) {
        return switch (token) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LSB-" -> "[";
            case "-RSB-" -> "]";
            case "-LCB-" -> "{";
            case "-RCB-" -> "}";
            case "``", "''" -> "\"";
            case "#" -> !next.isEmpty() && Character.isDigit(next.charAt(0)) ? "£" : "#";
            default -> token;
        };
    }
}
