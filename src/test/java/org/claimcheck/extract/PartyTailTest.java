package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyTailTest {

    private static List<String> names(String text) {
        return PartyExtractor.find(TokenText.tokens(text), Gazetteer.defaults()).stream()
                .map(p -> p.party().name()).toList();
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
                TokenText.tokens("Jinhai/NNP/PERSON Biopharma/NNP/PERSON paid/VBD ././O"), Gazetteer.defaults());
        assertEquals(1, found.size());
        assertEquals(org.claimcheck.model.PartyKind.ORGANIZATION, found.get(0).party().kind());
        List<PartyExtractor.TokenParty> person = PartyExtractor.find(
                TokenText.tokens("Jure/NNP/PERSON Sola/NNP/PERSON said/VBD ././O"), Gazetteer.defaults());
        assertEquals(org.claimcheck.model.PartyKind.PERSON, person.get(0).party().kind());
    }

    @Test
    void otherWordsAfterAnOrganizationAreLeftOut() {
        assertEquals(List.of("Solstice"), names("Solstice/NNP/ORGANIZATION Wednesday/NNP/DATE said/VBD ././O"));
        assertEquals(List.of("Microsoft"), names("Microsoft/NNP/ORGANIZATION Cloud/NNP/O grew/VBD ././O"),
                "a name the gazetteer knows keeps its entry");
    }

    @Test
    void aCompanyIntroducedWithItsBusinessWordKeepsItsFullNameWhenNamedWithoutIt() {
        // the first occurrence is untagged, the later one tagged alone: both are the full name
        assertEquals(List.of("Quillfeather AI", "Quillfeather AI"),
                names("Quillfeather/NNP/O AI/NNP/O raised/VBD money/NN ././O Quillfeather/NNP/PERSON "
                        + "said/VBD so/RB ././O"));
        assertEquals(List.of("OpenAI", "OpenAI"),
                names("OpenAI/NNP/ORGANIZATION Health/NNP/O grew/VBD ././O OpenAI/NNP/ORGANIZATION "
                        + "said/VBD so/RB ././O"),
                "a name the gazetteer knows keeps its entry");
    }
}
