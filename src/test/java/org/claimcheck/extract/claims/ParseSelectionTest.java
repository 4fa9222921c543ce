package org.claimcheck.extract.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.claimcheck.model.Qualifier;
import org.junit.jupiter.api.Test;

class ParseSelectionTest {

    @Test
    void sentencesWithAPartyOrAReferenceToOneArePicked() {
        AnnotationBuilder b = new AnnotationBuilder(LocalDate.of(2026, 5, 21))
                .sentence("Kairos bought LedgerLeaf .", "NNP VBD NNP .", null, null)
                .sentence("It reported revenue of $ 2 million .", "PRP VBD NN IN $ CD CD .", null, null)
                .sentence("Revenue was $ 3 million .", "NN VBD $ CD CD .", null, null)
                .sentence("The company grew .", "DT NN VBD .", "the company grow .", null)
                .sentence("The acquisition closed on Monday .", "DT NN VBD IN NNP .", "the acquisition close on Monday .",
                        null)
                .sentence("An acquisition is rare .", "DT NN VBZ JJ .", "a acquisition be rare .", null)
                .org("Kairos", 1).org("LedgerLeaf", 1)
                .money("$ 2 million", "2000000", Qualifier.EXACT)
                .money("$ 3 million", "3000000", Qualifier.EXACT);
        AnnotationBuilder.Built built = b.build();
        assertEquals(Set.of(0, 1, 3, 4), ParseSelection.sentences(built.annotation(), built.mentions()),
                "a definite deal noun takes the parties of a deal told before; an indefinite one does not");
    }
}
