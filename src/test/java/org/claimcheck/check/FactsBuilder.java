package org.claimcheck.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * Builds {@link ArticleFacts} for rule tests from a body string: mentions are located by their text
 * (each call for the same text takes its next occurrence), sentences are split at ". " and line ends,
 * and claims refer to mentions by the handles the mention methods return.
 */
final class FactsBuilder {

    private final String body;
    private LocalDate date = LocalDate.of(2026, 4, 27);
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Integer> nextFrom = new HashMap<>();
    private final List<ClaimSpec> claims = new ArrayList<>();

    FactsBuilder(String body) {
        this.body = body;
    }

    FactsBuilder date(LocalDate d) {
        this.date = d;
        return this;
    }

    /** A MONEY mention; returns its handle. */
    int money(String text, String amount, Qualifier q) {
        return add(Mention.money(locate(text), text, Money.of(amount, "USD", q)));
    }

    int money(String text, String amount) {
        return money(text, amount, Qualifier.EXACT);
    }

    /** A MONEY mention in another currency (ISO 4217). */
    int moneyIn(String text, String amount, String currency) {
        return add(Mention.money(locate(text), text, Money.of(amount, currency, Qualifier.EXACT)));
    }

    /** A DATE mention for "through 2032": an interval open at its start, ending with the period of {@code value}. */
    int until(String text, String value) {
        return add(Mention.date(locate(text), text, new TimeValue(value, null, time(value).end())));
    }

    /** A DATE mention with the interval its TIMEX3 value denotes. */
    int date(String text, String value) {
        return add(Mention.date(locate(text), text, time(value)));
    }

    int duration(String text, String iso) {
        return add(Mention.duration(locate(text), text, iso));
    }

    int percent(String text, String value, Qualifier q) {
        return add(Mention.percent(locate(text), text, new Percent(new BigDecimal(value), null, q)));
    }

    int org(String text, String name) {
        return add(Mention.party(locate(text), text, new Party(name, PartyKind.ORGANIZATION, null, null)));
    }

    int person(String text, String name, String title, String affiliation) {
        return add(Mention.party(locate(text), text, new Party(name, PartyKind.PERSON, title, affiliation)));
    }

    /** Starts a claim whose trigger is the next occurrence of {@code trigger}. */
    ClaimSpec claim(String trigger, EventClass cls) {
        ClaimSpec c = new ClaimSpec(locate(trigger), cls);
        claims.add(c);
        return c;
    }

    ArticleFacts build() {
        List<Sentence> sentences = split();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        Map<Integer, Integer> newIndex = new HashMap<>();
        List<Mention> indexed = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            newIndex.put(mentions.indexOf(m), i);
            indexed.add(m.withIndex(i).withSentence(sentenceOf(sentences, m.start())));
        }
        Article article = new Article("test", date, "", "", "", body, "test");
        ArticleFacts bare = new ArticleFacts(article, sentences, indexed, List.of(), List.of(), List.of());
        List<Claim> built = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            built.add(claims.get(i).build("c" + (i + 1), bare, sentences, newIndex));
        }
        return bare.withClaims(built);
    }

    static TimeValue time(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(value);
            return new TimeValue(value, d, d);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(value);
            return new TimeValue(value, ym.atDay(1), ym.atEndOfMonth());
        }
        if (value.matches("\\d{4}-Q[1-4]")) {
            int y = Integer.parseInt(value.substring(0, 4));
            int q = value.charAt(6) - '0';
            YearMonth first = YearMonth.of(y, 3 * q - 2);
            return new TimeValue(value, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        if (value.matches("\\d{4}")) {
            int y = Integer.parseInt(value);
            return new TimeValue(value, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        throw new IllegalArgumentException("unsupported test time value " + value);
    }

    private int add(Mention m) {
        mentions.add(m);
        return mentions.size() - 1;
    }

    private Span locate(String text) {
        int from = nextFrom.getOrDefault(text, 0);
        int at = body.indexOf(text, from);
        if (at < 0) {
            throw new IllegalArgumentException("no further \"" + text + "\" in body");
        }
        nextFrom.put(text, at + text.length());
        return new Span(at, at + text.length());
    }

    private List<Sentence> split() {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '?' || c == '!') && (i + 1 == body.length() || body.charAt(i + 1) == ' '));
            if (end || i + 1 == body.length()) {
                int e = c == '\n' ? i : i + 1;
                if (e > start && !body.substring(start, e).isBlank()) {
                    out.add(new Sentence(out.size(), new Span(start, e), false));
                }
                start = i + 1;
                while (start < body.length() && body.charAt(start) == ' ') {
                    start++;
                }
                i = start - 1;
            }
        }
        return out;
    }

    private static int sentenceOf(List<Sentence> sentences, int pos) {
        for (Sentence s : sentences) {
            if (s.span().start() <= pos && pos < s.span().end()) {
                return s.index();
            }
        }
        throw new IllegalArgumentException("offset outside every sentence: " + pos);
    }

    /** A claim under construction; parties are named directly, mentions by handle. */
    static final class ClaimSpec {
        private final Span trigger;
        private final EventClass cls;
        private final List<String[]> parties = new ArrayList<>();
        private final List<Integer> money = new ArrayList<>();
        private final List<Integer> percents = new ArrayList<>();
        private Integer time;
        private String relativeWords;
        private String relativeValue;
        private Modality modality = Modality.ASSERTED;
        private String source;
        private String lemma;

        private ClaimSpec(Span trigger, EventClass cls) {
            this.trigger = trigger;
            this.cls = cls;
        }

        ClaimSpec party(String name, Role role) {
            parties.add(new String[] {name, role.name()});
            return this;
        }

        ClaimSpec agent(String name) {
            return party(name, Role.AGENT);
        }

        ClaimSpec recipient(String name) {
            return party(name, Role.RECIPIENT);
        }

        ClaimSpec patient(String name) {
            return party(name, Role.PATIENT);
        }

        ClaimSpec money(int... handles) {
            for (int h : handles) {
                money.add(h);
            }
            return this;
        }

        ClaimSpec percent(int handle) {
            percents.add(handle);
            return this;
        }

        ClaimSpec time(int handle) {
            time = handle;
            return this;
        }

        /** A time carried over from words such as "the same day" in the claim's sentence, with no mention. */
        ClaimSpec relativeTime(String words, String value) {
            relativeWords = words;
            relativeValue = value;
            return this;
        }

        /** The predicate's lemma, when it is not the trigger's text in lower case. */
        ClaimSpec lemma(String l) {
            lemma = l;
            return this;
        }

        ClaimSpec modality(Modality m) {
            modality = m;
            return this;
        }

        ClaimSpec source(String s) {
            source = s;
            if (modality == Modality.ASSERTED) {
                modality = Modality.REPORTED;
            }
            return this;
        }

        private Claim build(String id, ArticleFacts facts, List<Sentence> sentences, Map<Integer, Integer> idx) {
            int s = sentenceOf(sentences, trigger.start());
            List<ClaimParty> ps = new ArrayList<>();
            for (String[] p : parties) {
                ps.add(new ClaimParty(p[0], PartyKind.ORGANIZATION, Role.valueOf(p[1]), -1, trigger));
            }
            List<Integer> m = money.stream().map(idx::get).toList();
            List<Integer> pc = percents.stream().map(idx::get).toList();
            ClaimTime t = null;
            List<Integer> all = new ArrayList<>(m);
            all.addAll(pc);
            if (time != null) {
                Mention tm = facts.mention(idx.get(time));
                t = new ClaimTime(tm.time(), tm.index(), tm.span());
                all.add(tm.index());
            } else if (relativeWords != null) {
                Span sentence = sentences.get(s).span();
                int at = facts.article().body().indexOf(relativeWords, sentence.start());
                t = new ClaimTime(FactsBuilder.time(relativeValue), -1, new Span(at, at + relativeWords.length()));
            }
            all.sort(null);
            Attribution a = source == null ? null : new Attribution(source, "say", null);
            String l = lemma != null ? lemma : facts.text(trigger).toLowerCase(java.util.Locale.ROOT);
            return new Claim(id, s, sentences.get(s).span(), l, cls, trigger, ps, m, pc, t, a, modality, all);
        }
    }
}
