package org.claimcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A place where an article contradicts itself.
 *
 * @param message one sentence quoting both sides
 * @param spans   every side of the conflict, in body order
 * @param claims  ids of the claims involved
 * @param rule    the name of the rule that raised it
 */
public record Finding(FindingType type, Severity severity, String message, List<Span> spans,
                      List<String> claims, String rule) {
    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        spans = spans.stream().sorted().distinct().toList();
        claims = List.copyOf(claims);
    }
}
