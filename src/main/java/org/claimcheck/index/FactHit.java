package org.claimcheck.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.model.Span;

/**
 * One search hit: a claim (or, for {@code type:article} queries, an article) as stored in the index.
 *
 * @param claimId   the claim's id within its article; null for an article hit
 * @param published the article's publication date, or null
 * @param time      the claim's TIMEX value ({@code 2026-02-16}, {@code 2026-Q1}), or null
 * @param event     the event class name, or null for an article hit
 * @param parties   "Name (role)" for a claim, the party names for an article
 * @param amounts   the claim's money amounts for display ({@code USD 38 billion})
 * @param text      the claim's clause (the title for an article hit)
 * @param marks     the parts of {@code text} that match the query, as offsets into {@code text}
 * @param record    the stored JSON record (see {@link StoredRecord}: article, claim, resolved amounts)
 */
public record FactHit(String type, String articleId, String claimId, String title, LocalDate published,
                      String time, String event, List<String> parties, List<String> amounts, String text,
                      List<Span> marks, float score, JsonNode record) {

    public FactHit {
        parties = List.copyOf(parties);
        amounts = List.copyOf(amounts);
        marks = List.copyOf(marks);
    }

    /** The searchable text of a stored record: the claim's clause, or the article's title. */
    static String text(JsonNode record) {
        return record.has("claim") ? record.path("claim").path("text").asText("")
                : record.path("article").path("title").asText("");
    }

    /** Builds a hit from a stored record. */
    static FactHit of(JsonNode record, String text, List<Span> marks, float score) {
        JsonNode article = record.path("article");
        String date = article.path("date").asText(null);
        LocalDate published = date == null ? null : LocalDate.parse(date);
        List<String> parties = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        if (FactDocuments.TYPE_ARTICLE.equals(record.path("type").asText())) {
            record.path("parties").forEach(p -> parties.add(p.asText()));
            return new FactHit(FactDocuments.TYPE_ARTICLE, article.path("id").asText(), null,
                    article.path("title").asText(""), published, null, null, parties, amounts, text, marks, score,
                    record);
        }
        JsonNode claim = record.path("claim");
        claim.path("parties").forEach(p -> parties.add(
                p.path("name").asText() + " (" + p.path("role").asText().toLowerCase(Locale.ROOT) + ")"));
        record.path("amounts").forEach(a -> amounts.add(a.path("display").asText()));
        JsonNode time = claim.path("time");
        return new FactHit(FactDocuments.TYPE_CLAIM, article.path("id").asText(), claim.path("id").asText(),
                article.path("title").asText(""), published, time.isObject() ? time.path("value").asText() : null,
                claim.path("event").path("class").asText(), parties, amounts, text, marks, score, record);
    }
}
