package io.irready.services.logs;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** CloudWatch Logs in one Region: the log groups and the metric filters defined on them. */
public record LogsEvidence(Evidence<List<LogGroup>> logGroups, Evidence<List<MetricFilter>> metricFilters) {

    public static final EvidenceType<LogsEvidence> TYPE = EvidenceType.perRegion("logs.groups", LogsEvidence.class,
            "logs:DescribeLogGroups", "logs:DescribeMetricFilters");

    /** A log group; {@code retentionInDays} is null when events never expire. */
    public record LogGroup(String name, String arn, Integer retentionInDays, long storedBytes) {
    }

    /** A metric filter: which log group, the pattern, and the metrics (namespace/name) it feeds. */
    public record MetricFilter(String name, String logGroupName, String pattern, List<String> metrics) {
        public MetricFilter {
            metrics = List.copyOf(metrics);
        }
    }
}
