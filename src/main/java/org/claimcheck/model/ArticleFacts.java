package org.claimcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything claimcheck derives from one article: the record each stage adds to and the unit of output.
 *
 * @param warnings counted, non-fatal problems (e.g. a sentence too long to parse)
 */
public record ArticleFacts(Article article, List<Sentence> sentences, List<Mention> mentions,
                           List<Claim> claims, List<Finding> findings, List<String> warnings) {

    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).index() != i) {
                throw new IllegalArgumentException("mention " + i + " carries index " + mentions.get(i).index());
            }
        }
    }

    public ArticleFacts withClaims(List<Claim> c) {
        return new ArticleFacts(article, sentences, mentions, c, findings, warnings);
    }

    public ArticleFacts withFindings(List<Finding> f) {
        return new ArticleFacts(article, sentences, mentions, claims, f, warnings);
    }

    public Mention mention(int i) {
        return mentions.get(i);
    }

    public String text(Span s) {
        return s.of(article.body());
    }
}
