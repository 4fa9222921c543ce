package org.claimcheck.ingest;

import java.util.List;
import org.claimcheck.model.Span;

/**
 * The text handed to the NLP stage, the map of its offsets back to the body, the page furniture that
 * was blanked out (as body spans), and a log of the repairs made.
 */
public record RepairedText(String text, OffsetMap map, List<Span> furniture, List<String> repairs) {
    public RepairedText {
        furniture = List.copyOf(furniture);
        repairs = List.copyOf(repairs);
    }
}
