package io.irready.evidence;

import java.time.Instant;
import java.util.List;

/** Who and where a run audits, and who collected the evidence, when. */
public record Scope(CallerIdentity caller, List<Target> targets, Instant collectionStarted) {
    public Scope {
        targets = List.copyOf(targets);
    }
}
