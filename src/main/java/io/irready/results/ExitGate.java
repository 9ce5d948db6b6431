package io.irready.results;

import io.irready.checks.Finding;
import io.irready.checks.Severity;
import io.irready.checks.Status;

import java.util.Collection;

/** Whether a run must exit 1: a FAIL or UNKNOWN finding at or above the configured severity. */
public final class ExitGate {

    private ExitGate() {
    }

    public static long breaches(Collection<Finding> findings, Severity threshold) {
        return findings.stream()
                .filter(f -> f.status() == Status.FAIL || f.status() == Status.UNKNOWN)
                .filter(f -> f.severity().atLeast(threshold))
                .count();
    }
}
