package org.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The eval and gold commands on a tiny gold folder, with predictions from a facts file. */
class EvalCommandTest {

    private static final String BODY = "Acme said on 2 March 2026 that it would buy Beta.\n";

    @TempDir
    Path project;
    private Path gold;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        gold = Files.createDirectories(project.resolve("gold"));
        Files.createDirectories(project.resolve("corpus"));
        Files.writeString(project.resolve("corpus/t-001.md"), "---\nid: t-001\ndate: 2026-03-03\n---\n" + BODY,
                StandardCharsets.UTF_8);
        int d = BODY.indexOf("2 March 2026");
        Files.writeString(gold.resolve("t-001.json"), "{\"id\": \"t-001\", \"file\": \"corpus/t-001.md\", "
                + "\"date\": \"2026-03-03\", \"mentions\": [{\"type\": \"DATE\", \"start\": " + d + ", \"end\": "
                + (d + 12) + ", \"text\": \"2 March 2026\", \"value\": \"2026-03-02\"}], \"claims\": [], "
                + "\"inconsistencies\": []}", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("splits.json"), "{\"dev\": [\"t-001\"], \"test\": []}",
                StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("expected-scores.json"),
                "{\"sets\": {\"dev\": {\"value DATE F1\": {\"expected\": 1.0, \"tolerance\": 0.0}}}}",
                StandardCharsets.UTF_8);
    }

    private Path facts(String value) throws IOException {
        Article a = new Article("t-001", LocalDate.of(2026, 3, 3), "", "", "", BODY, "t");
        int d = BODY.indexOf("2 March 2026");
        Mention m = Mention.date(new Span(d, d + 12), "2 March 2026", new TimeValue(value, null, null)).withIndex(0);
        Path f = project.resolve("facts.jsonl");
        Files.writeString(f, FactsJson.line(new ArticleFacts(a, List.of(), List.of(m), List.of(), List.of(),
                List.of())) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new EvalCommand(() -> {
            throw new AssertionError("the pipeline is not used with --facts");
        }));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void scoresAFactsFileAndChecksTheExpectedScores() throws IOException {
        Path errors = project.resolve("errors.tsv");
        Path report = project.resolve("report.json");
        int code = run("--gold", gold.toString(), "--set", "dev", "--facts", facts("2026-03-02").toString(),
                "--errors", errors.toString(), "--report", report.toString());
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("value      DATE" + " ".repeat(22) + "1      0      0   1.000   1.000   1.000"),
                out.toString());
        assertTrue(out.toString().contains("OK    value DATE F1"), out.toString());
        assertEquals(List.of("article\tstart\tend\tscore\tlabel\tkind\ttext\texpected\tpredicted"),
                Files.readAllLines(errors, StandardCharsets.UTF_8));
        JsonNode scores = new ObjectMapper().readTree(report.toFile()).get("reports").get(0).get("scores");
        JsonNode valueDate = null;
        for (JsonNode s : scores) {
            if (s.get("name").asText().equals("value DATE")) {
                valueDate = s;
            }
        }
        assertEquals(1.0, valueDate.get("f1").asDouble(), scores.toString());
    }

    @Test
    void aDroppedScoreAndABadGoldFileFailTheRunButNotTheOthers() throws IOException {
        Files.writeString(gold.resolve("t-003.json"), "{\"id\": ", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("splits.json"), "{\"dev\": [\"t-001\", \"t-003\"], \"test\": []}",
                StandardCharsets.UTF_8);
        int code = run("--gold", gold.toString(), "--set", "dev", "--facts", facts("2026-03-03").toString());
        assertEquals(1, code);
        assertTrue(err.toString().contains("t-003.json: (file): not valid JSON"), err.toString());
        assertTrue(out.toString().contains("set dev: 1 articles"), out.toString());
        assertTrue(out.toString().contains("FAIL  value DATE F1"), out.toString());
    }

    @Test
    void goldValidateReportsEachProblem() throws IOException {
        CommandLine cl = new CommandLine(new GoldCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("validate", "--gold", gold.toString()), err.toString());
        assertTrue(out.toString().contains("1 gold files, 0 problems"), out.toString());
        Files.writeString(gold.resolve("t-002.json"), "[]", StandardCharsets.UTF_8);
        assertEquals(1, cl.execute("validate", "--gold", gold.toString()));
        assertTrue(err.toString().contains("t-002.json: (file): not a JSON object"), err.toString());
        assertTrue(err.toString().contains("t-002: in neither dev nor test"), err.toString());
    }
}
