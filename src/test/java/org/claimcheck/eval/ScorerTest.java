package org.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;
import org.junit.jupiter.api.Test;

/** Scorer counts on hand-made gold and predictions; every expected number is worked out in the comments. */
class ScorerTest {

    private static final String BODY = "Acme Corp agreed on Monday to buy Beta Ltd for about $2 billion.\n"
            + "Jane Roe said the deal closes in March, six months from now.\n";
    // the first line ends at 64, the second starts at 65

    private static final Article ARTICLE = new Article("t-1", LocalDate.of(2026, 2, 10), "", "", "", BODY, "test");
    private static final Span ALL = new Span(0, BODY.length());

    private static Span span(String text) {
        int i = BODY.indexOf(text);
        return new Span(i, i + text.length());
    }

    private static GoldMention gold(GoldType type, String text, String value, String qualifier, PartyKind kind) {
        return new GoldMention(type, span(text), text, value, qualifier, kind);
    }

    private static GoldDocument doc(List<GoldMention> mentions, List<GoldClaim> claims,
                                    List<GoldInconsistency> inconsistencies) {
        return new GoldDocument(ARTICLE, "test", ALL, EnumSet.of(GoldDocument.Layer.MENTIONS,
                GoldDocument.Layer.CLAIMS, GoldDocument.Layer.INCONSISTENCIES), mentions, claims, inconsistencies,
                List.of());
    }

    private static ArticleFacts facts(List<Mention> mentions, List<Claim> claims, List<Finding> findings) {
        List<Mention> indexed = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            indexed.add(mentions.get(i).withIndex(i));
        }
        List<Sentence> sentences = List.of(new Sentence(0, new Span(0, 64), false),
                new Sentence(1, new Span(65, BODY.length() - 1), false));
        return new ArticleFacts(ARTICLE, sentences, indexed, claims, findings, List.of());
    }

    private static Mention party(String text, String name, PartyKind kind) {
        return Mention.party(span(text), text, new Party(name, kind, null, null));
    }

    private static Mention date(String text, String value) {
        return Mention.date(span(text), text, new TimeValue(value, null, null));
    }

    private static Counts row(EvalReport r, String name) {
        return r.score(name).orElseThrow(() -> new AssertionError("no row " + name + " in " + r.scores())).counts();
    }

    @Test
    void mentionsStrictRelaxedAndValue() {
        List<GoldMention> g = List.of(
                gold(GoldType.PARTY, "Acme Corp", "Acme (ORGANIZATION)", null, PartyKind.ORGANIZATION),
                gold(GoldType.PARTY, "Beta Ltd", "Beta (ORGANIZATION)", null, PartyKind.ORGANIZATION),
                gold(GoldType.PARTY, "Jane Roe", "Jane Roe (PERSON)", null, PartyKind.PERSON),
                gold(GoldType.DATE, "Monday", "2026-02-09", null, null),
                gold(GoldType.MONEY, "$2 billion", "2000000000 USD", "APPROX", null),
                gold(GoldType.DATE, "March", "2026-03", null, null),
                gold(GoldType.DURATION, "six months", "P6M", null, null));
        List<Mention> p = List.of(
                party("Acme", "ACME", PartyKind.ORGANIZATION),          // relaxed + value (case aside), not strict
                party("Beta Ltd", "Beta", PartyKind.PERSON),           // strict + relaxed, wrong kind: value wrong
                date("Monday", "2026-02-09"),                            // all three
                Mention.money(span("about $2 billion"), "about $2 billion",
                        Money.of("2000000000", "USD", Qualifier.EXACT)), // relaxed + value, qualifier wrong
                date("March", "2027-03"),                                // strict + relaxed, value wrong
                date("deal", "2026-02-10"));                             // FP everywhere
        // Jane Roe and six months are not predicted: FN everywhere.
        EvalReport r = Scorer.score("t", List.of(doc(g, List.of(), List.of())), a -> facts(p, List.of(), List.of()));

        assertEquals(new Counts(1, 1, 2), row(r, "strict PARTY"));    // Beta Ltd
        assertEquals(new Counts(2, 0, 1), row(r, "relaxed PARTY"));   // Acme, Beta; Jane missed
        assertEquals(new Counts(1, 1, 2), row(r, "value PARTY"));     // Acme only; Beta has the wrong kind
        assertEquals(new Counts(1, 0, 1), row(r, "relaxed PARTY/ORGANIZATION")); // Acme; Beta predicted PERSON
        assertEquals(new Counts(0, 1, 1), row(r, "relaxed PARTY/PERSON"));       // Beta as PERSON; Jane missed
        assertEquals(new Counts(2, 1, 0), row(r, "strict DATE"));     // Monday, March; "deal" FP
        assertEquals(new Counts(1, 2, 1), row(r, "value DATE"));      // Monday; March value wrong
        assertEquals(new Counts(0, 1, 1), row(r, "strict MONEY"));
        assertEquals(new Counts(1, 0, 0), row(r, "value MONEY"));
        assertEquals(new Counts(0, 0, 1), row(r, "relaxed DURATION"));
        // relaxed TOTAL: TP 2 party + 2 date + 1 money = 5; FP 1 ("deal"); FN Jane + six months = 2
        assertEquals(new Counts(5, 1, 2), row(r, "relaxed TOTAL"));
        AccuracyRow q = r.accuracies().stream().filter(a -> a.name().equals("qualifier MONEY")).findFirst()
                .orElseThrow();
        assertEquals(0, q.correct());
        assertEquals(1, q.total());
        // errors: relaxed FN Jane Roe, FN six months, FP deal; SPAN Acme, SPAN money; VALUE Beta, VALUE March;
        // QUALIFIER money
        assertEquals(8, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().stream().anyMatch(e -> e.kind().equals("VALUE") && e.expected().equals("2026-03")
                && e.predicted().equals("2027-03")));
    }

    @Test
    void durationsOfTheSameLengthInYearsOrMonthsAreOneValue() {
        assertTrue(MentionValues.same(GoldType.DURATION, "P18M", "P1.5Y"));
        assertTrue(MentionValues.same(GoldType.DURATION, "P2Y", "P24M"));
        assertFalse(MentionValues.same(GoldType.DURATION, "P18M", "P1Y"));
        assertFalse(MentionValues.same(GoldType.DURATION, "P1W", "P7D"), "weeks and days are kept apart, as written");
        assertTrue(MentionValues.same(GoldType.DURATION, "PXY", "PXY"));
    }

    @Test
    void undefinedRatiosAreEmptyAndF1FollowsTheFormula() {
        Counts none = new Counts(0, 0, 3);
        assertTrue(none.precision().isEmpty());
        assertEquals(0.0, none.recall().getAsDouble());
        assertEquals(0.0, none.f1().getAsDouble());
        assertTrue(Counts.ZERO.f1().isEmpty());
        // P = 3/4, R = 3/5, F1 = 2PR/(P+R) = 2*3/(6+1+2) = 2/3
        Counts c = new Counts(3, 1, 2);
        assertEquals(0.75, c.precision().getAsDouble(), 1e-12);
        assertEquals(0.6, c.recall().getAsDouble(), 1e-12);
        assertEquals(2.0 / 3, c.f1().getAsDouble(), 1e-12);
    }

    @Test
    void predictionsOnUnscoredRegionsAndOutsideScopeAreNotCounted() {
        List<GoldMention> g = List.of(
                new GoldMention(GoldType.TIME, span("Monday"), "Monday", "2026-02-09TMO", null, null),
                new GoldMention(GoldType.PARTY, span("Acme Corp agreed"), "Acme Corp agreed", null, null,
                        PartyKind.ORGANIZATION, false),
                gold(GoldType.PARTY, "Corp", null, null, PartyKind.ORGANIZATION));
        List<Mention> p = List.of(
                party("Acme", "Acme", PartyKind.ORGANIZATION), // on the unscored long name only: ignored
                party("Corp", "Corp", PartyKind.ORGANIZATION), // TP
                date("Monday", "2026-02-09"),                  // on a TIME expression: ignored
                date("March", "2026-03"));                     // outside the scope: ignored
        GoldDocument d = new GoldDocument(ARTICLE, "test", new Span(0, 64), EnumSet.of(GoldDocument.Layer.MENTIONS),
                g, List.of(), List.of(), List.of());
        EvalReport r = Scorer.score("t", List.of(d), a -> facts(p, List.of(), List.of()));
        assertEquals(new Counts(1, 0, 0), row(r, "relaxed PARTY"));
        assertTrue(r.score("relaxed DATE").isEmpty(), "nothing counted for DATE");
        assertTrue(r.score("value PARTY").isEmpty(), "no value row when the gold gives no values");
    }

    private static GoldClaim goldBuy() {
        return new GoldClaim(span("buy"), "buy", EventClass.ACQUIRE, "buy",
                List.of(new GoldClaim.Participant("Acme", Role.AGENT), new GoldClaim.Participant("Beta", Role.PATIENT)),
                List.of(new Money(new BigDecimal("2000000000"), null, "USD", Qualifier.APPROX)), "2026-02-09", null,
                Modality.ASSERTED);
    }

    private static Claim claim(String trigger, EventClass cls, List<ClaimParty> parties, List<Integer> money,
                               String time, Attribution attribution, Modality modality) {
        return new Claim("c", 0, span(trigger), trigger, cls, span(trigger), parties, money, List.of(),
                time == null ? null : new ClaimTime(new TimeValue(time, null, null), -1, null), attribution, modality,
                money);
    }

    @Test
    void claimsMatchOnSentenceClassPartiesMoneyAndTime() {
        GoldClaim agree = new GoldClaim(span("agreed"), "agreed", EventClass.AGREE, "agree",
                List.of(new GoldClaim.Participant("Acme", Role.AGENT)), List.of(), "2026-02-09", null,
                Modality.ASSERTED);
        GoldClaim close = new GoldClaim(span("closes"), "closes", EventClass.OTHER, "close", List.of(), List.of(),
                "2026-03", new GoldClaim.Source("Jane Roe", "say"), Modality.FUTURE);
        List<Mention> mentions = List.of(Mention.money(span("$2 billion"), "$2 billion",
                Money.of("2000000000", "USD", Qualifier.EXACT)));
        ClaimParty acme = new ClaimParty("ACME", PartyKind.ORGANIZATION, Role.AGENT, -1, span("Acme Corp"));
        ClaimParty beta = new ClaimParty("Beta", PartyKind.ORGANIZATION, Role.PATIENT, -1, span("Beta Ltd"));
        List<Claim> claims = List.of(
                // matches "buy": same parties (case aside), money value (qualifier differs), time
                claim("buy", EventClass.ACQUIRE, List.of(acme, beta), List.of(0), "2026-02-09", null, Modality.ASSERTED),
                // "agreed" with the wrong class: FP under the predicted class INVEST, gold AGREE missed
                claim("agreed", EventClass.INVEST, List.of(acme), List.of(), "2026-02-09", null, Modality.ASSERTED),
                // "closes": right fields but time 2026-04: FP OTHER, gold FN OTHER
                claim("closes", EventClass.OTHER, List.of(), List.of(), "2026-04",
                        new Attribution("Jane Roe", "say", null), Modality.ASSERTED));
        EvalReport r = Scorer.score("t", List.of(doc(List.of(), List.of(goldBuy(), agree, close), List.of())),
                a -> facts(mentions, claims, List.of()));
        assertEquals(new Counts(1, 0, 0), row(r, "claim ACQUIRE"));
        assertEquals(new Counts(0, 0, 1), row(r, "claim AGREE"));
        assertEquals(new Counts(0, 1, 0), row(r, "claim INVEST"));
        assertEquals(new Counts(0, 1, 1), row(r, "claim OTHER"));
        assertEquals(new Counts(1, 2, 2), row(r, "claim TOTAL"));
        // fields over the three trigger pairs
        assertEquals(List.of("field class 2/3", "field party AGENT 2/2", "field party PATIENT 1/1",
                        "field money 2/3", "field time 2/3", "field attribution 3/3", "field modality 2/3"),
                r.accuracies().stream().filter(a -> a.section().equals("field"))
                        .map(a -> a.name() + " " + a.correct() + "/" + a.total()).toList());
    }

    @Test
    void claimsInAnotherSentenceDoNotMatch() {
        ClaimParty acme = new ClaimParty("Acme", PartyKind.ORGANIZATION, Role.AGENT, -1, span("Acme Corp"));
        ClaimParty beta = new ClaimParty("Beta", PartyKind.ORGANIZATION, Role.PATIENT, -1, span("Beta Ltd"));
        List<Mention> mentions = List.of(Mention.money(span("$2 billion"), "$2 billion",
                Money.of("2000000000", "USD", Qualifier.APPROX)));
        Claim elsewhere = claim("closes", EventClass.ACQUIRE, List.of(acme, beta), List.of(0), "2026-02-09", null,
                Modality.ASSERTED);
        EvalReport r = Scorer.score("t", List.of(doc(List.of(), List.of(goldBuy()), List.of())),
                a -> facts(mentions, List.of(elsewhere), List.of()));
        assertEquals(new Counts(0, 1, 1), row(r, "claim ACQUIRE"));
    }

    @Test
    void findingsMatchOnTypeAndCoveredSpans() {
        GoldInconsistency dates = new GoldInconsistency(FindingType.DATE_CONFLICT,
                List.of(span("Monday"), span("March")), List.of("Monday", "March"), "two dates");
        GoldInconsistency sums = new GoldInconsistency(FindingType.SUM_MISMATCH, List.of(span("$2 billion")),
                List.of("$2 billion"), "parts");
        List<Finding> findings = List.of(
                // covers both gold spans (one by overlap): TP
                new Finding(FindingType.DATE_CONFLICT, Severity.ERROR, "m", List.of(span("Monday"), span("in March")),
                        List.of(), "r"),
                // right span, wrong type: FP AMOUNT_CONFLICT, and the SUM_MISMATCH is missed
                new Finding(FindingType.AMOUNT_CONFLICT, Severity.ERROR, "m", List.of(span("$2 billion")), List.of(),
                        "r"),
                // right type, covers only one side of a second DATE_CONFLICT: no gold left, FP
                new Finding(FindingType.DATE_CONFLICT, Severity.WARNING, "m", List.of(span("March")), List.of(), "r"));
        EvalReport r = Scorer.score("t", List.of(doc(List.of(), List.of(), List.of(dates, sums))),
                a -> facts(List.of(), List.of(), findings));
        assertEquals(new Counts(1, 1, 0), row(r, "finding DATE_CONFLICT"));
        assertEquals(new Counts(0, 1, 0), row(r, "finding AMOUNT_CONFLICT"));
        assertEquals(new Counts(0, 0, 1), row(r, "finding SUM_MISMATCH"));
        assertEquals(new Counts(1, 2, 1), row(r, "finding TOTAL"));
    }

    @Test
    void eventParticipantsAndTimeAnchors() {
        GoldEvent.Participant acme = new GoldEvent.Participant("Arg0", PartyKind.ORGANIZATION,
                List.of("Acme Corp"), List.of(span("Acme Corp")));
        GoldEvent.Participant beta = new GoldEvent.Participant("Arg1", PartyKind.ORGANIZATION,
                List.of("Beta Ltd"), List.of(span("Beta Ltd")));
        GoldEvent agreed = new GoldEvent(span("agreed"), "agreed", "agree", List.of(acme), List.of("2026-02-09"));
        GoldEvent buy = new GoldEvent(span("buy"), "buy", "buy", List.of(acme, beta), List.of());
        GoldEvent said = new GoldEvent(span("said"), "said", "say", List.of(), List.of());
        GoldDocument d = new GoldDocument(ARTICLE, "test", ALL, EnumSet.of(GoldDocument.Layer.EVENTS), List.of(),
                List.of(), List.of(), List.of(agreed, buy, said));
        ClaimParty acmeP = new ClaimParty("Acme", PartyKind.ORGANIZATION, Role.AGENT, -1, span("Acme Corp"));
        ClaimParty betaByName = new ClaimParty("beta ltd", PartyKind.ORGANIZATION, Role.AGENT, -1, span("deal"));
        ClaimParty jane = new ClaimParty("Jane Roe", PartyKind.PERSON, Role.AGENT, -1, span("Jane Roe"));
        List<Claim> claims = List.of(
                // agreed: link TP (role agrees), anchor TP
                claim("agreed", EventClass.AGREE, List.of(acmeP), List.of(), "2026-02-09", null, Modality.ASSERTED),
                // buy: Acme TP; Beta found by name, role AGENT against Arg1 (link TP, role wrong); anchor FP
                claim("buy", EventClass.ACQUIRE, List.of(acmeP, betaByName), List.of(), "2026-02", null,
                        Modality.ASSERTED),
                // said has no named participant: ignored
                claim("said", EventClass.OTHER, List.of(jane), List.of(), "2026-02-10", null, Modality.ASSERTED),
                // closes is no annotated event: its party link is a FP
                claim("closes", EventClass.OTHER, List.of(jane), List.of(), null, null, Modality.ASSERTED));
        EvalReport r = Scorer.score("t", List.of(d), a -> facts(List.of(), claims, List.of()));
        assertEquals(new Counts(3, 1, 0), row(r, "link participant"));
        assertEquals(new Counts(1, 1, 0), row(r, "link time-anchor"));
        AccuracyRow role = r.accuracies().stream().filter(a -> a.section().equals("link-role")).findFirst()
                .orElseThrow();
        assertEquals(2, role.correct());
        assertEquals(3, role.total());
    }

    @Test
    void anAttributionIsTheSpeechEventsAgent() {
        GoldEvent.Participant jane = new GoldEvent.Participant("Arg0", PartyKind.PERSON, List.of("Jane Roe"),
                List.of(span("Jane Roe")));
        GoldEvent said = new GoldEvent(span("said"), "said", "say", List.of(jane), List.of());
        GoldDocument d = new GoldDocument(ARTICLE, "test", ALL, EnumSet.of(GoldDocument.Layer.EVENTS), List.of(),
                List.of(), List.of(), List.of(said));
        Attribution byJane = new Attribution("jane roe", "say", span("said"));
        // two claims reported by the same "said": one link, matched by name; "closes" is on no event: FP
        List<Claim> claims = List.of(
                claim("closes", EventClass.OTHER, List.of(), List.of(), null, byJane, Modality.REPORTED),
                claim("deal", EventClass.AGREE, List.of(), List.of(), null, byJane, Modality.REPORTED));
        EvalReport r = Scorer.score("t", List.of(d), a -> facts(List.of(), claims, List.of()));
        assertEquals(new Counts(1, 0, 0), row(r, "link participant"));
    }

    @Test
    void missingOrFailingPredictionsAreNotesNotCrashes() {
        GoldDocument d = doc(List.of(gold(GoldType.DATE, "Monday", "2026-02-09", null, null)), List.of(), List.of());
        EvalReport missing = Scorer.score("t", List.of(d), a -> null);
        assertEquals(new Counts(0, 0, 1), row(missing, "relaxed DATE"));
        assertEquals(1, missing.notes().size());
        EvalReport failed = Scorer.score("t", List.of(d), a -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(new Counts(0, 0, 1), row(failed, "relaxed DATE"));
        assertTrue(failed.notes().get(0).contains("boom"), failed.notes().toString());
        assertFalse(failed.metric("relaxed DATE P").isPresent());
        assertEquals(0.0, failed.metric("relaxed DATE R").getAsDouble());
    }
}
