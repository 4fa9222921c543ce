package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimcheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsFrontMatterAndKeepsBodyExactly() throws Exception {
        Path p = write("a.md", "---\nid: x1\ndate: 2026-04-27\ntitle: \"A title\"\nsource: Wire\n---\nBody line 1.\nLine 2.\n");
        Article a = ArticleReader.read(p, null).get(0);
        assertEquals("x1", a.id());
        assertEquals(LocalDate.of(2026, 4, 27), a.date());
        assertEquals("A title", a.title());
        assertEquals("Body line 1.\nLine 2.\n", a.body());
    }

    @Test
    void withoutFrontMatterTheFileIsTheBodyAndDefaultDateApplies() throws Exception {
        Path p = write("plain.txt", "Just text.");
        Article a = ArticleReader.read(p, LocalDate.of(2025, 1, 2)).get(0);
        assertEquals("plain", a.id());
        assertEquals(LocalDate.of(2025, 1, 2), a.date());
        assertEquals("Just text.", a.body());
        assertNull(ArticleReader.read(p, null).get(0).date());
    }

    @Test
    void jsonLinesKeepGoodLinesAndReportBadOnes() throws Exception {
        Path p = write("arch.jsonl", "{\"id\":\"a\",\"date\":\"2026-01-05\",\"text\":\"One.\"}\n"
                + "not json\n{\"id\":\"c\",\"text\":\"\"}\n{\"id\":\"d\",\"date\":\"2026-02-30\",\"text\":\"x\"}\n"
                + "{\"id\":\"e\",\"text\":\"Five.\"}\n");
        List<ArticleReader.Result> rs = ArticleReader.readAll(p, null);
        assertEquals(5, rs.size());
        assertEquals("a", rs.get(0).article().id());
        assertTrue(rs.get(1).error().startsWith(p + ":2: not a JSON object"), rs.get(1).error());
        assertEquals(p + ":3: empty body", rs.get(2).error());
        assertTrue(rs.get(3).error().contains(":4: bad date '2026-02-30'"), rs.get(3).error());
        assertEquals("e", rs.get(4).article().id());
    }

    @Test
    void badFilesGiveOneLineErrorsNamingTheFile() throws Exception {
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, new byte[] {'a', 0, 'b'});
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Path empty = write("empty.md", "---\nid: e\n---\n   \n");
        Path open = write("open.md", "---\nid: o\nBody without closing");
        Path badKey = write("key.md", "---\nthis line has no colon\n---\nBody.");
        Path badDate = write("date.md", "---\ndate: 2026-13-01\n---\nBody.");
        for (Path p : List.of(bin, latin, empty, open, badKey, badDate)) {
            InputException e = assertThrows(InputException.class, () -> ArticleReader.read(p, null));
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        assertTrue(assertThrows(InputException.class, () -> ArticleReader.read(latin, null)).getMessage()
                .endsWith("not valid UTF-8"));
    }

    @Test
    void foldersAreWalkedInSortedOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        write("sub/b.md", "B");
        write("a.txt", "A");
        write("README.md", "not an article");
        write("notes.csv", "x");
        List<Path> files = ArticleReader.expand(List.of(dir));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("sub/b.md")), files);
        assertThrows(InputException.class, () -> ArticleReader.expand(List.of(dir.resolve("missing"))));
    }
}
