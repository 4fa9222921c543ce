package org.claimcheck.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Article;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.Money;
import org.claimcheck.model.Percent;
import org.claimcheck.model.TimeValue;

/**
 * The JSON stored with each document for display, written as UTF-8 in one streaming pass (indexing speed
 * matters).
 * A claim record: {@code {"type":"claim","article":{id,title,date,source?,url?},"claim":{id,start,end,text,
 * event:{lemma,class},parties:[{name,kind,role}],time:{value,begin,end}|null,attribution:{source,cue}|null,
 * modality},"amounts":[{amount,amountHigh?,currency,qualifier,display}],"percents":["12","10-15"]}}.
 * An article record: {@code {"type":"article","article":{...},"claims":N,"findings":N,"parties":[names]}}.
 */
final class StoredRecord {

    private StoredRecord() {
    }

    static byte[] claim(Article a, Claim c, List<Money> money, List<Percent> percents) {
        return write(g -> {
            g.writeStringField("type", FactDocuments.TYPE_CLAIM);
            article(g, a);
            g.writeObjectFieldStart("claim");
            g.writeStringField("id", c.id());
            g.writeNumberField("start", c.span().start());
            g.writeNumberField("end", c.span().end());
            g.writeStringField("text", c.span().of(a.body()));
            g.writeObjectFieldStart("event");
            g.writeStringField("lemma", c.lemma());
            g.writeStringField("class", c.eventClass().name());
            g.writeEndObject();
            g.writeArrayFieldStart("parties");
            for (ClaimParty p : c.parties()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeStringField("kind", p.kind() == null ? null : p.kind().name());
                g.writeStringField("role", p.role().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (c.time() == null) {
                g.writeNullField("time");
            } else {
                TimeValue t = c.time().value();
                g.writeObjectFieldStart("time");
                g.writeStringField("value", t.value());
                g.writeStringField("begin", t.begin() == null ? null : t.begin().toString());
                g.writeStringField("end", t.end() == null ? null : t.end().toString());
                g.writeEndObject();
            }
            if (c.attribution() == null) {
                g.writeNullField("attribution");
            } else {
                g.writeObjectFieldStart("attribution");
                g.writeStringField("source", c.attribution().source());
                g.writeStringField("cue", c.attribution().cue());
                g.writeEndObject();
            }
            g.writeStringField("modality", c.modality().name());
            g.writeEndObject();
            g.writeArrayFieldStart("amounts");
            for (Money m : money) {
                g.writeStartObject();
                g.writeStringField("amount", m.amount().toPlainString());
                if (m.amountHigh() != null) {
                    g.writeStringField("amountHigh", m.amountHigh().toPlainString());
                }
                g.writeStringField("currency", m.currency());
                g.writeStringField("qualifier", m.qualifier().name());
                g.writeStringField("display", Amounts.display(m.amount(), m.currency())
                        + (m.amountHigh() == null ? "" : " to " + Amounts.display(m.amountHigh(), m.currency())));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("percents");
            for (Percent p : percents) {
                BigDecimal high = p.valueHigh();
                g.writeString(p.value().toPlainString() + (high == null ? "" : "-" + high.toPlainString()));
            }
            g.writeEndArray();
        });
    }

    static byte[] article(Article a, int claims, int findings, Collection<String> parties) {
        return write(g -> {
            g.writeStringField("type", FactDocuments.TYPE_ARTICLE);
            article(g, a);
            g.writeNumberField("claims", claims);
            g.writeNumberField("findings", findings);
            g.writeArrayFieldStart("parties");
            for (String p : parties) {
                g.writeString(p);
            }
            g.writeEndArray();
        });
    }

    private static void article(JsonGenerator g, Article a) throws IOException {
        g.writeObjectFieldStart("article");
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("date", a.date() == null ? null : a.date().toString());
        if (!a.source().isEmpty()) {
            g.writeStringField("source", a.source());
        }
        if (!a.url().isEmpty()) {
            g.writeStringField("url", a.url());
        }
        g.writeEndObject();
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** The record as UTF-8 JSON bytes. */
    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FactsJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
