package io.irready.services.sns;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * The SNS topics of one Region and their subscriptions, reduced to protocol and whether the subscriber
 * confirmed: who is subscribed (an address) is not evidence the checks need.
 */
public record SnsTopics(Evidence<List<Topic>> topics) {

    public static final EvidenceType<SnsTopics> TYPE = EvidenceType.perRegion("sns.topics", SnsTopics.class,
            "sns:ListTopics", "sns:ListSubscriptionsByTopic");

    public record Topic(String arn, Evidence<List<Subscription>> subscriptions) {
    }

    /** {@code protocol} email, sms, https, lambda, sqs, ...; {@code confirmed} false while pending confirmation. */
    public record Subscription(String protocol, boolean confirmed) {
    }
}
