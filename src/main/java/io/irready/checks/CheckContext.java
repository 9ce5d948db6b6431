package io.irready.checks;

import java.time.Instant;

/** What a check may know besides the evidence: the configured thresholds and the evaluation time. */
public record CheckContext(CheckSettings settings, Instant evaluatedAt) {
}
