package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A good gold file passes; each kind of bad file gives one line naming the file and the field. */
class GoldReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "Acme agreed on 2 March 2026 to buy Beta for $1.5 billion over six years.\n";

    @TempDir
    Path project;
    private Path goldFile;

    @BeforeEach
    void writeArticle() throws IOException {
        Files.createDirectories(project.resolve("corpus"));
        Files.createDirectories(project.resolve("gold"));
        Files.writeString(project.resolve("corpus/t-001-acme.md"),
                "---\nid: t-001\ndate: 2026-03-03\ntitle: Acme buys Beta\n---\n" + BODY, StandardCharsets.UTF_8);
        goldFile = project.resolve("gold/t-001.json");
    }

    private static ObjectNode span(ObjectNode o, String text) {
        int i = BODY.indexOf(text);
        o.put("start", i);
        o.put("end", i + text.length());
        o.put("text", text);
        return o;
    }

    private static ObjectNode good() {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "t-001");
        root.put("file", "corpus/t-001-acme.md");
        root.put("date", "2026-03-03");
        ArrayNode mentions = root.putArray("mentions");
        ObjectNode party = span(mentions.addObject().put("type", "PARTY"), "Acme");
        party.put("name", "Acme").put("kind", "ORGANIZATION");
        span(mentions.addObject().put("type", "MONEY"), "$1.5 billion").put("amount", "1500000000")
                .put("currency", "USD").put("qualifier", "EXACT");
        span(mentions.addObject().put("type", "DATE"), "2 March 2026").put("value", "2026-03-02");
        span(mentions.addObject().put("type", "DURATION"), "six years").put("value", "P6Y");
        ObjectNode claim = root.putArray("claims").addObject();
        span(claim.putObject("trigger"), "buy");
        claim.put("event", "ACQUIRE").put("lemma", "buy");
        claim.putArray("parties").addObject().put("name", "Acme").put("role", "AGENT");
        claim.putArray("money").addObject().put("amount", "1500000000").put("currency", "USD")
                .put("qualifier", "EXACT");
        claim.putObject("time").put("value", "2026-03-02");
        claim.putNull("attribution");
        claim.put("modality", "ASSERTED");
        ObjectNode inc = root.putArray("inconsistencies").addObject();
        inc.put("type", "DURATION_MISMATCH");
        span(inc.putArray("spans").addObject(), "six years");
        inc.put("explanation", "test");
        return root;
    }

    private GoldReader.Result readWith(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = good();
        change.accept(root);
        Files.writeString(goldFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root),
                StandardCharsets.UTF_8);
        return GoldReader.read(goldFile, project);
    }

    private static ObjectNode mention(ObjectNode root, int i) {
        return (ObjectNode) root.get("mentions").get(i);
    }

    private static ObjectNode claim(ObjectNode root) {
        return (ObjectNode) root.get("claims").get(0);
    }

    @Test
    void goodFileGivesItsDocument() throws IOException {
        GoldReader.Result r = readWith(root -> { });
        assertTrue(r.ok(), r.errors().toString());
        GoldDocument d = r.document();
        assertEquals("t-001", d.id());
        assertEquals(4, d.mentions().size());
        assertEquals("1500000000 USD", d.mentions().get(1).value());
        assertEquals("EXACT", d.mentions().get(1).qualifier());
        assertEquals("Acme (ORGANIZATION)", d.mentions().get(0).value());
        assertEquals("2026-03-02", d.claims().get(0).time());
        assertEquals(1, d.inconsistencies().size());
        assertEquals(BODY.length(), d.scope().end());
    }

    private void assertOneError(Consumer<ObjectNode> change, String fieldAndProblem) throws IOException {
        GoldReader.Result r = readWith(change);
        assertFalse(r.ok());
        assertNull(r.document());
        assertEquals(1, r.errors().size(), r.errors().toString());
        String line = r.errors().get(0);
        assertTrue(line.startsWith(goldFile + ": "), line);
        assertTrue(line.contains(fieldAndProblem), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void spanTextMustBeTheArticleText() throws IOException {
        assertOneError(r -> mention(r, 0).put("start", 1),
                "mentions[0].text: 'Acme' but the article has 'cme' at [1, 4)");
        assertOneError(r -> mention(r, 0).put("end", 999), "mentions[0]: bad offsets [0, 999)");
        assertOneError(r -> ((ObjectNode) claim(r).get("trigger")).put("text", "buys"),
                "claims[0].trigger.text: 'buys' but the article has 'buy'");
    }

    @Test
    void valuesMustBeWellFormed() throws IOException {
        assertOneError(r -> mention(r, 1).put("amount", "1.5e9"), "mentions[1].amount: '1.5e9' is not a plain decimal");
        assertOneError(r -> mention(r, 1).put("amount", "1500000000.0"), "mentions[1].amount: '1500000000.0'");
        assertOneError(r -> mention(r, 1).put("currency", "usd"), "mentions[1].currency: 'usd' is not an ISO 4217");
        assertOneError(r -> mention(r, 1).put("qualifier", "ROUGHLY"),
                "mentions[1].qualifier: 'ROUGHLY' is not one of EXACT, APPROX");
        assertOneError(r -> mention(r, 1).put("qualifier", "RANGE"), "mentions[1].amountHigh: missing");
        assertOneError(r -> mention(r, 2).put("value", "2026-02-30"), "mentions[2].value: '2026-02-30' is not a TIMEX3");
        assertOneError(r -> mention(r, 2).put("value", "March 2026"), "mentions[2].value: 'March 2026'");
        assertOneError(r -> mention(r, 3).put("value", "6Y"), "mentions[3].value: '6Y' is not an ISO 8601 duration");
        assertOneError(r -> mention(r, 0).put("kind", "COMPANY"), "mentions[0].kind: 'COMPANY' is not one of");
        assertOneError(r -> mention(r, 0).put("type", "PRODUCT"), "mentions[0].type: 'PRODUCT' is not one of");
    }

    @Test
    void claimAndInconsistencyEnumsAreChecked() throws IOException {
        assertOneError(r -> claim(r).put("event", "BUYOUT"), "claims[0].event: 'BUYOUT' is not one of INVEST");
        assertOneError(r -> ((ObjectNode) claim(r).get("parties").get(0)).put("role", "BUYER"),
                "claims[0].parties[0].role: 'BUYER'");
        assertOneError(r -> claim(r).put("modality", "MAYBE"), "claims[0].modality: 'MAYBE'");
        assertOneError(r -> ((ObjectNode) claim(r).get("time")).put("relation", "AROUND"),
                "claims[0].time.relation: 'AROUND'");
        assertOneError(r -> ((ObjectNode) r.get("inconsistencies").get(0)).put("type", "CONFLICT"),
                "inconsistencies[0].type: 'CONFLICT'");
    }

    @Test
    void schemaProblemsNameTheField() throws IOException {
        assertOneError(r -> mention(r, 0).put("nme", "Acme"), "mentions[0].nme: unknown field");
        assertOneError(r -> r.remove("claims"), "claims: missing (want an array)");
        assertOneError(r -> r.put("file", "corpus/nope.md"), "file: no such article file 'corpus/nope.md'");
        assertOneError(r -> r.put("id", "t-002"), "id: 't-002' but the article's id is 't-001'");
        assertOneError(r -> r.put("date", "2026-03-04"), "date: 2026-03-04 but the article's date is 2026-03-03");
        assertOneError(r -> claim(r).remove("lemma"), "claims[0].lemma: missing");
    }

    @Test
    void notJsonIsOneLine() throws IOException {
        Files.writeString(goldFile, "{\"id\": \"t-001\",\n", StandardCharsets.UTF_8);
        GoldReader.Result r = GoldReader.read(goldFile, project);
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).startsWith(goldFile + ": (file): not valid JSON"), r.errors().get(0));
    }
}
