package org.claimcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.ingest.InputException;
import org.claimcheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's texts: corpus order, repetition with distinct ids, the note when MEANTIME is absent. */
class BenchTextsTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ndate: 2026-01-02\n---\nAcme bought Beta.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.md"), "---\nid: b\n---\nGamma sued Delta.\n", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void repeatsTheSourcesWithDistinctIds() throws Exception {
        BenchTexts texts = BenchTexts.load(corpus(), tmp.resolve("no-meantime"));
        assertEquals(2, texts.distinct());
        List<Article> five = texts.take(5);
        assertEquals(List.of("a", "b", "a#2", "b#2", "a#3"), five.stream().map(Article::id).toList());
        assertEquals(five.get(0).body(), five.get(4).body());
        assertEquals(five.get(0).date(), five.get(2).date());
        assertEquals(List.of("b#2", "a#3"), texts.range(3, 5).stream().map(Article::id).toList());
        assertEquals(3L * "Acme bought Beta.\n".length() + 2L * "Gamma sued Delta.\n".length(), texts.chars(5));
    }

    @Test
    void absentMeantimeIsANoteNotAnError() throws Exception {
        BenchTexts texts = BenchTexts.load(corpus(), tmp.resolve("no-meantime"));
        assertTrue(texts.notes().stream().anyMatch(n -> n.startsWith("no MEANTIME texts")), texts.notes()::toString);
        assertTrue(texts.notes().contains("2 articles from " + tmp.resolve("corpus")), texts.notes()::toString);
    }

    @Test
    void emptyCorpusIsRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("note.md"), "", StandardCharsets.UTF_8);
        assertThrows(InputException.class, () -> BenchTexts.load(empty, null));
    }
}
