package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An unknown name in a list with a party is a party of the same kind; modifiers, products and places are not. */
class PartyListTest {

    private static List<String> found(String text) {
        return PartyExtractor.find(TokenText.tokens(text), Gazetteer.defaults()).stream()
                .map(p -> p.party().name() + ":" + p.party().kind()).toList();
    }

    @Test
    void theLastNameOfAListOfCompaniesIsACompany() {
        assertEquals(List.of("Brightloom:ORGANIZATION", "Kestrava:ORGANIZATION", "QZX:ORGANIZATION"),
                found("Brightloom/NNP/ORGANIZATION ,/, Kestrava/NNP/ORGANIZATION and/CC QZX/NNP announce/VBP "
                        + "a/DT project/NN ./."));
    }

    @Test
    void aNameJoinedToAPersonIsAPerson() {
        assertEquals(List.of("Dara Venn:PERSON", "Ilsa Marrow:PERSON"),
                found("founded/VBN by/IN Dara/NNP/PERSON Venn/NNP/PERSON and/CC Ilsa/NNP Marrow/NNP ./."));
    }

    @Test
    void aNameBeforeTheListIsFoundToo() {
        assertEquals(List.of("QZX:ORGANIZATION", "Kestrava:ORGANIZATION"),
                found("QZX/NNP and/CC Kestrava/NNP/ORGANIZATION signed/VBD ./."));
    }

    @Test
    void modifiersProductsPlacesAndLoneCommasAreNoParties() {
        assertEquals(List.of("Kestrava:ORGANIZATION"),
                found("Kestrava/NNP/ORGANIZATION and/CC Chinese/NNP smartphone/NN makers/NNS ./."), "a modifier");
        assertEquals(List.of("Brightloom:ORGANIZATION", "Kestrava:ORGANIZATION"),
                found("Brightloom/NNP/ORGANIZATION Skylark/NNP and/CC Kestrava/NNP/ORGANIZATION jets/NNS ./."),
                "a product after its maker");
        assertEquals(List.of("Kestrava:ORGANIZATION"),
                found("Kestrava/NNP/ORGANIZATION and/CC Ohio/NNP/STATE_OR_PROVINCE ./."), "a place");
        assertEquals(List.of("Kestrava:ORGANIZATION"),
                found("Kestrava/NNP/ORGANIZATION ,/, Zephyrton/NNP ,/, said/VBD ./."), "one comma is no list");
        assertEquals(List.of("Kestrava:ORGANIZATION"),
                found("Kestrava/NNP/ORGANIZATION and/CC the/DT Orbitline/NNP ./."), "after 'the'");
    }

    @Test
    void aFirstNameJoinedToAFullNameSharesItsSurname() {
        assertEquals(List.of("Nikhil Desai:PERSON", "Rohan Desai:PERSON"),
                found("founded/VBN by/IN Nikhil/NNP/PERSON and/CC Rohan/NNP/PERSON Desai/NNP/PERSON ./."));
    }

    @Test
    void theHeadNounOfAKnownBodyNamesItAgain() {
        assertEquals(List.of("European Commission:ORGANIZATION", "European Commission:ORGANIZATION"),
                found("The/DT European/NNP Commission/NNP fined/VBD Meridian/NN ./. The/DT Commission/NNP said/VBD"
                        + " so/RB ./."));
        assertEquals(List.of("Wall Street Journal:ORGANIZATION", "Wall Street Journal:ORGANIZATION"),
                found("The/DT Wall/NNP Street/NNP Journal/NNP reported/VBD it/PRP ./. The/DT Journal/NNP said/VBD"
                        + " so/RB ./."));
    }

    @Test
    void aBusinessWordAfterANameTakenForAPersonMakesItACompany() {
        assertEquals(List.of("Quillfeather AI:ORGANIZATION"),
                found("Quillfeather/NNP/PERSON AI/NNP/O raised/VBD money/NN ./."));
    }

    @Test
    void aCompanyBeforeAModelCodeNamesAProductButOneBeforeAShareIsAParty() {
        assertEquals(List.of("Kestrava:ORGANIZATION", "Quorren:ORGANIZATION"),
                found("Kestrava/NNP/ORGANIZATION will/MD own/VB 51/CD/PERCENT %/NN/PERCENT and/CC "
                        + "Quorren/NNP/ORGANIZATION 49/CD/PERCENT %/NN/PERCENT ./."));
        assertEquals(List.of("Kestrava:ORGANIZATION"),
                found("Kestrava/NNP/ORGANIZATION ordered/VBD ten/CD Quorren/NNP/ORGANIZATION 737/CD jets/NNS ./."),
                "a model code after its maker");
    }
}
