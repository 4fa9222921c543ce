package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTextTest {

    private static List<TokenText.Tok> sentence(int s, String... tokens) {
        List<TokenText.Tok> out = new ArrayList<>();
        for (String t : tokens) {
            out.add(new TokenText.Tok(s, t));
        }
        return out;
    }

    @Test
    void titleAndDatelineStandApartAndPunctuationIsGlued() {
        List<TokenText.Tok> toks = new ArrayList<>();
        toks.addAll(sentence(0, "EADS", "wins", "#", "13", "billion", "deal"));
        toks.addAll(sentence(1, "March", "01", ",", "2008"));
        toks.addAll(sentence(2, "Boeing", "'s", "shares", "fell", "5", "%", "-LRB-", "``", "a", "lot", "''",
                "-RRB-", "."));
        toks.addAll(sentence(3, "He", "said", "\"", "we", "did", "n't", "\"", "to", "US$", "40", "and", "#", "ten",
                "."));
        TokenText.Built b = TokenText.build(toks);
        assertEquals("EADS wins £13 billion deal\n\nMarch 01, 2008\n\n"
                + "Boeing's shares fell 5% (\"a lot\").\n"
                + "He said \"we didn't\" to US$40 and #ten.\n", b.text());
        assertEquals(toks.size(), b.spans().size());
        // every token's span holds the token, or what the token stands for
        for (int i = 0; i < toks.size(); i++) {
            String raw = toks.get(i).text();
            String expected = switch (raw) {
                case "-LRB-" -> "(";
                case "-RRB-" -> ")";
                case "``", "''" -> "\"";
                case "#" -> toks.get(i + 1).text().equals("13") ? "£" : "#";
                default -> raw;
            };
            assertEquals(expected, b.spans().get(i).of(b.text()), "token " + i);
        }
    }
}
