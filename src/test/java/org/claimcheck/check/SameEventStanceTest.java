package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimcheck.model.Attribution;
import org.claimcheck.model.Claim;
import org.claimcheck.model.ClaimParty;
import org.claimcheck.model.ClaimTime;
import org.claimcheck.model.EventClass;
import org.claimcheck.model.Modality;
import org.claimcheck.model.PartyKind;
import org.claimcheck.model.Role;
import org.claimcheck.model.Span;
import org.claimcheck.model.TimeValue;
import org.junit.jupiter.api.Test;

class SameEventStanceTest {

    private static final TimeValue THURSDAY = new TimeValue("2026-01-22", LocalDate.of(2026, 1, 22),
            LocalDate.of(2026, 1, 22));

    /** An ACQUIRE claim over body span {@code clause}, dated by a time mention at {@code time}. */
    private static Claim acquire(Span clause, Span time, Modality modality, boolean attributed) {
        List<ClaimParty> parties = List.of(new ClaimParty("Kairos", PartyKind.ORGANIZATION, Role.AGENT, -1, clause));
        return new Claim("c1", 0, clause, "acquire", EventClass.ACQUIRE, clause, parties, List.of(), List.of(),
                new ClaimTime(THURSDAY, -1, time), attributed ? new Attribution("Kairos", "say", null) : null,
                modality, List.of());
    }

    @Test
    void aDecisionReportedAsTakenStandsWithWhatIsAsserted() {
        // "Kairos said on Thursday it would acquire LedgerLeaf": the date is the speech's, outside the clause
        Claim reported = acquire(new Span(30, 60), new Span(15, 23), Modality.FUTURE, true);
        Claim asserted = acquire(new Span(100, 130), new Span(120, 128), Modality.ASSERTED, false);
        assertTrue(SameEvent.sameStance(reported, asserted));
    }

    @Test
    void aForecastStaysAForecast() {
        // "Kairos expects to close the deal in March": the time is the clause's own
        Claim forecast = acquire(new Span(30, 60), new Span(50, 55), Modality.FUTURE, true);
        Claim unattributed = acquire(new Span(30, 60), new Span(15, 23), Modality.FUTURE, false);
        Claim asserted = acquire(new Span(100, 130), new Span(120, 128), Modality.ASSERTED, false);
        assertFalse(SameEvent.sameStance(forecast, asserted));
        assertFalse(SameEvent.sameStance(unattributed, asserted));
    }
}
