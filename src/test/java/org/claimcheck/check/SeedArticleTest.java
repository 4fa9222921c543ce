package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed article is internally consistent: with the mentions and claims a good extractor gives it
 * (written here by hand), the default rules must raise nothing, in spite of its near misses (the
 * $15 billion and $35 billion tranches of "up to $50 billion", a licence through 2032 and "the six years
 * covered by this deal", the separate $38 billion deal, two Microsoft-OpenAI agreements months apart).
 */
class SeedArticleTest {

    private static final Path SEED = Path.of("..", "shared", "seed", "000_8f2571649c0ff4b8.txt");

    @Test
    void seedRaisesNoFinding() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not found at " + SEED.toAbsolutePath());
        ArticleFacts facts = seedFacts(Files.readString(SEED, StandardCharsets.UTF_8));
        List<Finding> found = Checker.withDefaultRules().check(facts);
        assertEquals(List.of(), found);
    }

    @Test
    void seedWithoutClaimsRaisesNoFinding() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not found at " + SEED.toAbsolutePath());
        ArticleFacts facts = seedFacts(Files.readString(SEED, StandardCharsets.UTF_8)).withClaims(List.of());
        assertEquals(List.of(), Checker.withDefaultRules().check(facts));
    }

    @Test
    void brokenTrancheInSeedIsFoundWithoutClaims() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "seed article not found at " + SEED.toAbsolutePath());
        String body = Files.readString(SEED, StandardCharsets.UTF_8)
                .replace("an additional $35 billion", "an additional $25 billion");
        ArticleFacts facts = seedFacts(body, "$25 billion", "25000000000").withClaims(List.of());
        List<Finding> found = Checker.withDefaultRules().check(facts);
        assertEquals(1, found.size());
        assertEquals(FindingType.SUM_MISMATCH, found.get(0).type());
        assertEquals(List.of("$50 billion", "$15 billion", "$25 billion"),
                found.get(0).spans().stream().map(facts::text).toList());
    }

    static ArticleFacts seedFacts(String body) {
        return seedFacts(body, "$35 billion", "35000000000");
    }

    /** Mentions and claims of the seed article, located by their text, with the second tranche given. */
    static ArticleFacts seedFacts(String body, String tranche, String trancheValue) {
        FactsBuilder b = new FactsBuilder(body);
        b.money("$50B", "50000000000");
        int monday = b.date("Monday", "2026-04-27");
        int deal50 = b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        int y2032 = b.date("2032", "2032");
        b.duration("six years", "P6Y");
        int oct1 = b.date("October", "2025-10");
        int cloud250 = b.money("$250 billion", "250000000000");
        int feb1 = b.date("February", "2026-02");
        int inv50 = b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        int t15 = b.money("$15 billion", "15000000000");
        int t35 = b.money(tranche, trancheValue);
        int y2030 = b.date("2030", "2030");
        int quarter = b.date("Last quarter", "2026-Q1");
        int earned = b.money("$7.5 billion", "7500000000");
        int stake = b.percent("27 percent", "27", Qualifier.APPROX);
        int oct2 = b.date("October", "2025-10");
        b.date("October", "2026-10");
        int oct3 = b.date("October", "2025-10");
        int nov = b.date("November", "2025-11");
        int aws38 = b.money("$38 billion", "38000000000");
        int feb2 = b.date("February", "2026-02");
        int tl50 = b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        int march = b.date("March", "2026-03");
        int april = b.date("April", "2026-04");
        b.person("Andy Jassy", "Andy Jassy", "CEO", "Amazon");

        b.claim("announced", EventClass.ANNOUNCE).agent("Microsoft").agent("OpenAI").time(monday);
        b.claim("signed", EventClass.AGREE).agent("OpenAI").party("Amazon", Role.OTHER).money(deal50);
        b.claim("gives", EventClass.LICENSE).agent("OpenAI").recipient("Microsoft").time(y2032);
        b.claim("agreed to buy", EventClass.BUY).agent("OpenAI").recipient("Microsoft").money(cloud250).time(oct1);
        b.claim("announced", EventClass.ANNOUNCE).agent("OpenAI").time(feb1);
        b.claim("investing", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(inv50, t15, t35).time(feb1)
                .source("OpenAI");
        b.claim("refuted", EventClass.OTHER).agent("Microsoft").patient("Amazon Web Services")
                .relativeTime("the same day", "2026-02");
        b.claim("continue to pay", EventClass.PAY).agent("OpenAI").recipient("Microsoft").time(y2030).modality(Modality.FUTURE);
        b.claim("earned", EventClass.EARN).agent("Microsoft").party("OpenAI", Role.OTHER).money(earned).time(quarter);
        b.claim("owning", EventClass.OWN).agent("Microsoft").patient("OpenAI").percent(stake).time(oct2);
        b.claim("announced a new agreement", EventClass.AGREE).agent("Microsoft").agent("OpenAI").time(oct3);
        b.claim("sign their", EventClass.AGREE).agent("OpenAI").agent("Amazon").money(aws38).time(nov);
        b.claim("will announce this", EventClass.INVEST).agent("Amazon").recipient("OpenAI").money(tl50).time(feb2);
        b.claim("refutes", EventClass.OTHER).agent("Microsoft").patient("Amazon Web Services")
                .relativeTime("the same day", "2026-02");
        b.claim("publishes", EventClass.REPORT).agent("Financial Times").time(march);
        b.claim("April announce", EventClass.AGREE).agent("OpenAI").agent("Microsoft").time(april);
        return b.build();
    }
}
