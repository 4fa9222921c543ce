package org.claimcheck.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.ingest.ArticleReader;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.pipeline.Claimcheck;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End-to-end tests through the real CoreNLP pipeline (one shared instance for the whole test JVM).
 * Expected mentions were read off the fixture text by hand.
 */
class ExtractEndToEndTest {

    static final Claimcheck PIPELINE = SharedPipeline.get();

    /** Checks the invariants every output must keep, then returns a compact form of the mentions. */
    static List<String> assertFacts(ArticleFacts f) {
        String body = f.article().body();
        List<String> out = new ArrayList<>();
        int prev = -1;
        for (Mention m : f.mentions()) {
            assertEquals(m.text(), body.substring(m.start(), m.end()), "mention text equals the body at its offsets");
            assertTrue(m.start() >= prev, "mentions sorted by offset");
            prev = m.start();
            String v = switch (m.type()) {
                case PARTY -> m.party().name() + "/" + m.party().kind();
                case MONEY -> m.money().amount().toPlainString() + " " + m.money().currency() + " " + m.money().qualifier();
                case DATE -> m.time().value();
                case DURATION -> m.duration();
                case PERCENT -> m.percent().value().toPlainString() + " " + m.percent().qualifier();
            };
            out.add(m.type() + " " + m.text() + " = " + v);
        }
        f.claims().forEach(c -> assertEquals(c.span().of(body), body.substring(c.span().start(), c.span().end())));
        f.findings().forEach(fd -> fd.spans().forEach(s -> assertTrue(s.end() <= body.length())));
        return out;
    }

    private static ArticleFacts fixture(String name) throws Exception {
        Path p = Path.of("src/test/resources/fixtures", name);
        List<Article> a = ArticleReader.read(p, null);
        return PIPELINE.process(a.get(0));
    }

    @Test
    void scrapedArticleGivesExactMentions() throws Exception {
        List<String> got = assertFacts(fixture("scraped.md"));
        List<String> expected = List.of(
                "PARTY Northwind Traders = Northwind Traders/ORGANIZATION",
                "PARTY Contoso = Contoso/ORGANIZATION",
                "DATE Tuesday = 2026-03-17",
                "PARTY Northwind Traders = Northwind Traders/ORGANIZATION",
                "MONEY $1.2 billion = 1200000000 USD EXACT",
                "PARTY Contoso Ltd = Contoso/ORGANIZATION",
                "PARTY Northwind = Northwind Traders/ORGANIZATION",
                "PARTY Maria Ortega = Maria Ortega/PERSON",
                "PARTY Financial Times = Financial Times/ORGANIZATION",
                "DATE January = 2026-01",
                "PARTY Contoso = Contoso/ORGANIZATION",
                "PARTY Northwind = Northwind Traders/ORGANIZATION",
                "PERCENT 100 percent = 100 EXACT",
                "DATE third quarter = 2026-Q3",
                "DURATION five-year = P5Y",
                "DATE 2031 = 2031",
                "DATE December = 2025-12",
                "PARTY Contoso = Contoso/ORGANIZATION",
                "MONEY €1 billion = 1000000000 EUR APPROX");
        assertEquals(String.join("\n", expected), String.join("\n", got));
    }

    @Test
    void titleAndAffiliationAreAttached() throws Exception {
        ArticleFacts f = fixture("scraped.md");
        Mention ortega = f.mentions().stream().filter(m -> m.text().equals("Maria Ortega")).findFirst().orElseThrow();
        assertEquals("CEO", ortega.party().title());
        assertEquals("Northwind Traders", ortega.party().affiliation(), "a short name takes the full name the article gave");
    }

    @Test
    void furnitureIsMarkedAndHoldsNoMention() throws Exception {
        ArticleFacts f = fixture("scraped.md");
        String body = f.article().body();
        assertTrue(f.sentences().stream().anyMatch(s -> s.furniture() && s.span().of(body).contains("Lisbon")));
        int ad = body.indexOf("DataConf");
        int adEnd = body.indexOf("June 9-11, 2026") + "June 9-11, 2026".length();
        assertFalse(f.mentions().stream().anyMatch(m -> m.start() >= ad && m.end() <= adEnd));
    }

    @Test
    void outputIsDeterministicAndRoundTrips() throws Exception {
        ArticleFacts a = fixture("scraped.md");
        ArticleFacts b = fixture("scraped.md");
        String line = FactsJson.line(a);
        assertEquals(line, FactsJson.line(b));
        ArticleFacts back = FactsJson.read(line);
        assertEquals(a.mentions(), back.mentions());
        assertEquals(a.claims(), back.claims());
        assertEquals(a.findings(), back.findings());
    }

    @Test
    void aShortFormAlwaysTakesTheFullName() throws Exception {
        // in this corpus article NER tags some lone "Velora" as a person or a place before the full name is linked
        Path p;
        try (var files = Files.list(Path.of("corpus"))) {
            p = files.filter(x -> x.getFileName().toString().startsWith("cc-037-")).findFirst().orElseThrow();
        }
        ArticleFacts f = PIPELINE.process(ArticleReader.read(p, null).get(0));
        List<String> velora = f.mentions().stream().filter(m -> m.type() == MentionType.PARTY && m.text().equals("Velora"))
                .map(m -> m.party().name() + "/" + m.party().kind()).distinct().toList();
        assertEquals(List.of("Velora Analytics/ORGANIZATION"), velora);
    }

    @Test
    void aDatelineDatesNoEvent() {
        String body = "TOKYO, March 20 (Reuters) - Fujimoto Electronics has completed its takeover of Hoshida Devices, "
                + "the company said.\n\nFujimoto Electronics completed the takeover on March 12, 2026.\n";
        Article a = new Article("dateline", java.time.LocalDate.of(2026, 3, 20), "", "", "", body, "test");
        ArticleFacts f = PIPELINE.process(a);
        assertFacts(f);
        assertTrue(f.claims().stream().noneMatch(c -> c.time() != null && "2026-03-20".equals(c.time().value().value())),
                f.claims()::toString);
        assertTrue(f.findings().isEmpty(), f.findings()::toString);
    }

    @Test
    void seedArticleKeepsTheHardCases() throws Exception {
        Path seed = Path.of("..", "shared", "seed", "000_8f2571649c0ff4b8.txt");
        Assumptions.assumeTrue(Files.exists(seed), "../shared/seed is absent: seed test skipped");
        Article a = ArticleReader.read(seed, java.time.LocalDate.of(2026, 4, 27)).get(0);
        ArticleFacts f = PIPELINE.process(a);
        assertFacts(f);
        String body = a.body();
        long openAi = f.mentions().stream().filter(m -> m.type() == MentionType.PARTY
                && m.party().name().equals("OpenAI")).count();
        long openAiInText = body.split("OpenAI", -1).length - 1;
        assertEquals(openAiInText, openAi, "every OpenAI mention is a party");
        assertTrue(f.mentions().stream().noneMatch(m -> m.type() == MentionType.PARTY
                && List.of("AGI", "Frontier", "Azure").contains(m.text())), "products and concepts are not parties");
        assertTrue(f.mentions().stream().filter(m -> m.text().equals("Amazon")).allMatch(m ->
                m.type() == MentionType.PARTY && m.party().kind().name().equals("ORGANIZATION")));
        int october = body.indexOf("IIn October") + 4;
        Mention oct = f.mentions().stream().filter(m -> m.start() == october).findFirst().orElseThrow();
        assertEquals("2025-10", oct.time().value(), "past-tense October in an April 2026 article is last October");
        int ad = body.indexOf("WAN event");
        int adEnd = body.indexOf("October 13-15, 2026") + 19;
        assertTrue(f.mentions().stream().noneMatch(m -> m.start() >= ad && m.end() <= adEnd), "no dates from the ad");
        assertTrue(f.mentions().stream().anyMatch(m -> m.type() == MentionType.DATE && m.text().equals("March")
                && m.time().value().equals("2026-03")), "glued 'MarchFt' gives March");
        assertTrue(f.mentions().stream().anyMatch(m -> m.type() == MentionType.MONEY && m.text().equals("$50 billion")
                && m.money().qualifier().name().equals("UP_TO")));
        assertEquals(0, f.findings().size(), () -> "the seed is consistent: " + f.findings());
        // the example: "In February OpenAI announced that Amazon was investing up to $50 billion in the model maker"
        org.claimcheck.model.Claim invest = f.claims().stream()
                .filter(c -> c.eventClass() == org.claimcheck.model.EventClass.INVEST && c.lemma().equals("invest"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Amazon:AGENT", "OpenAI:RECIPIENT"),
                invest.parties().stream().map(p -> p.name() + ":" + p.role()).toList());
        assertEquals("2026-02", invest.time().value().value());
        assertEquals("OpenAI", invest.attribution().source());
        assertEquals("announce", invest.attribution().cue());
        assertEquals(org.claimcheck.model.Modality.REPORTED, invest.modality());
        assertTrue(invest.money().stream().map(i -> f.mentions().get(i)).anyMatch(m -> m.text().equals("$50 billion")
                && m.money().qualifier() == org.claimcheck.model.Qualifier.UP_TO));
        assertTrue(f.claims().stream().anyMatch(c -> c.eventClass() == org.claimcheck.model.EventClass.ANNOUNCE
                && c.sentence() == invest.sentence() && c.time() != null && c.time().value().value().equals("2026-02")
                && c.parties().stream().anyMatch(p -> p.name().equals("OpenAI") && p.role().name().equals("AGENT"))));
        assertTrue(f.mentions().stream().anyMatch(m -> m.type() == MentionType.PARTY && m.text().equals("Financial Times")
                && m.party().name().toLowerCase(Locale.ROOT).equals("financial times")));
    }
}
