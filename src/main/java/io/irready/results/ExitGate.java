package io.irready.results;

import io.irready.checks.Severity;

import java.util.Map;

/** Whether a run must exit 1: a FAIL or UNKNOWN finding at or above the configured severity. */
public final class ExitGate {

    private ExitGate() {
    }

    /** @param gapsBySeverity the number of FAIL and UNKNOWN findings of each severity */
    public static long breaches(Map<Severity, Long> gapsBySeverity, Severity threshold) {
        return gapsBySeverity.entrySet().stream().filter(e -> e.getKey().atLeast(threshold)).mapToLong(Map.Entry::getValue).sum();
    }
}
