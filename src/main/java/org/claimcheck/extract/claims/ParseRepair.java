package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Token;

/**
 * Repairs parser errors that hang an argument on the wrong word.
 * <ul>
 * <li>A lower-case "in" before a month and a name ("..., in February OpenAI announced that ...") is read as
 * one phrase, "in [February OpenAI]", hung on the verb as an oblique, so the verb has no subject and the
 * month only modifies the name. When a verb has no subject, and an "in" oblique of it before it is a party
 * whose compound modifier before it is a date, the party becomes the verb's subject and the date its "in"
 * oblique, as the sentence means.</li>
 * <li>A preposition, an amount and a subordinate clause ("was valued at about $35 billion when the two
 * companies announced it") are read as the preposition governing the clause, "at [when ... announced]", with
 * the amount a loose dependent of the subordinate verb, so the amount is lost to the main verb. When a
 * verb that is an oblique of another word has a preposition before it, an amount between the two, and a
 * subordinator ("when", "after", ...) between the amount and the verb, the amount becomes the oblique
 * (taking the preposition) and the verb an adverbial clause of that word. The same misreading of a closing
 * attribution ("... values it at $183 billion including the new money, the company said on Tuesday")
 * hangs the speech verb inside the sentence it reports; the amount goes back, and the speech verb becomes the
 * root with the old root as its complement, so the reported event takes its attribution and date.</li>
 * <li>A name in apposition after a description that ends in another name ("The largest outside shareholder in
 * LedgerLeaf, Singapore-based Lotus Arc Ventures, owns ...") is hung on the nearer name, as if one company
 * were another's second name. When an appositive party follows, after a comma, a party that is a
 * prepositional modifier of a common noun, the appositive goes to that noun: the shareholder is Lotus Arc.</li>
 * <li>The first name of a list of subjects after a fronted phrase ("In January OpenAI, SoftBank, Oracle and MGX
 * announce ...") is hung on the verb as a loose dependent, and only the rest are its subjects. When a party
 * that is a "dep" of a verb comes before it, is followed by a comma, and a subject of the verb comes
 * between it and the verb, the party becomes a subject too, of every verb that subject is a subject of.</li>
 * <li>A second name after a relative clause ("named Clay Magouyrk, who ran the cloud unit, and Mike Sicilia, ...
 * as co-chief executives") is hung on the relative clause as a loose dependent of its "and"; it becomes a
 * conjunct of the first name, with the first name's relation to its head.</li>
 * <li>A wire dateline ("BENGALURU, Sept 16 (Reuters) - Aranya Semiconductor ... said on Tuesday ...") is read as
 * the subject, with the real subject a loose dependent of the city. When a verb's subject is a sentence's
 * first token, written in capitals and followed by a comma, and a party that is a loose dependent or an
 * appositive of it follows a dash, the party becomes the subject instead.</li>
 * <li>"is expected to close by March 31" read with "close by" as one preposition: "close" becomes the
 * controlled verb again, with the date its oblique.</li>
 * <li>"Ellison, who is the company's chairman, owns 41% of Oracle" read with the main verb as the name's
 * relative clause and the name its object: the name becomes the subject again.</li>
 * </ul>
 */
final class ParseRepair {

    private ParseRepair() {
    }

    /**
     * The edges with every such misreading repaired; the input list is not changed.
     *
     * @param isDate  whether a token lies in a DATE mention
     * @param isParty whether a token lies in a PARTY mention
     * @param isMoney whether a token lies in a MONEY mention
     */
    static List<Dependency> apply(List<Dependency> edges, List<Token> tokens, IntPredicate isDate, IntPredicate isParty,
                                  IntPredicate isMoney) {
        List<Dependency> out = monthAndName(edges, tokens, isDate, isParty);
        out = appositiveOfDescription(out, tokens, isParty);
        out = firstOfSubjectList(out, tokens, isParty);
        out = datelineSubject(out, tokens, isParty);
        out = conjunctAfterRelativeClause(out, tokens, isParty);
        out = closeByAsPreposition(out, tokens);
        out = subjectTakenForObject(out, tokens);
        return amountBeforeClause(out, tokens, isMoney);
    }

    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "which");
    private static final java.util.Set<String> BE = java.util.Set.of("is", "was", "are", "were", "has", "had");

    /**
     * "Ellison, who is the company's chairman, owns about 41% of Oracle": the parser makes the main verb a
     * relative clause of the name, with the name its object and the relative clause's predicate ("chairman")
     * its subject. When a word before a verb is both that verb's object and the head of its relative clause,
     * a comma, "who" or "which" and a form of "be" or "have" follow the word, and a comma stands right before
     * the verb, the word becomes the verb's subject, the subjects in between go, and the verb heads its
     * sentence.
     */
    private static List<Dependency> subjectTakenForObject(List<Dependency> edges, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency rel : edges) {
            int name = rel.governor();
            int verb = rel.dependent();
            if (!rel.relation().equals("acl:relcl") || name < 0 || verb <= name + 2 || verb >= tokens.size()
                    || !tokens.get(name + 1).word().equals(",")
                    || !RELATIVE_PRONOUNS.contains(tokens.get(name + 2).word().toLowerCase(Locale.ROOT))
                    || !BE.contains(tokens.get(name + 3).word().toLowerCase(Locale.ROOT))
                    || !tokens.get(verb - 1).word().equals(",")
                    || !out.contains(new Dependency(verb, name, "obj"))) {
                // only "X, who is the company's chairman, owns ...": a copular relative clause closed by a comma
                // right before the verb; "the Journal, which News Corp owns" is a true object
                continue;
            }
            out.remove(rel);
            out.remove(new Dependency(verb, name, "obj"));
            for (Dependency d : edges) {
                if (d.governor() == verb && d.relation().equals("nsubj") && d.dependent() > name && d.dependent() < verb) {
                    out.remove(d);
                }
            }
            out.add(new Dependency(verb, name, "nsubj"));
            int sentence = tokens.get(verb).sentence();
            boolean rooted = out.stream().anyMatch(d -> d.governor() < 0 && d.dependent() >= 0
                    && d.dependent() < tokens.size() && tokens.get(d.dependent()).sentence() == sentence);
            if (!rooted) {
                out.add(new Dependency(-1, verb, "root"));
            }
        }
        return out;
    }

    /**
     * "The deal ... is expected to close by March 31, 2026": the parser reads "close by" as one preposition
     * ("near"), hangs the date on "expected" through it and loses the verb. When a "close" that a "to" right
     * before it marks is the case of a word with "by", "in", "on" or "at" fixed to it, "close" becomes the verb
     * the governing word controls (its subject that word's subject) and the date its oblique with that
     * preposition.
     */
    private static List<Dependency> closeByAsPreposition(List<Dependency> edges, List<Token> tokens) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency cs : edges) {
            int close = cs.dependent();
            int object = cs.governor();
            if (!cs.relation().equals("case") || close < 1 || object < 0
                    || !tokens.get(close).word().equalsIgnoreCase("close")
                    || !tokens.get(close - 1).word().equalsIgnoreCase("to")) {
                continue;
            }
            Dependency fixed = child(out, close, "fixed", d -> d == close + 1);
            Dependency mark = child(out, object, "mark", d -> d == close - 1);
            Dependency obl = null;
            for (Dependency d : out) {
                if (d.dependent() == object && d.relation().startsWith("obl:close_") && d.governor() >= 0) {
                    obl = d;
                }
            }
            if (fixed == null || mark == null || obl == null) {
                continue;
            }
            String prep = tokens.get(fixed.dependent()).word().toLowerCase(Locale.ROOT);
            if (!java.util.Set.of("by", "in", "on", "at").contains(prep)) {
                continue;
            }
            int governor = obl.governor();
            out.removeAll(List.of(cs, fixed, mark, obl));
            out.add(new Dependency(governor, close, "xcomp"));
            out.add(new Dependency(close, close - 1, "mark"));
            out.add(new Dependency(object, fixed.dependent(), "case"));
            out.add(new Dependency(close, object, "obl:" + prep));
            for (Dependency d : edges) {
                if (d.governor() == governor && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))) {
                    out.add(new Dependency(close, d.dependent(), "nsubj:xsubj"));
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "\u2013", "\u2014");

    private static List<Dependency> datelineSubject(List<Dependency> edges, List<Token> tokens, IntPredicate isParty) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency subj : edges) {
            int city = subj.dependent();
            if (!subj.relation().equals("nsubj") || city < 0 || city + 1 >= tokens.size() || isParty.test(city)
                    || !firstWords(tokens, city) || !tokens.get(city + 1).word().equals(",")
                    || !capitals(tokens.get(city).word())) {
                continue;
            }
            int sentence = tokens.get(city).sentence();
            int dash = city + 1;
            while (dash < tokens.size() && tokens.get(dash).sentence() == sentence && !DASHES.contains(tokens.get(dash).word())) {
                dash++;
            }
            if (dash >= tokens.size() || tokens.get(dash).sentence() != sentence) {
                continue; // no dash: no dateline
            }
            final int after = dash;
            Dependency party = child(out, city, "dep", d -> d > after && isParty.test(d));
            if (party == null) {
                party = child(out, city, "appos", d -> d > after && isParty.test(d));
            }
            if (party == null) {
                continue;
            }
            out.remove(party);
            for (Dependency d : edges) {
                if (d.dependent() == city && d.relation().equals("nsubj") && out.remove(d)) {
                    out.add(new Dependency(d.governor(), party.dependent(), "nsubj"));
                }
            }
        }
        return out;
    }

    /**
     * "Oracle named Clay Magouyrk, who ran the cloud unit, and Mike Sicilia, head of its applications
     * business, as co-chief executives": the second name is hung, through its "and", on the relative clause of
     * the first as loose dependents, so it fills no role of the verb. When a party's relative clause has a
     * loose "and" (or "or") after it whose loose dependent is a party, that party becomes a conjunct of the
     * first, and takes the relation by which the first hangs on its own head.
     */
    private static List<Dependency> conjunctAfterRelativeClause(List<Dependency> edges, List<Token> tokens,
                                                                IntPredicate isParty) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency rel : edges) {
            int first = rel.governor();
            int clause = rel.dependent();
            if (!rel.relation().equals("acl:relcl") || first < 0 || !isParty.test(first)) {
                continue;
            }
            Dependency and = child(out, clause, "dep", d -> d > clause && d < tokens.size()
                    && (tokens.get(d).word().equals("and") || tokens.get(d).word().equals("or")));
            if (and == null) {
                continue;
            }
            int cc = and.dependent();
            Dependency second = child(out, cc, "dep", d -> d > cc && isParty.test(d));
            if (second == null) {
                continue;
            }
            int name = second.dependent();
            out.remove(and);
            out.remove(second);
            out.add(new Dependency(name, cc, "cc"));
            out.add(new Dependency(first, name, "conj:" + tokens.get(cc).word()));
            for (Dependency d : edges) {
                if (d.dependent() == first && d.governor() >= 0 && d.governor() != clause
                        && !d.relation().startsWith("conj") && !d.relation().equals("ref")) {
                    out.add(new Dependency(d.governor(), name, d.relation()));
                }
            }
        }
        return out;
    }

    /** Whether token {@code t} opens its sentence, after at most two other words in capitals ("HONG KONG"). */
    private static boolean firstWords(List<Token> tokens, int t) {
        int first = t;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(t).sentence()) {
            first--;
        }
        if (t - first > 2) {
            return false;
        }
        for (int k = first; k < t; k++) {
            if (!capitals(tokens.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /** A word written in capitals, as datelines give their city ("BENGALURU", "NEW YORK" in part). */
    private static boolean capitals(String word) {
        return word.length() >= 3 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '.');
    }

    private static List<Dependency> firstOfSubjectList(List<Dependency> edges, List<Token> tokens, IntPredicate isParty) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency dep : edges) {
            int verb = dep.governor();
            int name = dep.dependent();
            if (!dep.relation().equals("dep") || verb < 0 || verb >= tokens.size() || name < 0 || name >= verb
                    || !tokens.get(verb).pos().startsWith("VB") || !isParty.test(name)) {
                continue;
            }
            int after = name + 1;
            while (after < verb && isParty.test(after)) {
                after++;
            }
            if (after >= verb || !tokens.get(after).word().equals(",")) {
                continue;
            }
            Dependency next = child(out, verb, "nsubj", d -> d > name && d < verb);
            if (next == null) {
                continue;
            }
            out.remove(dep);
            for (Dependency d : edges) {
                if (d.dependent() == next.dependent() && d.relation().equals("nsubj")) {
                    out.add(new Dependency(d.governor(), name, "nsubj"));
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> SUBORDINATORS =
            java.util.Set.of("when", "after", "before", "as", "since", "while", "until", "once", "because");

    private static List<Dependency> amountBeforeClause(List<Dependency> edges, List<Token> tokens, IntPredicate isMoney) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency obl : edges) {
            int head = obl.governor();
            int verb = obl.dependent();
            if (head < 0 || verb < 0 || verb >= tokens.size() || !obl.relation().startsWith("obl")
                    || !tokens.get(verb).pos().startsWith("VB")) {
                continue;
            }
            Dependency prep = child(out, verb, "case", d -> d < verb);
            if (prep == null) {
                continue;
            }
            int p = prep.dependent();
            Dependency amount = null;
            for (Dependency d : out) {
                if (d.governor() == verb && d.dependent() > p && d.dependent() < verb && isMoney.test(d.dependent())
                        && !d.relation().startsWith("nsubj")) {
                    amount = d;
                    break;
                }
            }
            if (amount == null) {
                continue;
            }
            int m = amount.dependent();
            Dependency sub = child(out, verb, null, d -> d > m && d < verb
                    && SUBORDINATORS.contains(tokens.get(d).word().toLowerCase(Locale.ROOT)));
            Dependency speaker = child(out, verb, "nsubj", d -> d > m && d < verb);
            boolean speech = sub == null && speaker != null && Cues.SPEECH.contains(tokens.get(verb).lemma())
                    && tokens.subList(m, speaker.dependent()).stream().anyMatch(t -> t.word().equals(","));
            if (sub == null && !speech) {
                continue;
            }
            out.remove(obl);
            out.remove(prep);
            out.remove(amount);
            out.add(new Dependency(head, m, obl.relation()));
            out.add(new Dependency(m, p, "case"));
            if (speech) {
                // "..., the company said on Tuesday": the speech verb governs the sentence it closes
                Dependency root = rootAbove(out, head);
                if (root == null) {
                    out.add(new Dependency(head, verb, "parataxis"));
                } else {
                    out.remove(root);
                    out.add(new Dependency(-1, verb, "root"));
                    out.add(new Dependency(verb, root.dependent(), "ccomp"));
                }
            } else {
                out.add(new Dependency(head, verb, "advcl"));
            }
        }
        return out;
    }

    /** The root edge of the tree {@code t} hangs in, or null when none is found. */
    private static Dependency rootAbove(List<Dependency> edges, int t) {
        int node = t;
        for (int step = 0; step < 50; step++) {
            Dependency up = null;
            for (Dependency d : edges) {
                if (d.dependent() == node) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                return null;
            }
            if (up.governor() < 0) {
                return up;
            }
            node = up.governor();
        }
        return null;
    }

    private static List<Dependency> monthAndName(List<Dependency> edges, List<Token> tokens, IntPredicate isDate,
                                                 IntPredicate isParty) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency obl : edges) {
            int verb = obl.governor();
            int name = obl.dependent();
            if (verb < 0 || verb >= tokens.size() || name < 0 || name >= verb || !obl.relation().equals("obl:in")
                    || hasSubject(out, verb) || !tokens.get(verb).pos().startsWith("VB") || !isParty.test(name)) {
                continue;
            }
            Dependency date = child(out, name, "compound", d -> d < name && isDate.test(d));
            Dependency in = child(out, name, "case", d -> tokens.get(d).word().toLowerCase(Locale.ROOT).equals("in"));
            if (date == null || in == null) {
                continue;
            }
            out.remove(obl);
            out.remove(date);
            out.remove(in);
            out.add(new Dependency(verb, name, "nsubj"));
            // "In November OpenAI and Amazon sign": the conjuncts the parser also hung on the verb are subjects too
            for (Dependency conj : List.copyOf(out)) {
                if (conj.governor() == name && conj.relation().startsWith("conj")) {
                    Dependency shared = new Dependency(verb, conj.dependent(), "obl:in");
                    if (out.remove(shared)) {
                        out.add(new Dependency(verb, conj.dependent(), "nsubj"));
                    }
                }
            }
            out.add(new Dependency(verb, date.dependent(), "obl:in"));
            out.add(new Dependency(date.dependent(), in.dependent(), "case"));
        }
        return out;
    }

    private static List<Dependency> appositiveOfDescription(List<Dependency> edges, List<Token> tokens,
                                                           IntPredicate isParty) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency appos : edges) {
            int name = appos.governor();
            int other = appos.dependent();
            if (!appos.relation().equals("appos") || name < 0 || other <= name || other >= tokens.size()
                    || !isParty.test(name) || !isParty.test(other)
                    || tokens.subList(name, other).stream().noneMatch(t -> t.word().equals(","))) {
                continue;
            }
            Dependency up = null;
            for (Dependency d : out) {
                if (d.dependent() == name && d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss")) {
                    up = d;
                    break;
                }
            }
            if (up == null || up.governor() < 0 || up.governor() > name
                    || !tokens.get(up.governor()).pos().startsWith("NN") || tokens.get(up.governor()).pos().startsWith("NNP")) {
                continue;
            }
            out.remove(appos);
            out.add(new Dependency(up.governor(), other, "appos"));
        }
        return out;
    }

    private static boolean hasSubject(List<Dependency> edges, int verb) {
        return edges.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
    }

    /** The first child of {@code head} by {@code relation} (any relation when null) that passes {@code test}. */
    private static Dependency child(List<Dependency> edges, int head, String relation, IntPredicate test) {
        for (Dependency d : edges) {
            if (d.governor() == head && (relation == null || d.relation().equals(relation)) && d.dependent() >= 0
                    && test.test(d.dependent())) {
                return d;
            }
        }
        return null;
    }
}
