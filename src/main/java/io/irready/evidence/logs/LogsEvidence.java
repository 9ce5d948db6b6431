package io.irready.evidence.logs;

import io.irready.evidence.Evidence;

import java.util.List;

/** CloudWatch Logs evidence for one Region. */
public record LogsEvidence(Evidence<List<LogGroup>> logGroups) {

    /** A log group; {@code retentionInDays} is null when events never expire. */
    public record LogGroup(String name, String arn, Integer retentionInDays, long storedBytes) {
    }
}
