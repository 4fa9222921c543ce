package org.claimcheck.extract.claims;

import java.util.List;
import org.claimcheck.model.Claim;

/**
 * The claims of one article and the counted, non-fatal problems met while assembling them
 * (e.g. "sentence 12 was not parsed: no claims").
 */
public record ClaimResult(List<Claim> claims, List<String> warnings) {
    public ClaimResult {
        claims = List.copyOf(claims);
        warnings = List.copyOf(warnings);
    }
}
