package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrandCaseTest {

    @Test
    void brandsHaveACapitalInsideAndSurnamesOnlyAfterTheirPrefixes() {
        for (String brand : new String[] {"FrostLink", "PayPal", "LinkedIn", "GridPoint"}) {
            assertTrue(PartyExtractor.brandCased(brand), brand);
        }
        for (String name : new String[] {"McDonald", "DeSantis", "MacArthur", "VanDyke", "Smith", "NVIDIA", "Li"}) {
            assertFalse(PartyExtractor.brandCased(name), name);
        }
    }
}
