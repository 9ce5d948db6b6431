package io.irready.services.cloudwatch;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.cloudwatch.CloudWatchAlarms.Alarm;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** CloudWatch metric alarms of one Region. */
public final class CloudWatchAlarmsCollector implements Collector<CloudWatchAlarms> {

    @Override
    public EvidenceType<CloudWatchAlarms> type() {
        return CloudWatchAlarms.TYPE;
    }

    @Override
    public CloudWatchAlarms collect(AwsClients aws, CollectionContext context, String region) {
        return new CloudWatchAlarms(AwsCalls.call("cloudwatch:DescribeAlarms", () -> aws.client(CloudWatchClient::builder, region)
                .describeAlarmsPaginator(r -> { }).metricAlarms().stream()
                .map(a -> new Alarm(a.alarmName(), a.namespace() + "/" + a.metricName(), Boolean.TRUE.equals(a.actionsEnabled()), a.alarmActions()))
                .toList()));
    }
}
