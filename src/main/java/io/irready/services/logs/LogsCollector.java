package io.irready.services.logs;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.logs.LogsEvidence.LogGroup;
import io.irready.services.logs.LogsEvidence.MetricFilter;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/** CloudWatch log groups with their retention, and the metric filters, in one Region. */
public final class LogsCollector implements Collector<LogsEvidence> {

    @Override
    public EvidenceType<LogsEvidence> type() {
        return LogsEvidence.TYPE;
    }

    @Override
    public LogsEvidence collect(AwsClients aws, CollectionContext context, String region) {
        CloudWatchLogsClient logs = aws.client(CloudWatchLogsClient::builder, region);
        return new LogsEvidence(
                AwsCalls.call("logs:DescribeLogGroups", () -> logs.describeLogGroupsPaginator(r -> { }).logGroups().stream()
                        .map(g -> new LogGroup(g.logGroupName(), g.logGroupArn() != null ? g.logGroupArn() : g.arn(), g.retentionInDays(),
                                g.storedBytes() == null ? 0 : g.storedBytes()))
                        .toList()),
                AwsCalls.call("logs:DescribeMetricFilters", () -> logs.describeMetricFiltersPaginator(r -> { }).metricFilters().stream()
                        .map(f -> new MetricFilter(f.filterName(), f.logGroupName(), f.filterPattern(), f.metricTransformations().stream()
                                .map(t -> t.metricNamespace() + "/" + t.metricName()).toList()))
                        .toList()));
    }
}
