package org.claimcheck.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Token;

/**
 * Repairs one parser error that costs a clause its subject and its date: a lower-case "in" before a month
 * and a name ("..., in February OpenAI announced that ...") is read as one phrase, "in [February OpenAI]",
 * hung on the verb as an oblique, so the verb has no subject and the month only modifies the name. When a
 * verb has no subject, and an "in" oblique of it before it is a party whose compound modifier before it is
 * a date, the party becomes the verb's subject and the date its "in" oblique, as the sentence means.
 */
final class ParseRepair {

    private ParseRepair() {
    }

    /**
     * The edges with every such misreading repaired; the input list is not changed.
     *
     * @param isDate  whether a token lies in a DATE mention
     * @param isParty whether a token lies in a PARTY mention
     */
    static List<Dependency> apply(List<Dependency> edges, List<Token> tokens, IntPredicate isDate, IntPredicate isParty) {
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
            out.add(new Dependency(verb, date.dependent(), "obl:in"));
            out.add(new Dependency(date.dependent(), in.dependent(), "case"));
        }
        return out;
    }

    private static boolean hasSubject(List<Dependency> edges, int verb) {
        return edges.stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("nsubj"));
    }

    private static Dependency child(List<Dependency> edges, int head, String relation, IntPredicate test) {
        for (Dependency d : edges) {
            if (d.governor() == head && d.relation().equals(relation) && d.dependent() >= 0 && test.test(d.dependent())) {
                return d;
            }
        }
        return null;
    }
}
