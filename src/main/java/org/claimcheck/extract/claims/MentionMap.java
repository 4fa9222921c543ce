package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Token;

/** Which mention, if any, covers each token (a token belongs to a mention when their spans overlap). */
final class MentionMap {

    private final List<Mention> mentions;
    private final List<List<Integer>> byToken;

    MentionMap(List<Token> tokens, List<Mention> mentions) {
        this.mentions = mentions;
        byToken = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            byToken.add(new ArrayList<>(1));
        }
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().overlaps(mention.span())) {
                    byToken.get(i).add(m);
                }
            }
        }
    }

    List<Mention> all() {
        return mentions;
    }

    Mention get(int index) {
        return mentions.get(index);
    }

    /** The mention of {@code type} covering token {@code t}, or -1. */
    int at(int t, MentionType type) {
        for (int m : byToken.get(t)) {
            if (mentions.get(m).type() == type) {
                return m;
            }
        }
        return -1;
    }

    /** Every mention index covering token {@code t}. */
    List<Integer> at(int t) {
        return Collections.unmodifiableList(byToken.get(t));
    }
}
