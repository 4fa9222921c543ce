package org.claimcheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.claimcheck.model.Dependency;
import org.claimcheck.model.Span;
import org.claimcheck.model.Token;
import org.junit.jupiter.api.Test;

class ParseRepairTest {

    private static List<Token> tokens(String words, String tags) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            out.add(new Token(i, 0, new Span(at, at + w[i].length()), w[i], w[i].toLowerCase(java.util.Locale.ROOT), t[i], "O"));
            at += w[i].length() + 1;
        }
        return out;
    }

    @Test
    void aMonthAndANameReadAsOnePhraseBecomeDateAndSubject() {
        // in February OpenAI announced it
        List<Token> toks = tokens("in February OpenAI announced it", "IN NNP NN VBD PRP");
        List<Dependency> parsed = List.of(new Dependency(2, 0, "case"), new Dependency(2, 1, "compound"),
                new Dependency(3, 2, "obl:in"), new Dependency(-1, 3, "root"), new Dependency(3, 4, "obj"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> t == 1, t -> t == 2, t -> false);
        assertTrue(fixed.contains(new Dependency(3, 2, "nsubj")));
        assertTrue(fixed.contains(new Dependency(3, 1, "obl:in")));
        assertTrue(fixed.contains(new Dependency(1, 0, "case")));
        assertEquals(5, fixed.size());
    }

    @Test
    void aVerbWithASubjectOrANameWithoutADateIsLeftAlone() {
        List<Token> toks = tokens("in February OpenAI Microsoft announced", "IN NNP NN NNP VBD");
        List<Dependency> withSubject = List.of(new Dependency(2, 0, "case"), new Dependency(2, 1, "compound"),
                new Dependency(4, 2, "obl:in"), new Dependency(4, 3, "nsubj"), new Dependency(-1, 4, "root"));
        assertEquals(withSubject, ParseRepair.apply(withSubject, toks, t -> t == 1, t -> t >= 2, t -> false));
        List<Dependency> noDate = List.of(new Dependency(2, 0, "case"), new Dependency(2, 1, "compound"),
                new Dependency(4, 2, "obl:in"), new Dependency(-1, 4, "root"));
        assertEquals(noDate, ParseRepair.apply(noDate, toks, t -> false, t -> t >= 2, t -> false));
    }

    @Test
    void anAmountHungOnASubordinateVerbReturnsToTheMainVerb() {
        // it was valued at about $35 billion when they announced it
        List<Token> toks = tokens("it was valued at about $ 35 billion when they announced it",
                "PRP VBD VBN IN RB $ CD CD WRB PRP VBD PRP");
        List<Dependency> parsed = List.of(new Dependency(2, 0, "nsubj:pass"), new Dependency(2, 1, "aux:pass"),
                new Dependency(-1, 2, "root"), new Dependency(10, 3, "case"), new Dependency(5, 4, "advmod"),
                new Dependency(10, 5, "dep"), new Dependency(7, 6, "compound"), new Dependency(5, 7, "nummod"),
                new Dependency(10, 8, "advmod"), new Dependency(10, 9, "nsubj"), new Dependency(2, 10, "obl:at"),
                new Dependency(10, 11, "obj"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> false, t -> false, t -> t >= 5 && t <= 7);
        assertTrue(fixed.contains(new Dependency(2, 5, "obl:at")));
        assertTrue(fixed.contains(new Dependency(5, 3, "case")));
        assertTrue(fixed.contains(new Dependency(2, 10, "advcl")));
        assertTrue(fixed.contains(new Dependency(10, 8, "advmod")));
        assertEquals(parsed.size(), fixed.size());
    }

    @Test
    void aGerundAfterAPrepositionIsLeftAlone() {
        // it grew by selling $ 5 billion of chips : no subordinator between the amount and the verb
        List<Token> toks = tokens("it grew by selling $ 5 billion", "PRP VBD IN VBG $ CD CD");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(3, 2, "case"), new Dependency(1, 3, "obl:by"), new Dependency(3, 4, "obj"),
                new Dependency(6, 5, "compound"), new Dependency(4, 6, "nummod"));
        assertEquals(parsed, ParseRepair.apply(parsed, toks, t -> false, t -> false, t -> t >= 4));
    }

    @Test
    void aClosingAttributionHungOnAPrepositionGovernsTheSentence() {
        // it raised money that values it at $ 5 billion , the company said
        List<Token> toks = tokens("it raised money that values it at $ 5 billion , the company said",
                "PRP VBD NN WDT VBZ PRP IN $ CD CD , DT NN VBD");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(4, 3, "nsubj"), new Dependency(2, 4, "acl:relcl"),
                new Dependency(4, 5, "obj"), new Dependency(13, 6, "case"), new Dependency(13, 7, "dep"),
                new Dependency(9, 8, "compound"), new Dependency(7, 9, "nummod"), new Dependency(13, 10, "punct"),
                new Dependency(12, 11, "det"), new Dependency(13, 12, "nsubj"), new Dependency(4, 13, "obl:at"));
        List<Token> lemmas = new ArrayList<>(toks);
        lemmas.set(13, new Token(13, 0, toks.get(13).span(), "said", "say", "VBD", "O"));
        List<Dependency> fixed = ParseRepair.apply(parsed, lemmas, t -> false, t -> false, t -> t >= 7 && t <= 9);
        assertTrue(fixed.contains(new Dependency(4, 7, "obl:at")));
        assertTrue(fixed.contains(new Dependency(7, 6, "case")));
        assertTrue(fixed.contains(new Dependency(-1, 13, "root")));
        assertTrue(fixed.contains(new Dependency(13, 1, "ccomp")));
        assertEquals(parsed.size(), fixed.size());
    }

    @Test
    void theConjunctsOfTheMisreadNameBecomeSubjectsToo() {
        // In November OpenAI and Amazon sign
        List<Token> toks = tokens("In November OpenAI and Amazon sign", "IN NNP NNP CC NNP VBP");
        List<Dependency> parsed = List.of(new Dependency(2, 0, "case"), new Dependency(2, 1, "compound"),
                new Dependency(5, 2, "obl:in"), new Dependency(4, 3, "cc"), new Dependency(2, 4, "conj:and"),
                new Dependency(5, 4, "obl:in"), new Dependency(-1, 5, "root"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> t == 1, t -> t == 2 || t == 4, t -> false);
        assertTrue(fixed.contains(new Dependency(5, 2, "nsubj")));
        assertTrue(fixed.contains(new Dependency(5, 4, "nsubj")));
        assertTrue(fixed.contains(new Dependency(5, 1, "obl:in")));
        assertEquals(parsed.size(), fixed.size());
    }

    @Test
    void aNameInAppositionAfterADescriptionEndingInAnotherNameGoesToTheDescription() {
        // The largest shareholder in LedgerLeaf , Lotus , owns it
        List<Token> toks = tokens("The largest shareholder in LedgerLeaf , Lotus , owns it",
                "DT JJS NN IN NNP , NNP , VBZ PRP");
        List<Dependency> parsed = List.of(new Dependency(2, 0, "det"), new Dependency(2, 1, "amod"),
                new Dependency(8, 2, "nsubj"), new Dependency(4, 3, "case"), new Dependency(2, 4, "nmod:in"),
                new Dependency(4, 6, "appos"), new Dependency(-1, 8, "root"), new Dependency(8, 9, "obj"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> false, t -> t == 4 || t == 6, t -> false);
        assertTrue(fixed.contains(new Dependency(2, 6, "appos")), fixed::toString);
        assertTrue(!fixed.contains(new Dependency(4, 6, "appos")), fixed::toString);
        assertEquals(parsed.size(), fixed.size());
    }

    @Test
    void anAppositionOfANameThatModifiesNoDescriptionIsLeftAlone() {
        // "LedgerLeaf , Lotus , owns it": the first name is the subject itself, not inside a description
        List<Token> toks = tokens("LedgerLeaf , Lotus , owns it", "NNP , NNP , VBZ PRP");
        List<Dependency> parsed = List.of(new Dependency(4, 0, "nsubj"), new Dependency(0, 2, "appos"),
                new Dependency(-1, 4, "root"), new Dependency(4, 5, "obj"));
        assertEquals(parsed, ParseRepair.apply(parsed, toks, t -> false, t -> t == 0 || t == 2, t -> false));
        // "the shareholder in LedgerLeaf , its largest business ,": the appositive is no name
        List<Token> toks2 = tokens("the shareholder in LedgerLeaf , its largest business , owns it",
                "DT NN IN NNP , PRP$ JJS NN , VBZ PRP");
        List<Dependency> parsed2 = List.of(new Dependency(1, 0, "det"), new Dependency(9, 1, "nsubj"),
                new Dependency(3, 2, "case"), new Dependency(1, 3, "nmod:in"), new Dependency(3, 7, "appos"),
                new Dependency(-1, 9, "root"), new Dependency(9, 10, "obj"));
        assertEquals(parsed2, ParseRepair.apply(parsed2, toks2, t -> false, t -> t == 3, t -> false));
    }

    @Test
    void theFirstNameOfASubjectListHungLooseBecomesASubject() {
        // In January OpenAI , SoftBank and Oracle announce it and pledge money
        List<Token> toks = tokens("In January OpenAI , SoftBank and Oracle announce it and pledge money",
                "IN NNP NNP , NNP CC NNP VBP PRP CC VBP NN");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "case"), new Dependency(7, 1, "obl:in"),
                new Dependency(7, 2, "dep"), new Dependency(7, 3, "punct"), new Dependency(7, 4, "nsubj"),
                new Dependency(10, 4, "nsubj"), new Dependency(6, 5, "cc"), new Dependency(4, 6, "conj:and"),
                new Dependency(7, 6, "nsubj"), new Dependency(-1, 7, "root"), new Dependency(7, 8, "obj"),
                new Dependency(10, 9, "cc"), new Dependency(7, 10, "conj:and"), new Dependency(10, 11, "obj"));
        IntPredicate party = t -> t == 2 || t == 4 || t == 6;
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> t == 1, party, t -> false);
        assertTrue(fixed.contains(new Dependency(7, 2, "nsubj")), "OpenAI announces");
        assertTrue(fixed.contains(new Dependency(10, 2, "nsubj")), "and pledges, as SoftBank does");
        assertTrue(!fixed.contains(new Dependency(7, 2, "dep")));
        List<Dependency> noComma = List.of(new Dependency(2, 0, "dep"), new Dependency(2, 1, "nsubj"),
                new Dependency(-1, 2, "root"));
        List<Token> plain = tokens("OpenAI SoftBank announce", "NNP NNP VBP");
        assertEquals(noComma, ParseRepair.apply(noComma, plain, t -> false, t -> t < 2, t -> false),
                "no comma after the loose name: left alone");
    }

    @Test
    void aDatelineCityIsNoSubject() {
        // LONDON , May 21 - Brightwater said it
        List<Token> toks = tokens("LONDON , May 21 - Brightwater said it", "NNP , NNP CD : NNP VBD PRP");
        List<Dependency> parsed = List.of(new Dependency(6, 0, "nsubj"), new Dependency(0, 1, "punct"),
                new Dependency(0, 2, "dep"), new Dependency(2, 3, "nummod"), new Dependency(0, 4, "punct"),
                new Dependency(0, 5, "dep"), new Dependency(-1, 6, "root"), new Dependency(6, 7, "obj"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> t == 2 || t == 3, t -> t == 5, t -> false);
        assertTrue(fixed.contains(new Dependency(6, 5, "nsubj")), "Brightwater said");
        assertTrue(!fixed.contains(new Dependency(6, 0, "nsubj")));
        List<Dependency> appos = new ArrayList<>(parsed);
        appos.set(5, new Dependency(0, 5, "appos"));
        assertTrue(ParseRepair.apply(appos, toks, t -> t == 2 || t == 3, t -> t == 5, t -> false)
                .contains(new Dependency(6, 5, "nsubj")), "the party read as the city's appositive");
        List<Token> plain = tokens("NASA , the agency , said it", "NNP , DT NN , VBD PRP");
        List<Dependency> noDash = List.of(new Dependency(5, 0, "nsubj"), new Dependency(0, 1, "punct"),
                new Dependency(3, 2, "det"), new Dependency(0, 3, "appos"), new Dependency(0, 4, "punct"),
                new Dependency(-1, 5, "root"), new Dependency(5, 6, "obj"));
        assertEquals(noDash, ParseRepair.apply(noDash, plain, t -> false, t -> false, t -> false),
                "a capitalised subject with no party after a dash stays");
    }

    @Test
    void aDatelineCityOfTwoWordsIsNoSubject() {
        // HONG KONG , May 21 - Harbourline said it
        List<Token> toks = tokens("HONG KONG , May 21 - Harbourline said it", "NNP NNP , NNP CD : NNP VBD PRP");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "compound"), new Dependency(7, 1, "nsubj"),
                new Dependency(1, 2, "punct"), new Dependency(1, 3, "dep"), new Dependency(3, 4, "nummod"),
                new Dependency(1, 5, "punct"), new Dependency(1, 6, "dep"), new Dependency(-1, 7, "root"),
                new Dependency(7, 8, "obj"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> t == 3 || t == 4, t -> t == 6, t -> false);
        assertTrue(fixed.contains(new Dependency(7, 6, "nsubj")), "Harbourline said");
        assertTrue(!fixed.contains(new Dependency(7, 1, "nsubj")));
    }

    @Test
    void aSecondNameHungOnTheFirstOnesRelativeClauseBecomesItsConjunct() {
        // Oracle named Magouyrk , who ran it , and Sicilia , as chiefs
        List<Token> toks = tokens("Oracle named Magouyrk , who ran it , and Sicilia , as chiefs",
                "NNP VBD NNP , WP VBD PRP , CC NNP , IN NNS");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(5, 2, "nsubj"), new Dependency(2, 4, "ref"),
                new Dependency(2, 5, "acl:relcl"), new Dependency(5, 6, "obj"), new Dependency(5, 8, "dep"),
                new Dependency(8, 9, "dep"), new Dependency(9, 12, "nmod:as"));
        IntPredicate party = t -> t == 0 || t == 2 || t == 9;
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> false, party, t -> false);
        assertTrue(fixed.contains(new Dependency(2, 9, "conj:and")), fixed.toString());
        assertTrue(fixed.contains(new Dependency(1, 9, "obj")), "the second name is named too");
        assertTrue(fixed.contains(new Dependency(9, 8, "cc")));
        assertTrue(!fixed.contains(new Dependency(5, 9, "nsubj")), "not the subject of the relative clause");
        assertTrue(!fixed.contains(new Dependency(8, 9, "dep")));
    }

    @Test
    void aRelativeClauseWithoutALooseNameAfterItIsLeftAlone() {
        List<Token> toks = tokens("Oracle named Magouyrk , who ran it and grew it", "NNP VBD NNP , WP VBD PRP CC VBD PRP");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"),
                new Dependency(1, 2, "obj"), new Dependency(2, 5, "acl:relcl"), new Dependency(5, 6, "obj"),
                new Dependency(5, 7, "dep"), new Dependency(7, 8, "dep"));
        assertEquals(parsed, ParseRepair.apply(parsed, toks, t -> false, t -> t == 0 || t == 2, t -> false));
    }

    @Test
    void closeByReadAsOnePrepositionBecomesTheControlledVerb() {
        // the deal is expected to close by March
        List<Token> toks = tokens("the deal is expected to close by March", "DT NN VBZ VBN TO VB IN NNP");
        List<Dependency> parsed = List.of(new Dependency(1, 0, "det"), new Dependency(3, 1, "nsubj:pass"),
                new Dependency(3, 2, "aux:pass"), new Dependency(-1, 3, "root"), new Dependency(7, 4, "mark"),
                new Dependency(7, 5, "case"), new Dependency(5, 6, "fixed"), new Dependency(3, 7, "obl:close_by"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> t == 7, t -> false, t -> false);
        assertTrue(fixed.contains(new Dependency(3, 5, "xcomp")), fixed::toString);
        assertTrue(fixed.contains(new Dependency(5, 4, "mark")));
        assertTrue(fixed.contains(new Dependency(5, 7, "obl:by")));
        assertTrue(fixed.contains(new Dependency(7, 6, "case")));
        assertTrue(fixed.contains(new Dependency(5, 1, "nsubj:xsubj")));
        assertEquals(9, fixed.size(), "four edges replaced by four, plus the controlled subject");
        List<Dependency> near = List.of(new Dependency(-1, 0, "root"), new Dependency(2, 1, "case"),
                new Dependency(1, 3, "fixed"), new Dependency(0, 2, "obl:close_to"));
        List<Token> nearToks = tokens("lives close to town", "VBZ RB IN NN");
        assertEquals(near, ParseRepair.apply(near, nearToks, t -> false, t -> false, t -> false),
                "'close to' as a preposition is left alone");
    }

    @Test
    void aNameTakenForTheObjectOfItsOwnVerbBecomesItsSubject() {
        // Ellison , who is chairman , owns 41 % of Oracle
        List<Token> toks = tokens("Ellison , who is chairman , owns 41 % of Oracle", "NNP , WP VBZ NN , VBZ CD NN IN NNP");
        List<Dependency> parsed = List.of(new Dependency(6, 0, "obj"), new Dependency(0, 2, "ref"),
                new Dependency(2, 3, "cop"), new Dependency(6, 4, "nsubj"), new Dependency(0, 6, "acl:relcl"),
                new Dependency(8, 7, "nummod"), new Dependency(6, 8, "obj"), new Dependency(10, 9, "case"),
                new Dependency(8, 10, "nmod:of"));
        List<Dependency> fixed = ParseRepair.apply(parsed, toks, t -> false, t -> t == 0 || t == 10, t -> false);
        assertTrue(fixed.contains(new Dependency(6, 0, "nsubj")), fixed::toString);
        assertTrue(fixed.contains(new Dependency(-1, 6, "root")));
        assertTrue(!fixed.contains(new Dependency(6, 0, "obj")) && !fixed.contains(new Dependency(6, 4, "nsubj")));

        // the Journal , which News Corp owns , ... : a true object relative is left alone
        List<Token> obj = tokens("Journal , which Corp owns , grew", "NNP , WDT NNP VBZ , VBD");
        List<Dependency> right = List.of(new Dependency(6, 0, "nsubj"), new Dependency(4, 0, "obj"),
                new Dependency(0, 2, "ref"), new Dependency(4, 3, "nsubj"), new Dependency(0, 4, "acl:relcl"),
                new Dependency(-1, 6, "root"));
        assertEquals(right, ParseRepair.apply(right, obj, t -> false, t -> t == 0 || t == 3, t -> false));
    }
}
