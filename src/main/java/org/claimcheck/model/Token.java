package org.claimcheck.model;

/**
 * A token as the NLP pipeline saw it, converted from CoreNLP once (in {@code nlp}).
 *
 * @param index    0-based position in the article's token list
 * @param sentence index of the sentence
 * @param span     offsets into the original body (mapped back through text repair)
 * @param word     the token text the NLP saw (after repair; may differ from the body text)
 * @param ner      coarse NER tag (PERSON, ORGANIZATION, LOCATION, O, ...)
 */
public record Token(int index, int sentence, Span span, String word, String lemma, String pos, String ner) {
}
