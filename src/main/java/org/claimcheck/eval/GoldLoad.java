package org.claimcheck.eval;

import java.util.List;

/** Gold documents read from a folder, and one error line per file that could not be used. */
public record GoldLoad(List<GoldDocument> documents, List<String> errors) {
    public GoldLoad {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }
}
