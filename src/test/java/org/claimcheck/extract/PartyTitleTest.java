package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimcheck.model.PartyKind;
import org.junit.jupiter.api.Test;

/** Names NER takes for companies that a title beside them shows to be people. */
class PartyTitleTest {

    private static List<String> kinds(String text) {
        return PartyExtractor.find(TokenText.tokens(text), Gazetteer.defaults()).stream()
                .map(p -> p.party().name() + ":" + p.party().kind()).toList();
    }

    @Test
    void aNameAfterATitleIsAPerson() {
        assertEquals(List.of("Jure Sola:" + PartyKind.PERSON),
                kinds("Its/PRP$ chief/JJ executive/NN ,/, Jure/NNP/ORGANIZATION Sola/NNP/ORGANIZATION ,/, said/VBD so/RB ./."));
    }

    @Test
    void aNameBeforeACommaAndATitleIsAPerson() {
        assertEquals(List.of("Jure Sola:" + PartyKind.PERSON),
                kinds("Jure/NNP/ORGANIZATION Sola/NNP/ORGANIZATION ,/, the/DT chief/JJ executive/NN ,/, said/VBD so/RB ./."));
    }

    @Test
    void namesAfterAPluralTitleArePeople() {
        assertEquals(List.of("Kavya Raman:" + PartyKind.PERSON, "Arjun Mehta:" + PartyKind.PERSON),
                kinds("Co-founders/NNS Kavya/NNP/PERSON Raman/NNP/PERSON and/CC Arjun/NNP/ORGANIZATION "
                        + "Mehta/NNP/ORGANIZATION will/MD keep/VB 34/CD %/NN ./."));
    }

    @Test
    void aCompanyBesideATitleStaysACompany() {
        assertEquals(List.of("Pinewave Pay:" + PartyKind.ORGANIZATION),
                kinds("Its/PRP$ chief/JJ executive/NN ,/, Pinewave/NNP/ORGANIZATION Pay/NNP/ORGANIZATION ,/, "
                        + "said/VBD so/RB ./."), "a name ending in a business word is no person's");
    }
}
