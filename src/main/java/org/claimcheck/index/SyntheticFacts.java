package org.claimcheck.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.claimcheck.model.Article;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * Deterministic made-up facts for benchmarking the index: article {@code n} of a given seed is always the
 * same, whichever thread makes it and in whatever order. Each claim reads like "Norvex Systems will invest
 * USD 420 million in Caldra Labs to expand data center capacity in 2026-Q1." with its mentions and spans set.
 */
public final class SyntheticFacts {

    static final String[] PHRASES = {
        "expand data center capacity", "build a stateful runtime", "train frontier models",
        "secure long term chip supply", "open a research lab", "settle the patent dispute",
        "license its speech models", "buy renewable power", "launch a cloud region", "hire safety researchers",
        "cut inference costs", "acquire a robotics startup", "fund a chip foundry", "resell enterprise seats",
        "share network revenue", "build an undersea cable", "design custom accelerators", "expand into Europe",
        "sell its mapping unit", "raise a private credit fund"};
    private static final String[] SYLLABLES = {
        "nor", "vex", "cal", "dra", "mi", "ra", "zen", "tor", "qua", "lix", "pen", "dor", "sa", "vi", "ko", "lum",
        "tri", "ax", "bel", "fen"};
    private static final String[] SUFFIXES = {"Systems", "Labs", "Capital", "Holdings", "Networks", "AI", "Energy",
        "Group"};
    private static final EventClass[] EVENTS = {EventClass.INVEST, EventClass.ACQUIRE, EventClass.AGREE,
        EventClass.LICENSE, EventClass.PAY, EventClass.BUY, EventClass.SELL, EventClass.LAUNCH};
    private static final String[] LEMMAS = {"invest", "acquire", "agree", "license", "pay", "buy", "sell", "launch"};
    private static final String[] CURRENCIES = {"USD", "USD", "USD", "EUR", "GBP", "JPY"};
    private static final Modality[] MODALITIES = {Modality.ASSERTED, Modality.ASSERTED, Modality.REPORTED,
        Modality.FUTURE, Modality.HEDGED};

    private final long seed;
    private final int parties;
    private final int claimsPerArticle;

    /**
     * @param parties          size of the pool of party names
     * @param claimsPerArticle claims in each article
     */
    public SyntheticFacts(long seed, int parties, int claimsPerArticle) {
        this.seed = seed;
        this.parties = parties;
        this.claimsPerArticle = claimsPerArticle;
    }

    /** Party name {@code i} of the pool ("Norvex Systems"). */
    public static String partyName(int i) {
        int n = i;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            sb.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb + " " + SUFFIXES[n % SUFFIXES.length] + (n >= SUFFIXES.length ? " " + (n / SUFFIXES.length) : "");
    }

    /** The facts of article {@code n}. */
    public ArticleFacts article(long n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        LocalDate published = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(9 * 365));
        StringBuilder body = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (int c = 0; c < claimsPerArticle; c++) {
            claims.add(claim(r, c, body, mentions));
            body.append(' ');
        }
        Article a = new Article("syn-" + n, published, "Synthetic article " + n + " on "
                + PHRASES[r.nextInt(PHRASES.length)], "Synthetic Wire", "", body.toString(), "synthetic");
        return new ArticleFacts(a, List.of(), mentions, claims, List.of(), List.of());
    }

    private Claim claim(SplittableRandom r, int c, StringBuilder body, List<Mention> mentions) {
        int start = body.length();
        int e = r.nextInt(EVENTS.length);
        String agentName = partyName(skewed(r));
        String otherName = partyName(skewed(r));
        int agent = mention(body, mentions, agentName, MentionType.PARTY, null, null);
        body.append(" will ").append(LEMMAS[e]).append(' ');
        String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
        BigDecimal amount = BigDecimal.valueOf(1 + r.nextInt(999)).movePointRight(6 + r.nextInt(4));
        String amountText = currency + " " + Amounts.display(amount, currency).substring(currency.length() + 1);
        int money = mention(body, mentions, amountText, MentionType.MONEY,
                new Money(amount, null, currency, Qualifier.EXACT), null);
        body.append(" with ");
        int other = mention(body, mentions, otherName, MentionType.PARTY, null, null);
        body.append(" to ").append(PHRASES[r.nextInt(PHRASES.length)]).append(" in ");
        TimeValue t = time(r);
        int time = mention(body, mentions, t.value(), MentionType.DATE, null, t);
        Attribution attribution = null;
        Modality modality = MODALITIES[r.nextInt(MODALITIES.length)];
        if (modality == Modality.REPORTED) {
            body.append(", ");
            String source = partyName(skewed(r));
            int cue = body.length();
            body.append(source).append(" said");
            attribution = new Attribution(source, "say", new Span(cue + source.length() + 1, body.length()));
        }
        body.append('.');
        Span span = new Span(start, body.length() - 1);
        Role otherRole = r.nextBoolean() ? Role.RECIPIENT : Role.PATIENT;
        List<ClaimParty> ps = List.of(
                new ClaimParty(agentName, PartyKind.ORGANIZATION, Role.AGENT, agent, mentions.get(agent).span()),
                new ClaimParty(otherName, PartyKind.ORGANIZATION, otherRole, other, mentions.get(other).span()));
        ClaimTime ct = new ClaimTime(t, time, mentions.get(time).span());
        return new Claim("c" + (c + 1), c, span, LEMMAS[e], EVENTS[e], span, ps, List.of(money), List.of(), ct,
                attribution, modality, List.of(agent, money, other, time));
    }

    /** A party index skewed towards the head of the pool, as real coverage is. */
    private int skewed(SplittableRandom r) {
        double u = r.nextDouble();
        return (int) (parties * u * u * u);
    }

    private static TimeValue time(SplittableRandom r) {
        int year = 2015 + r.nextInt(18);
        return switch (r.nextInt(4)) {
            case 0 -> new TimeValue(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case 1 -> {
                int q = 1 + r.nextInt(4);
                YearMonth first = YearMonth.of(year, q * 3 - 2);
                yield new TimeValue(year + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            case 2 -> {
                YearMonth m = YearMonth.of(year, 1 + r.nextInt(12));
                yield new TimeValue(m.toString(), m.atDay(1), m.atEndOfMonth());
            }
            default -> {
                LocalDate d = LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
                yield new TimeValue(d.toString(), d, d);
            }
        };
    }

    /** Appends {@code text} and records a mention of it; returns the mention's index. */
    private static int mention(StringBuilder body, List<Mention> mentions, String text, MentionType type,
                               Money money, TimeValue time) {
        Span s = new Span(body.length(), body.length() + text.length());
        body.append(text);
        Party party = type == MentionType.PARTY ? new Party(text, PartyKind.ORGANIZATION, null, null) : null;
        Mention m = new Mention(mentions.size(), type, s, text, 0, party, money, time, null, null);
        mentions.add(m);
        return m.index();
    }
}
