package org.claimcheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.model.Mention;
import org.claimcheck.model.Party;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Span;
import org.junit.jupiter.api.Test;

class PartyNamesTest {

    private static Mention party(String name, PartyKind kind) {
        return Mention.party(new Span(0, name.length()), name, new Party(name, kind, null, null));
    }

    @Test
    void firstWordStandsForTheFullNameAndTakesItsKind() {
        List<Mention> m = List.of(party("Daewon Semitech", PartyKind.ORGANIZATION), party("Daewon", PartyKind.PERSON));
        PartyNames names = new PartyNames(m, Gazetteer.defaults());
        assertEquals(new PartyNames.Name("Daewon Semitech", PartyKind.ORGANIZATION), names.of(1));
        assertEquals(new PartyNames.Name("Daewon Semitech", PartyKind.ORGANIZATION), names.of(0));
    }

    @Test
    void lastWordOfAnOrganizationStandsForIt() {
        List<Mention> m = List.of(party("European Commission", PartyKind.ORGANIZATION),
                party("Commission", PartyKind.ORGANIZATION));
        assertEquals("European Commission", new PartyNames(m, null).of(1).name());
    }

    @Test
    void ambiguousShortNameStaysAsWritten() {
        List<Mention> m = List.of(party("Reliance Retail", PartyKind.ORGANIZATION),
                party("Reliance Jio", PartyKind.ORGANIZATION), party("Reliance", PartyKind.ORGANIZATION));
        assertEquals("Reliance", new PartyNames(m, null).of(2).name());
    }

    @Test
    void oneWordNameTakesTheFullerFormWrittenInTheBody() {
        String body = "Solstice AI signed a deal. Solstice CEO Iris Kwan said Solstice will pay.";
        List<Mention> m = List.of(party("Solstice", PartyKind.PERSON));
        assertEquals(new PartyNames.Name("Solstice AI", PartyKind.ORGANIZATION),
                new PartyNames(m, null, body).of(0));
        assertEquals("Vantage", new PartyNames(List.of(party("Vantage", PartyKind.ORGANIZATION)), null,
                "Vantage Grid and Vantage Power merged.").of(0).name(), "two fuller forms: ambiguous");
    }

    @Test
    void writtenNameBeyondTheCanonicalNameCountsUnlessItIsALegalForm() {
        Mention holdings = Mention.party(new Span(0, 16), "Nilgiri Holdings",
                new Party("Nilgiri", PartyKind.ORGANIZATION, null, null));
        Mention bare = party("Nilgiri", PartyKind.ORGANIZATION);
        assertEquals("Nilgiri Holdings", new PartyNames(List.of(holdings, bare), null).of(1).name());
        Mention ltd = Mention.party(new Span(0, 12), "Nilgiri Ltd.",
                new Party("Nilgiri", PartyKind.ORGANIZATION, null, null));
        assertEquals("Nilgiri", new PartyNames(List.of(ltd, bare), null).of(1).name());
    }

    @Test
    void gazetteerPartyKeepsItsOwnName() {
        List<Mention> m = List.of(party("Amazon Web Services", PartyKind.ORGANIZATION),
                party("Amazon", PartyKind.ORGANIZATION));
        assertEquals("Amazon", new PartyNames(m, Gazetteer.defaults()).of(1).name());
    }
}
