package org.claimcheck.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Mention;
import org.claimcheck.model.MentionType;
import org.claimcheck.model.Modality;
import org.claimcheck.model.Money;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Percent;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Role;
import org.claimcheck.model.Sentence;
import org.claimcheck.model.Severity;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;

/**
 * The one place that turns {@link ArticleFacts} into the JSON Lines output format and back. Field order
 * is fixed here, so the same facts always give the same bytes. The format is documented in README.md.
 *
 * <p>A facts line does not carry the article body; {@link #read} rebuilds a body with the text of every
 * span at its offsets (blanks elsewhere), so that {@code span.of(body)} still gives each span's text.
 */
public final class FactsJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private FactsJson() {
    }

    /** One line of JSON (no newline) for an article's facts. */
    public static String line(ArticleFacts f) {
        try {
            return MAPPER.writeValueAsString(toJson(f));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode toJson(ArticleFacts f) {
        Article a = f.article();
        String body = a.body();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("date", a.date() == null ? null : a.date().toString());
        o.put("title", a.title());
        if (!a.source().isEmpty()) {
            o.put("source", a.source());
        }
        if (!a.url().isEmpty()) {
            o.put("url", a.url());
        }
        o.put("length", body.length());
        ArrayNode sents = o.putArray("sentences");
        for (Sentence s : f.sentences()) {
            ObjectNode so = sents.addObject();
            so.put("start", s.span().start());
            so.put("end", s.span().end());
            if (s.furniture()) {
                so.put("furniture", true);
            }
        }
        ArrayNode ms = o.putArray("mentions");
        for (Mention m : f.mentions()) {
            ms.add(mention(m));
        }
        ArrayNode cs = o.putArray("claims");
        for (Claim c : f.claims()) {
            cs.add(claim(c, body));
        }
        ArrayNode fs = o.putArray("findings");
        for (Finding fd : f.findings()) {
            fs.add(finding(fd, body));
        }
        ArrayNode ws = o.putArray("warnings");
        f.warnings().forEach(ws::add);
        return o;
    }

    public static ObjectNode mention(Mention m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", m.index());
        o.put("type", m.type().name());
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("sentence", m.sentence());
        switch (m.type()) {
            case PARTY -> {
                Party p = m.party();
                o.put("name", p.name());
                o.put("kind", p.kind().name());
                if (p.title() != null) {
                    o.put("title", p.title());
                }
                if (p.affiliation() != null) {
                    o.put("affiliation", p.affiliation());
                }
            }
            case MONEY -> {
                Money mo = m.money();
                o.put("amount", mo.amount().toPlainString());
                if (mo.amountHigh() != null) {
                    o.put("amountHigh", mo.amountHigh().toPlainString());
                }
                o.put("currency", mo.currency());
                o.put("qualifier", mo.qualifier().name());
            }
            case DATE -> {
                o.put("value", m.time().value());
                putInterval(o, m.time());
            }
            case DURATION -> o.put("value", m.duration());
            case PERCENT -> {
                o.put("value", m.percent().value().toPlainString());
                if (m.percent().valueHigh() != null) {
                    o.put("valueHigh", m.percent().valueHigh().toPlainString());
                }
                o.put("qualifier", m.percent().qualifier().name());
            }
            default -> throw new IllegalStateException();
        }
        return o;
    }

    private static void putInterval(ObjectNode o, TimeValue t) {
        if (t.resolved()) {
            ObjectNode iv = o.putObject("interval");
            iv.put("begin", t.begin() == null ? null : t.begin().toString());
            iv.put("end", t.end() == null ? null : t.end().toString());
        }
    }

    private static ObjectNode span(Span s, String body) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.of(body));
        return o;
    }

    public static ObjectNode claim(Claim c, String body) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("sentence", c.sentence());
        o.put("start", c.span().start());
        o.put("end", c.span().end());
        o.put("text", c.span().of(body));
        ObjectNode ev = o.putObject("event");
        ev.put("lemma", c.lemma());
        ev.put("class", c.eventClass().name());
        if (c.trigger() != null) {
            ev.set("trigger", span(c.trigger(), body));
        }
        ArrayNode ps = o.putArray("parties");
        for (ClaimParty p : c.parties()) {
            ObjectNode po = ps.addObject();
            po.put("name", p.name());
            po.put("kind", p.kind() == null ? null : p.kind().name());
            po.put("role", p.role().name());
            po.put("mention", p.mention());
            po.set("span", span(p.span(), body));
        }
        ArrayNode mo = o.putArray("money");
        c.money().forEach(mo::add);
        ArrayNode pc = o.putArray("percents");
        c.percents().forEach(pc::add);
        if (c.time() != null) {
            ObjectNode t = o.putObject("time");
            t.put("value", c.time().value().value());
            t.put("begin", c.time().value().begin() == null ? null : c.time().value().begin().toString());
            t.put("end", c.time().value().end() == null ? null : c.time().value().end().toString());
            t.put("mention", c.time().mention());
            if (c.time().span() != null) {
                t.set("span", span(c.time().span(), body));
            }
        } else {
            o.putNull("time");
        }
        if (c.attribution() != null) {
            ObjectNode at = o.putObject("attribution");
            at.put("source", c.attribution().source());
            at.put("cue", c.attribution().cue());
            if (c.attribution().span() != null) {
                at.set("span", span(c.attribution().span(), body));
            }
        } else {
            o.putNull("attribution");
        }
        o.put("modality", c.modality().name());
        ArrayNode mi = o.putArray("mentions");
        c.mentions().forEach(mi::add);
        return o;
    }

    public static ObjectNode finding(Finding f, String body) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", f.type().name());
        o.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
        o.put("message", f.message());
        ArrayNode sp = o.putArray("spans");
        for (Span s : f.spans()) {
            sp.add(span(s, body));
        }
        ArrayNode cl = o.putArray("claims");
        f.claims().forEach(cl::add);
        if (f.rule() != null) {
            o.put("rule", f.rule());
        }
        return o;
    }

    // ------------------------------------------------------------------ reading

    /** Parses one facts line; throws {@link IllegalArgumentException} naming the field on bad input. */
    public static ArticleFacts read(String line) {
        JsonNode n;
        try {
            n = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        return read(n);
    }

    public static ArticleFacts read(JsonNode n) {
        int length = n.path("length").asInt(0);
        StringBuilder sb = new StringBuilder(" ".repeat(Math.max(0, length)));
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
            Mention mm = readMention(m);
            paste(sb, mm.span(), mm.text());
            mentions.add(mm);
        }
        List<Sentence> sentences = new ArrayList<>();
        int si = 0;
        for (JsonNode s : n.path("sentences")) {
            sentences.add(new Sentence(si++, new Span(s.get("start").asInt(), s.get("end").asInt()),
                    s.path("furniture").asBoolean(false)));
        }
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : n.path("claims")) {
            claims.add(readClaim(c, sb));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : n.path("findings")) {
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : f.path("spans")) {
                spans.add(readSpan(s, sb));
            }
            List<String> ids = new ArrayList<>();
            f.path("claims").forEach(x -> ids.add(x.asText()));
            findings.add(new Finding(FindingType.valueOf(req(f, "type").asText()),
                    Severity.valueOf(req(f, "severity").asText().toUpperCase(java.util.Locale.ROOT)),
                    req(f, "message").asText(), spans, ids, f.path("rule").asText(null)));
        }
        List<String> warnings = new ArrayList<>();
        n.path("warnings").forEach(w -> warnings.add(w.asText()));
        String date = n.path("date").asText(null);
        Article a = new Article(req(n, "id").asText(), date == null ? null : LocalDate.parse(date),
                n.path("title").asText(""), n.path("source").asText(""), n.path("url").asText(""),
                sb.toString(), null);
        return new ArticleFacts(a, sentences, mentions, claims, findings, warnings);
    }

    private static void paste(StringBuilder sb, Span s, String text) {
        if (sb.length() < s.end()) {
            sb.append(" ".repeat(s.end() - sb.length()));
        }
        sb.replace(s.start(), s.end(), text);
    }

    private static Span readSpan(JsonNode s, StringBuilder sb) {
        Span sp = new Span(req(s, "start").asInt(), req(s, "end").asInt());
        if (s.has("text")) {
            paste(sb, sp, s.get("text").asText());
        }
        return sp;
    }

    private static JsonNode req(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return v;
    }

    public static Mention readMention(JsonNode m) {
        MentionType type = MentionType.valueOf(req(m, "type").asText());
        Span span = new Span(req(m, "start").asInt(), req(m, "end").asInt());
        String text = req(m, "text").asText();
        Party party = null;
        Money money = null;
        TimeValue time = null;
        String duration = null;
        Percent percent = null;
        switch (type) {
            case PARTY -> party = new Party(req(m, "name").asText(), PartyKind.valueOf(req(m, "kind").asText()),
                    m.path("title").asText(null), m.path("affiliation").asText(null));
            case MONEY -> money = new Money(new BigDecimal(req(m, "amount").asText()),
                    m.has("amountHigh") ? new BigDecimal(m.get("amountHigh").asText()) : null,
                    req(m, "currency").asText(), Qualifier.valueOf(m.path("qualifier").asText("EXACT")));
            case DATE -> time = new TimeValue(req(m, "value").asText(),
                    date(m.path("interval").path("begin")), date(m.path("interval").path("end")));
            case DURATION -> duration = req(m, "value").asText();
            case PERCENT -> percent = new Percent(new BigDecimal(req(m, "value").asText()),
                    m.has("valueHigh") ? new BigDecimal(m.get("valueHigh").asText()) : null,
                    Qualifier.valueOf(m.path("qualifier").asText("EXACT")));
            default -> throw new IllegalStateException();
        }
        return new Mention(m.path("index").asInt(0), type, span, text, m.path("sentence").asInt(0), party, money,
                time, duration, percent);
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : LocalDate.parse(n.asText());
    }

    private static Claim readClaim(JsonNode c, StringBuilder sb) {
        Span span = readSpan(c, sb);
        JsonNode ev = req(c, "event");
        Span trigger = ev.has("trigger") ? readSpan(ev.get("trigger"), sb) : null;
        List<ClaimParty> parties = new ArrayList<>();
        for (JsonNode p : c.path("parties")) {
            String kind = p.path("kind").asText(null);
            parties.add(new ClaimParty(req(p, "name").asText(), kind == null ? null : PartyKind.valueOf(kind),
                    Role.valueOf(req(p, "role").asText()), p.path("mention").asInt(-1), readSpan(req(p, "span"), sb)));
        }
        List<Integer> money = new ArrayList<>();
        c.path("money").forEach(x -> money.add(x.asInt()));
        List<Integer> percents = new ArrayList<>();
        c.path("percents").forEach(x -> percents.add(x.asInt()));
        ClaimTime time = null;
        JsonNode t = c.get("time");
        if (t != null && !t.isNull()) {
            time = new ClaimTime(new TimeValue(req(t, "value").asText(), date(t.get("begin")), date(t.get("end"))),
                    t.path("mention").asInt(-1), t.has("span") ? readSpan(t.get("span"), sb) : null);
        }
        Attribution attribution = null;
        JsonNode at = c.get("attribution");
        if (at != null && !at.isNull()) {
            attribution = new Attribution(req(at, "source").asText(), req(at, "cue").asText(),
                    at.has("span") ? readSpan(at.get("span"), sb) : null);
        }
        List<Integer> mentions = new ArrayList<>();
        c.path("mentions").forEach(x -> mentions.add(x.asInt()));
        return new Claim(req(c, "id").asText(), c.path("sentence").asInt(0), span, req(ev, "lemma").asText(),
                EventClass.valueOf(req(ev, "class").asText()), trigger, parties, money, percents, time, attribution,
                Modality.valueOf(req(c, "modality").asText()), mentions);
    }
}
