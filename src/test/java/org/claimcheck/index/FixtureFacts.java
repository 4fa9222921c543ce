package org.claimcheck.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * Hand-built facts for index tests: a builder that finds each quoted piece of text in the body, so every
 * span is checked to cover exactly its text, and the fixture articles the tests search.
 */
final class FixtureFacts {

    private final Article article;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    private FixtureFacts(String id, LocalDate date, String title, String body) {
        this.article = new Article(id, date, title, "Example Wire", "", body, id);
    }

    static FixtureFacts article(String id, String date, String title, String body) {
        return new FixtureFacts(id, date == null ? null : LocalDate.parse(date), title, body);
    }

    Span span(String text) {
        int at = article.body().indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not in body: " + text);
        }
        Span s = new Span(at, at + text.length());
        if (!s.of(article.body()).equals(text)) {
            throw new AssertionError("span does not cover its text: " + text);
        }
        return s;
    }

    int party(String text, String name, PartyKind kind) {
        return add(Mention.party(span(text), text, new Party(name, kind, null, null)));
    }

    int money(String text, String amount, String high, String currency, Qualifier q) {
        return add(Mention.money(span(text), text, new Money(new BigDecimal(amount),
                high == null ? null : new BigDecimal(high), currency, q)));
    }

    int percent(String text, String value) {
        return add(Mention.percent(span(text), text, new Percent(new BigDecimal(value), null, Qualifier.EXACT)));
    }

    int date(String text, String value, String begin, String end) {
        return add(Mention.date(span(text), text, time(value, begin, end)));
    }

    static TimeValue time(String value, String begin, String end) {
        return new TimeValue(value, begin == null ? null : LocalDate.parse(begin),
                end == null ? null : LocalDate.parse(end));
    }

    private int add(Mention m) {
        int i = mentions.size();
        mentions.add(m.withIndex(i).withSentence(0));
        return i;
    }

    ClaimParty role(int mention, Role role) {
        Mention m = mentions.get(mention);
        return new ClaimParty(m.party().name(), m.party().kind(), role, mention, m.span());
    }

    /** Adds a claim over {@code text}; {@code time} is a DATE mention index or -1. */
    FixtureFacts claim(String text, String lemma, EventClass event, Modality modality, List<ClaimParty> parties,
                       List<Integer> money, List<Integer> percents, int time, Attribution attribution) {
        ClaimTime t = time < 0 ? null : new ClaimTime(mentions.get(time).time(), time, mentions.get(time).span());
        return claim(text, lemma, event, modality, parties, money, percents, t, attribution);
    }

    FixtureFacts claim(String text, String lemma, EventClass event, Modality modality, List<ClaimParty> parties,
                       List<Integer> money, List<Integer> percents, ClaimTime time, Attribution attribution) {
        Span s = span(text);
        List<Integer> used = new ArrayList<>();
        parties.forEach(p -> used.add(p.mention()));
        used.addAll(money);
        used.addAll(percents);
        if (time != null && time.mention() >= 0) {
            used.add(time.mention());
        }
        claims.add(new Claim("c" + (claims.size() + 1), 0, s, lemma, event, s, parties, money, percents, time,
                attribution, modality, used.stream().sorted().distinct().toList()));
        return this;
    }

    Attribution says(String source, String cue, String cueText) {
        return new Attribution(source, cue, span(cueText));
    }

    ArticleFacts facts() {
        return new ArticleFacts(article, List.of(), mentions, claims, List.of(), List.of());
    }

    // ------------------------------------------------------------------ the fixture articles

    /** amz-1 (2026-02-16): c1 Amazon invests $38 billion in Anthropic in 2026; c2 the runtime launches March 2026. */
    static ArticleFacts amazon() {
        FixtureFacts f = article("amz-1", "2026-02-16", "Amazon deepens Anthropic bet",
                "Amazon Web Services will invest $38 billion in Anthropic during 2026. "
                        + "The stateful runtime launches in March 2026, OpenAI said.");
        int aws = f.party("Amazon Web Services", "Amazon Web Services", PartyKind.ORGANIZATION);
        int usd = f.money("$38 billion", "38000000000", null, "USD", Qualifier.EXACT);
        int anthropic = f.party("Anthropic", "Anthropic", PartyKind.ORGANIZATION);
        int y2026 = f.date("2026", "2026", "2026-01-01", "2026-12-31");
        int march = f.date("March 2026", "2026-03", "2026-03-01", "2026-03-31");
        f.claim("Amazon Web Services will invest $38 billion in Anthropic during 2026", "invest", EventClass.INVEST,
                Modality.FUTURE, List.of(f.role(aws, Role.AGENT), f.role(anthropic, Role.RECIPIENT)), List.of(usd),
                List.of(), y2026, null);
        f.claim("The stateful runtime launches in March 2026", "launch", EventClass.LAUNCH, Modality.REPORTED,
                List.of(), List.of(), List.of(), march, f.says("OpenAI", "say", "said"));
        return f.facts();
    }

    /** ms-1 (2025-11-03): c1 Microsoft licenses to Frontier through 2032; c2 Frontier pays EUR 2.5bn, 12%. */
    static ArticleFacts microsoft() {
        FixtureFacts f = article("ms-1", "2025-11-03", "Microsoft licence for Frontier",
                "Microsoft licensed its models to Frontier through 2032. Frontier paid 2.5bn euros, 12% of revenue.");
        int ms = f.party("Microsoft", "Microsoft", PartyKind.ORGANIZATION);
        int frontier = f.party("Frontier", "Frontier", PartyKind.ORGANIZATION);
        int eur = f.money("2.5bn euros", "2500000000", null, "EUR", Qualifier.EXACT);
        int pct = f.percent("12%", "12");
        ClaimTime through2032 = new ClaimTime(time("2032", "2025-11-03", "2032-12-31"), -1, f.span("through 2032"));
        f.claim("Microsoft licensed its models to Frontier through 2032", "license", EventClass.LICENSE,
                Modality.ASSERTED, List.of(f.role(ms, Role.AGENT), f.role(frontier, Role.RECIPIENT)), List.of(),
                List.of(), through2032, null);
        f.claim("Frontier paid 2.5bn euros, 12% of revenue", "pay", EventClass.PAY, Modality.ASSERTED,
                List.of(f.role(frontier, Role.AGENT)), List.of(eur), List.of(pct), -1, null);
        return f.facts();
    }

    /**
     * gg-1 (no date): c1 Sundar Pichai says Google acquired Wiz for $32 billion in 2025-Q1; c2 Google will
     * spend between $10 billion and $12 billion until 2030 (open start).
     */
    static ArticleFacts google() {
        FixtureFacts f = article("gg-1", null, "Google buys Wiz",
                "Google acquired Wiz for $32 billion in the first quarter of 2025, Sundar Pichai said. "
                        + "Google may pay between $10 billion and $12 billion until 2030.");
        int google = f.party("Google", "Google", PartyKind.ORGANIZATION);
        int wiz = f.party("Wiz", "Wiz", PartyKind.ORGANIZATION);
        int usd = f.money("$32 billion", "32000000000", null, "USD", Qualifier.EXACT);
        int q1 = f.date("the first quarter of 2025", "2025-Q1", "2025-01-01", "2025-03-31");
        f.party("Sundar Pichai", "Sundar Pichai", PartyKind.PERSON);
        int range = f.money("between $10 billion and $12 billion", "10000000000", "12000000000", "USD",
                Qualifier.RANGE);
        f.claim("Google acquired Wiz for $32 billion in the first quarter of 2025", "acquire", EventClass.ACQUIRE,
                Modality.REPORTED, List.of(f.role(google, Role.AGENT), f.role(wiz, Role.PATIENT)), List.of(usd),
                List.of(), q1, f.says("Sundar Pichai", "say", "said"));
        ClaimTime until2030 = new ClaimTime(time("2030", null, "2030-12-31"), -1, f.span("until 2030"));
        f.claim("Google may pay between $10 billion and $12 billion until 2030", "pay", EventClass.PAY,
                Modality.HEDGED, List.of(f.role(google, Role.AGENT)), List.of(range), List.of(), until2030, null);
        return f.facts();
    }
}
