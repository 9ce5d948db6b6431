package io.irready.services.cloudwatch;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The CloudWatch metric alarms of one Region: what they watch and whether they act. */
public record CloudWatchAlarms(Evidence<List<Alarm>> alarms) {

    public static final EvidenceType<CloudWatchAlarms> TYPE = EvidenceType.perRegion("cloudwatch.alarms", CloudWatchAlarms.class,
            "cloudwatch:DescribeAlarms");

    /** {@code metric} is namespace/name; {@code actions} the ARNs notified when it alarms (SNS topics, ...). */
    public record Alarm(String name, String metric, boolean actionsEnabled, List<String> actions) {
        public Alarm {
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }
}
