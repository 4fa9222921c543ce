package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.model.Span;
import org.claimcheck.model.Token;
import org.junit.jupiter.api.Test;

class PartyTailTest {

    /** Tokens from "word/POS/NER" items of one sentence (NER "O" when left out). */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String item : text.split(" ")) {
            String[] f = item.split("/");
            String ner = f.length > 2 ? f[2] : "O";
            out.add(new Token(out.size(), 0, new Span(at, at + f[0].length()), f[0], f[0], f[1], ner));
            at += f[0].length() + 1;
        }
        return out;
    }

    private static List<String> names(String text) {
        return PartyExtractor.find(tokens(text), Gazetteer.defaults()).stream().map(p -> p.party().name()).toList();
    }

    @Test
    void aBusinessWordAfterATaggedOrganizationIsPartOfItsName() {
        assertEquals(List.of("Solstice AI", "Solstice AI"),
                names("Solstice/NNP/ORGANIZATION AI/NNP/O raised/VBD money/NN ././O Solstice/NNP/ORGANIZATION "
                        + "grew/VBD ././O"));
        assertEquals(List.of("Kiyomi Automation"), names("Kiyomi/NNP/ORGANIZATION Automation/NNP/O withdrew/VBD ././O"));
    }

    @Test
    void aNameEndingInABusinessWordIsNoPerson() {
        List<PartyExtractor.TokenParty> found = PartyExtractor.find(
                tokens("Jinhai/NNP/PERSON Biopharma/NNP/PERSON paid/VBD ././O"), Gazetteer.defaults());
        assertEquals(1, found.size());
        assertEquals(org.claimcheck.model.PartyKind.ORGANIZATION, found.get(0).party().kind());
        List<PartyExtractor.TokenParty> person = PartyExtractor.find(
                tokens("Jure/NNP/PERSON Sola/NNP/PERSON said/VBD ././O"), Gazetteer.defaults());
        assertEquals(org.claimcheck.model.PartyKind.PERSON, person.get(0).party().kind());
    }

    @Test
    void otherWordsAfterAnOrganizationAreLeftOut() {
        assertEquals(List.of("Solstice"), names("Solstice/NNP/ORGANIZATION Wednesday/NNP/DATE said/VBD ././O"));
        assertEquals(List.of("Microsoft"), names("Microsoft/NNP/ORGANIZATION Cloud/NNP/O grew/VBD ././O"),
                "a name the gazetteer knows keeps its entry");
    }
}
