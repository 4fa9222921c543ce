package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Sentence;

/**
 * Which sentence an offset is in, by the predicted sentence split (so that gold and predicted claims
 * are placed by the same split), or by lines of the body when the predictions carry no sentences.
 */
final class SentenceLocator {

    private final int[] starts;

    private SentenceLocator(int[] starts) {
        this.starts = starts;
    }

    static SentenceLocator of(ArticleFacts facts, String body) {
        List<Integer> starts = new ArrayList<>();
        if (facts != null && !facts.sentences().isEmpty()) {
            facts.sentences().stream().map(Sentence::span).sorted().forEach(s -> starts.add(s.start()));
        } else {
            starts.add(0);
            for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
        }
        return new SentenceLocator(starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The index of the last sentence starting at or before the offset (0 before the first). */
    int sentenceAt(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
