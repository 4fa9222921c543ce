package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimcheck.model.PartyKind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads real MEANTIME files from {@code ../shared/data/meantime}; skipped when that folder is absent. */
class MeantimeReaderTest {

    private static final Path CORPUS = Path.of("..", "shared", "data", "meantime");
    private static final Pattern TOKEN = Pattern.compile("<token [^>]*sentence=\"(\\d+)\"[^>]*>([^<]*)</token>");

    @BeforeAll
    static void corpusPresent() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "MEANTIME corpus not found at " + CORPUS.toAbsolutePath() + ": skipping MEANTIME reader tests");
    }

    private static Path file(String name) throws IOException {
        try (Stream<Path> s = Files.walk(CORPUS)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
        }
    }

    @Test
    void rebuildsTextAndPlacesGoldMentions() throws IOException {
        GoldDocument d = MeantimeReader.read(file("100911_"));
        String body = d.article().body();
        assertEquals("100911", d.id());
        assertEquals(LocalDate.of(2008, 3, 1), d.article().date());
        assertTrue(body.startsWith("Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US "
                + "airtanker contract\n\nMarch 01, 2008\n\nNorthrop Grumman and Airbus parent company"), body);
        assertTrue(body.substring(0, d.scope().end()).endsWith("as high as US$100 billion."), "scope ends sentence 5");
        for (GoldMention m : d.mentions()) {
            assertEquals(m.text(), m.span().of(body), m.toString());
            assertTrue(d.inScope(m.span()), m.toString());
        }
        assertHas(d, GoldType.DATE, "March 01, 2008", "2008-03-01", true);
        assertHas(d, GoldType.MONEY, "GB £20.1 billion", null, true);
        assertHas(d, GoldType.DURATION, "fifty-year", "P50Y", true);
        assertHas(d, GoldType.SET, "a year", "P1Y", false);
        assertHas(d, GoldType.PARTY, "Paul Nesbit", null, true);
        assertHas(d, GoldType.PARTY, "Airbus parent EADS", null, false);
        // the annotated extent runs into the bracket and holds the acronym, which is the scored name
        assertHas(d, GoldType.PARTY, "the United States Air Force (USAF", null, false);
        assertHas(d, GoldType.PARTY, "USAF", null, true);
        assertHas(d, GoldType.DATE, "the Joint Strike Fighter program", "XXXX-XX-XX", false);
        assertEquals(PartyKind.PERSON, d.mentions().stream().filter(m -> m.text().equals("Paul Nesbit"))
                .findFirst().orElseThrow().kind());
        GoldDocument gm = MeantimeReader.read(file("1007169_"));
        assertHas(gm, GoldType.DATE, "our recent history", "PRESENT_REF", true);
        GoldEvent said = d.events().stream().filter(e -> e.text().equals("said") && d.inScope(e.head()))
                .findFirst().orElseThrow();
        assertEquals("Arg0", said.participants().get(0).role());
        assertTrue(said.participants().get(0).names().contains("Paul Nesbit"));
    }

    @Test
    void readsValueWrappersAndNotationSlipsAsTheirMeaning() throws IOException {
        GoldDocument gm = MeantimeReader.read(file("126029_"));
        assertHas(gm, GoldType.MONEY, "$381 million, or $0.67", null, false);
        assertHas(gm, GoldType.MONEY, "$381 million", null, true);
        assertHas(gm, GoldType.MONEY, "$0.67", null, true);
        assertHas(MeantimeReader.read(file("120578_")), GoldType.DATE, "February 03, 2009", "2009-02-03", true);
        assertHas(MeantimeReader.read(file("112579_")), GoldType.DURATION, "five-year", "P5Y", true);
        assertHas(MeantimeReader.read(file("113267_")), GoldType.DATE, "current", "PRESENT_REF", true);
    }

    private static void assertHas(GoldDocument d, GoldType type, String text, String value, boolean scored) {
        assertTrue(d.mentions().stream().anyMatch(m -> m.type() == type && m.text().equals(text)
                        && java.util.Objects.equals(m.value(), value) && m.scored() == scored),
                type + " '" + text + "' " + value + " scored=" + scored + " in " + d.mentions());
    }

    @Test
    void everyTokenOfEveryFileMapsBackToItsText() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            List<TokenText.Tok> toks = new ArrayList<>();
            Matcher m = TOKEN.matcher(xml);
            while (m.find()) {
                toks.add(new TokenText.Tok(Integer.parseInt(m.group(1)), unescape(m.group(2))));
            }
            TokenText.Built b = TokenText.build(toks);
            for (int i = 0; i < toks.size(); i++) {
                String raw = toks.get(i).text();
                String at = b.spans().get(i).of(b.text());
                boolean mapped = raw.equals("``") || raw.equals("''") || raw.equals("#");
                assertTrue(at.equals(raw) || mapped && (at.equals("\"") || at.equals("£")),
                        f.getFileName() + " token " + i + " '" + raw + "' gave '" + at + "'");
            }
            GoldDocument d = MeantimeReader.read(f);
            assertEquals(b.text(), d.article().body(), f.toString());
        }
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
