package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.Span;
import org.claimcheck.model.Token;

/** Hand-built tokens for tests that need no CoreNLP models. */
final class TokenText {

    private TokenText() {
    }

    /** Tokens of one sentence from "word/POS/NER" items separated by single spaces (NER "O" when left out). */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : text.split(" ")) {
            String[] f = item.split("/");
            String ner = f.length > 2 ? f[2] : "O";
            out.add(new Token(out.size(), 0, new Span(at, at + f[0].length()), f[0], f[0], f[1], ner));
            at += f[0].length() + 1;
        }
        return out;
    }
}
