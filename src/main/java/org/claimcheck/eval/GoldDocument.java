package org.claimcheck.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimcheck.model.Article;
import org.claimcheck.model.Span;

/**
 * The gold answer for one article, whatever reader produced it (the project's gold JSON or MEANTIME).
 *
 * @param source where it was read from, for messages
 * @param scope  the part of the body that is fully annotated; predictions outside it are not scored
 * @param layers which kinds of annotation the document carries; the scorer scores only those
 */
public record GoldDocument(Article article, String source, Span scope, Set<Layer> layers, List<GoldMention> mentions,
                           List<GoldClaim> claims, List<GoldInconsistency> inconsistencies, List<GoldEvent> events) {

    public GoldDocument {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(scope, "scope");
        layers = Set.copyOf(layers);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        inconsistencies = List.copyOf(inconsistencies);
        events = List.copyOf(events);
    }

    public String id() {
        return article.id();
    }

    /** True when the span lies in the annotated part of the body. */
    public boolean inScope(Span s) {
        return scope.contains(s);
    }

    /** Kinds of annotation a gold document can carry. */
    public enum Layer {
        /** typed mentions with offsets (and values where the set gives them) */
        MENTIONS,
        /** claims with event class, parties, money, time, attribution and modality */
        CLAIMS,
        /** internal inconsistencies */
        INCONSISTENCIES,
        /** events with participants and time anchors (MEANTIME) */
        EVENTS
    }
}
