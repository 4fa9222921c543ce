package org.claimcheck.extract.claims;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Token;

/**
 * Read-only view of an annotation's dependency edges by token: children and parents of each token.
 * Edges with out-of-range indices are ignored, so odd input never breaks a lookup.
 */
final class DependencyGraph {

    private final List<Token> tokens;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    DependencyGraph(List<Token> tokens, List<Dependency> dependencies) {
        this.tokens = tokens;
        int n = tokens.size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
        for (Dependency d : dependencies) {
            if (d.dependent() < 0 || d.dependent() >= n || d.governor() >= n || d.relation() == null) {
                continue;
            }
            in.get(d.dependent()).add(d);
            if (d.governor() >= 0) {
                out.get(d.governor()).add(d);
            }
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        Token t = tokens.get(i);
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        String p = tokens.get(i).pos();
        return p == null ? "" : p;
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    List<Dependency> children(int i) {
        return out.get(i);
    }

    List<Dependency> parents(int i) {
        return in.get(i);
    }

    /** Children whose relation equals {@code relation} or starts with {@code relation + ":"}. */
    List<Integer> children(int i, String relation) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (base(d.relation()).equals(relation) || d.relation().equals(relation)) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    boolean hasChildLemma(int i, String relation, java.util.Set<String> lemmas) {
        for (int c : children(i, relation)) {
            if (lemmas.contains(lemma(c)) || lemmas.contains(word(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The edge that attaches {@code i} to its governor: the first incoming edge other than the enhanced
     * additions {@code ref} and {@code nsubj:xsubj}; null for the root.
     */
    Dependency head(int i) {
        for (Dependency d : in.get(i)) {
            String r = d.relation();
            if (d.governor() >= 0 && !r.equals("ref") && !r.endsWith(":xsubj")) {
                return d;
            }
        }
        return null;
    }

    /** Tokens reachable from {@code root} over edges that {@code follow} accepts, within the root's sentence. */
    BitSet subtree(int root, Predicate<Dependency> follow) {
        BitSet seen = new BitSet(tokens.size());
        int sentence = tokens.get(root).sentence();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(root);
        seen.set(root);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            for (Dependency d : out.get(t)) {
                int c = d.dependent();
                if (!seen.get(c) && tokens.get(c).sentence() == sentence && !d.relation().equals("ref")
                        && follow.test(d)) {
                    seen.set(c);
                    todo.push(c);
                }
            }
        }
        return seen;
    }

    /** The part of a relation before the colon: {@code obl} for {@code obl:in}. */
    static String base(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The preposition or subtype after the colon, lower case: {@code in} for {@code obl:in}, else "". */
    static String subtype(String relation) {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1).toLowerCase(Locale.ROOT);
    }
}
