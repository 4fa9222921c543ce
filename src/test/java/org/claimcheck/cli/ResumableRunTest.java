package org.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract --out with the result cache, through the real pipeline (mentions only, so no parser). */
class ResumableRunTest {

    @TempDir
    Path tmp;

    private String run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.commandLine().execute(args), () -> err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private String extract(Path in, Path out, String... more) {
        String[] base = {"extract", in.toString(), "--out", out.toString(), "--mentions-only", "--threads", "1",
            "--date", "2026-04-27"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void reRunReusesUnchangedArticlesAndRedoesChangedOnes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("a.txt"), "Microsoft agreed to pay $10 billion in March.\n");
        write(in.resolve("b.txt"), "Oracle said revenue rose 12 percent last year.\n");
        Path out = tmp.resolve("facts.jsonl");

        String first = extract(in, out);
        assertTrue(first.contains("2 processed, 0 failed (0 unchanged, reused from cache)"), first);
        String facts = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(Files.isDirectory(tmp.resolve("facts.jsonl.cache")));

        String second = extract(in, out);
        assertTrue(second.contains("2 processed, 0 failed (2 unchanged, reused from cache)"), second);
        assertEquals(facts, Files.readString(out, StandardCharsets.UTF_8), "reused lines are the same lines");

        write(in.resolve("b.txt"), "Oracle said revenue rose 15 percent last year.\n");
        String third = extract(in, out);
        assertTrue(third.contains("(1 unchanged, reused from cache)"), third);
        String updated = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(updated.contains("\"15 percent\""), updated);
        assertFalse(updated.contains("\"12 percent\""), updated);

        String uncached = extract(in, out, "--no-cache");
        assertFalse(uncached.contains("reused from cache"), uncached);
        assertEquals(updated, Files.readString(out, StandardCharsets.UTF_8));
    }
}
