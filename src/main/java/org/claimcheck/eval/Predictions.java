package org.claimcheck.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;

/**
 * Predictions read from a facts file (JSON Lines as written by {@code claimcheck extract}), by article
 * id. A bad line is reported (file, line number, problem) and skipped; the rest are kept.
 */
public final class Predictions {

    private Predictions() {
    }

    /** Facts by article id; problems appended to {@code errors}. */
    public static Map<String, ArticleFacts> read(Path file, List<String> errors) throws IOException {
        Map<String, ArticleFacts> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                ArticleFacts f = FactsJson.read(line);
                if (out.putIfAbsent(f.article().id(), f) != null) {
                    errors.add(file + ":" + (i + 1) + ": article '" + f.article().id() + "' given twice; first kept");
                }
            } catch (RuntimeException e) {
                errors.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }
}
