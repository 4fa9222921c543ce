package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.Finding;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Severity;
import org.claimcheck.model.TimeValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predictions made from the committed gold itself, written to a facts file and read back, must score
 * 1.0 everywhere: the gold reader, the facts format and the scorer agree on every field.
 */
class OracleRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void goldAsPredictionsScoresPerfectly() throws IOException {
        GoldLoad all = GoldSet.load(Path.of("gold"), "all");
        assertTrue(all.errors().isEmpty(), all.errors().toString());
        assertFalse(all.documents().isEmpty());
        StringBuilder lines = new StringBuilder();
        for (GoldDocument d : all.documents()) {
            lines.append(FactsJson.line(oracle(d))).append('\n');
        }
        Path facts = tmp.resolve("facts.jsonl");
        Files.writeString(facts, lines, StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        Map<String, ArticleFacts> byId = Predictions.read(facts, errors);
        assertTrue(errors.isEmpty(), errors.toString());

        EvalReport r = Scorer.score("all", all.documents(), a -> byId.get(a.id()));
        assertTrue(r.notes().isEmpty(), r.notes().toString());
        assertTrue(r.errors().isEmpty(), r.errors().stream().limit(5).toList().toString());
        for (ScoreRow row : r.scores()) {
            assertEquals(0, row.counts().fp() + row.counts().fn(), row.toString());
        }
        for (AccuracyRow a : r.accuracies()) {
            assertEquals(a.total(), a.correct(), a.toString());
        }
        assertTrue(r.score("claim TOTAL").orElseThrow().counts().tp() > 0);
        assertTrue(r.score("value MONEY").orElseThrow().counts().tp() > 0);
    }

    /** The gold document as predicted facts. */
    private static ArticleFacts oracle(GoldDocument d) {
        List<Mention> mentions = new ArrayList<>();
        for (GoldMention g : d.mentions()) {
            mentions.add(mention(g).withIndex(mentions.size()));
        }
        List<Claim> claims = new ArrayList<>();
        for (GoldClaim c : d.claims()) {
            List<ClaimParty> parties = c.parties().stream().map(p -> new ClaimParty(p.name(),
                    PartyKind.ORGANIZATION, p.role(), -1, c.trigger())).toList();
            List<Integer> money = new ArrayList<>();
            for (Money m : c.money()) {
                money.add(moneyMention(mentions, m));
            }
            Attribution attribution = c.attribution() == null ? null
                    : new Attribution(c.attribution().source(), c.attribution().cue(), null);
            ClaimTime time = c.time() == null ? null : new ClaimTime(new TimeValue(c.time(), null, null), -1, null);
            claims.add(new Claim("c" + (claims.size() + 1), 0, c.trigger(), c.lemma(), c.event(), c.trigger(), parties,
                    money, List.of(), time, attribution, c.modality(), money));
        }
        List<Finding> findings = d.inconsistencies().stream().map(i -> new Finding(i.type(), Severity.ERROR,
                i.explanation(), i.spans(), List.of(), "oracle")).toList();
        return new ArticleFacts(d.article(), List.of(), mentions, claims, findings, List.of());
    }

    private static Mention mention(GoldMention g) {
        String v = g.value();
        return switch (g.type()) {
            case PARTY -> Mention.party(g.span(), g.text(),
                    new Party(v.substring(0, v.lastIndexOf(" (")), g.kind(), null, null));
            case MONEY -> Mention.money(g.span(), g.text(), money(v, Qualifier.valueOf(g.qualifier())));
            case DATE -> Mention.date(g.span(), g.text(), new TimeValue(v, null, null));
            case DURATION -> Mention.duration(g.span(), g.text(), v);
            case PERCENT -> {
                String[] ends = v.split("-(?=[0-9])", 2);
                yield Mention.percent(g.span(), g.text(), new Percent(new BigDecimal(ends[0]),
                        ends.length > 1 ? new BigDecimal(ends[1]) : null, Qualifier.valueOf(g.qualifier())));
            }
            default -> throw new IllegalArgumentException(g.toString());
        };
    }

    private static Money money(String value, Qualifier q) {
        String[] parts = value.split(" ");
        String[] ends = parts[0].split("-");
        return new Money(new BigDecimal(ends[0]), ends.length > 1 ? new BigDecimal(ends[1]) : null, parts[1], q);
    }

    /** The index of the MONEY mention with this amount, currency and qualifier. */
    private static int moneyMention(List<Mention> mentions, Money m) {
        for (Mention x : mentions) {
            if (x.money() != null && x.money().equals(m)) {
                return x.index();
            }
        }
        throw new AssertionError("a claim's money " + MentionValues.money(m) + " " + m.qualifier()
                + " has no MONEY mention with the same value and qualifier");
    }
}
