package org.claimcheck.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.io.FactsJson;
import org.claimcheck.model.Span;

/**
 * The answer to a search.
 *
 * @param total  number of matching documents; a lower bound when {@code exact} is false
 * @param hits   the best hits, by score, then newest article, then id
 * @param facets per dimension ({@code party}, {@code event}, {@code year}) the most frequent values among
 *               all matches, by count then label; empty when facets were not asked for
 */
public record SearchResult(String query, long total, boolean exact, List<FactHit> hits,
                           Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    /** The result as one JSON object: query, total, hits (each with its stored record), facets. */
    public ObjectNode toJson() {
        ObjectNode o = FactsJson.MAPPER.createObjectNode();
        o.put("query", query);
        o.put("total", total);
        o.put("exact", exact);
        ArrayNode hs = o.putArray("hits");
        for (FactHit h : hits) {
            ObjectNode ho = hs.addObject();
            ho.put("score", h.score());
            ho.put("type", h.type());
            ho.set("article", h.record().path("article"));
            if (h.record().has("claim")) {
                ho.set("claim", h.record().get("claim"));
                ho.set("amounts", h.record().get("amounts"));
                ho.set("percents", h.record().get("percents"));
            } else {
                ho.set("claims", h.record().get("claims"));
                ho.set("findings", h.record().get("findings"));
                ho.set("parties", h.record().get("parties"));
            }
            ho.put("text", h.text());
            ArrayNode marks = ho.putArray("highlights");
            for (Span s : h.marks()) {
                marks.addObject().put("start", s.start()).put("end", s.end());
            }
        }
        if (!facets.isEmpty()) {
            ObjectNode fo = o.putObject("facets");
            facets.forEach((dim, counts) -> {
                ArrayNode arr = fo.putArray(dim);
                counts.forEach(c -> arr.addObject().put("label", c.label()).put("count", c.count()));
            });
        }
        return o;
    }
}
