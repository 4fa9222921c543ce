package org.claimcheck.model;

import java.util.List;

/**
 * What the NLP stage hands to extraction: sentences, tokens, and dependency edges for the sentences
 * that were parsed ({@code parsed.get(s)} true). Edges use article-wide token indices.
 */
public record Annotation(Article article, List<Sentence> sentences, List<Token> tokens,
                         List<Dependency> dependencies, List<Boolean> parsed) {
    public Annotation {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        parsed = List.copyOf(parsed);
    }

    /** The tokens of sentence {@code s}. */
    public List<Token> tokensOf(int s) {
        return tokens.stream().filter(t -> t.sentence() == s).toList();
    }
}
