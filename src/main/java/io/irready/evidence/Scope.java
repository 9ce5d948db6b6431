package io.irready.evidence;

import java.time.Instant;
import java.util.List;

/**
 * Who and where a run audits, and who collected the evidence, when. {@code source} is how the
 * accounts were found (caller, organization, accounts); {@code skipped} the organization's accounts
 * that are not audited, each with its reason.
 */
public record Scope(CallerIdentity caller, String source, List<Target> targets, List<SkippedAccount> skipped, Instant collectionStarted) {
    public Scope {
        targets = List.copyOf(targets);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        source = source == null ? "caller" : source;
    }
}
