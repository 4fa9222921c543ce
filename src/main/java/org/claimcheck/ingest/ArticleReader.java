package org.claimcheck.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimcheck.model.Article;

/**
 * Reads articles from {@code .txt}/{@code .md} files (optional front matter) and {@code .jsonl} archives
 * (one article per line). Every problem is an {@link InputException} whose message names the file.
 */
public final class ArticleReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleReader() {
    }

    /** True for the file kinds this reader takes. */
    public static boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".jsonl");
    }

    /**
     * All article files under the given paths, folders walked recursively, in a stable (sorted) order.
     * A path that does not exist is an error.
     */
    public static List<Path> expand(List<Path> inputs) throws InputException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(ArticleReader::accepts)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new InputException(p + ": cannot list folder: " + e.getMessage());
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new InputException(p + ": no such file or folder");
            }
        }
        return out;
    }

    /**
     * Reads one file. For {@code .jsonl} a bad line does not stop the others: use {@link #readLines} to
     * get them one by one; this method fails on the first bad line.
     */
    public static List<Article> read(Path file, LocalDate defaultDate) throws InputException {
        List<Article> out = new ArrayList<>();
        for (Result r : readAll(file, defaultDate)) {
            if (r.error() != null) {
                throw new InputException(r.error());
            }
            out.add(r.article());
        }
        return out;
    }

    /** One article or one error line. */
    public record Result(Article article, String error) {
    }

    /** Reads one file into results, one per article; errors are kept as results so a batch goes on. */
    public static List<Result> readAll(Path file, LocalDate defaultDate) {
        String text;
        try {
            text = decode(file);
        } catch (InputException e) {
            return List.of(new Result(null, e.getMessage()));
        }
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            return readLines(file, text, defaultDate);
        }
        try {
            return List.of(new Result(parseDocument(file.toString(), stem(name), text, defaultDate), null));
        } catch (InputException e) {
            return List.of(new Result(null, e.getMessage()));
        }
    }

    static String decode(Path file) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                throw new InputException(file + ": binary file (NUL byte at " + i + "), not an article");
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not valid UTF-8");
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Result> readLines(Path file, String text, LocalDate defaultDate) {
        List<Result> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            try {
                out.add(new Result(parseJson(where, line, defaultDate), null));
            } catch (InputException e) {
                out.add(new Result(null, e.getMessage()));
            }
        }
        return out;
    }

    static Article parseJson(String where, String line, LocalDate defaultDate) throws InputException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (IOException e) {
            throw new InputException(where + ": not a JSON object (" + oneLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            throw new InputException(where + ": not a JSON object");
        }
        JsonNode t = n.get("text");
        if (t == null || !t.isTextual()) {
            throw new InputException(where + ": missing string field \"text\"");
        }
        String body = t.asText();
        if (body.isBlank()) {
            throw new InputException(where + ": empty body");
        }
        String id = n.path("id").asText("");
        if (id.isBlank()) {
            throw new InputException(where + ": missing field \"id\"");
        }
        LocalDate date = n.hasNonNull("date") ? parseDate(where, n.get("date").asText()) : defaultDate;
        return new Article(id, date, n.path("title").asText(""), n.path("source").asText(""),
                n.path("url").asText(""), body, where);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Parses an ISO {@code YYYY-MM-DD} publication date, rejecting impossible dates such as 2026-02-30. */
    public static LocalDate parseDate(String where, String s) throws InputException {
        String v = s.strip();
        if (v.length() > 10 && v.charAt(10) == 'T') {
            v = v.substring(0, 10); // a timestamp: keep the day
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InputException(where + ": bad date '" + s + "' (want YYYY-MM-DD, a real calendar day)");
        }
    }

    /**
     * Parses a text article: optional front matter between a first line {@code ---} and the next
     * {@code ---} line, {@code key: value} pairs; the body is everything after the closing line.
     */
    public static Article parseDocument(String where, String defaultId, String text, LocalDate defaultDate)
            throws InputException {
        FrontMatter fm = FrontMatter.split(where, text);
        String body = fm.body();
        if (body.isBlank()) {
            throw new InputException(where + ": empty body");
        }
        String id = fm.get("id", defaultId);
        LocalDate date = fm.has("date") ? parseDate(where, fm.get("date", "")) : defaultDate;
        return new Article(id, date, fm.get("title", ""), fm.get("source", ""), fm.get("url", ""), body, where);
    }
}
