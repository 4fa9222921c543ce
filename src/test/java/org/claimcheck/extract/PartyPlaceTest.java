package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names NER takes for places (or misses) that their place in the sentence shows to be companies. */
class PartyPlaceTest {

    private static List<String> names(String text) {
        return PartyExtractor.find(TokenText.tokens(text), Gazetteer.defaults()).stream()
                .map(p -> p.party().name() + ":" + p.party().kind()).toList();
    }

    @Test
    void whatATakeoverIsOfIsACompany() {
        assertEquals(List.of("Pfizer:ORGANIZATION", "Metsera:ORGANIZATION"),
                names("Pfizer/NNP/ORGANIZATION completed/VBD its/PRP$ purchase/NN of/IN Metsera/NNP/LOCATION ./."));
    }

    @Test
    void aNameAfterXBasedOrABusinessNounIsACompany() {
        assertEquals(List.of("Pennine Net:ORGANIZATION"),
                names("the/DT acquisition/NN of/IN Leeds-based/NNP Pennine/NNP Net/NNP in/IN January/NNP/DATE ./."));
        assertEquals(List.of("Volterra Drives:ORGANIZATION"),
                names("a/DT stake/NN in/IN maker/NN Volterra/NNP/LOCATION Drives/NNPS ./."));
    }

    @Test
    void aPlaceElsewhereStaysAPlace() {
        assertEquals(List.of(), names("the/DT plant/NN in/IN Leeds/NNP/LOCATION opened/VBD ./."));
        assertEquals(List.of(), names("the/DT purchase/NN of/IN land/NN in/IN Texas/NNP/LOCATION ./."));
    }

    @Test
    void theEuropeanUnionIsAPartyWhereItActsAndAPlaceElsewhere() {
        assertEquals(List.of("European Union:ORGANIZATION", "Meridian:ORGANIZATION"),
                names("The/DT EU/NNP/ORGANIZATION fined/VBD Meridian/NNP/ORGANIZATION ./."));
        assertEquals(List.of(), names("clearance/NN in/IN the/DT European/NNP/ORGANIZATION Union/NNP/ORGANIZATION ./."));
        assertEquals(List.of(), names("under/IN EU/NNP/ORGANIZATION antitrust/JJ rules/NNS ./."));
    }
}
