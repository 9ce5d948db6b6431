package io.irready.services.sns;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.sns.SnsTopics.Subscription;
import io.irready.services.sns.SnsTopics.Topic;
import software.amazon.awssdk.services.sns.SnsClient;

/** SNS topics of one Region and their subscriptions' protocol and confirmation. */
public final class SnsTopicsCollector implements Collector<SnsTopics> {

    @Override
    public EvidenceType<SnsTopics> type() {
        return SnsTopics.TYPE;
    }

    @Override
    public SnsTopics collect(AwsClients aws, CollectionContext context, String region) {
        SnsClient sns = aws.client(SnsClient::builder, region);
        return new SnsTopics(AwsCalls.call("sns:ListTopics", () -> sns.listTopicsPaginator().topics().stream()
                .map(topic -> new Topic(topic.topicArn(), AwsCalls.call("sns:ListSubscriptionsByTopic", () -> sns
                        .listSubscriptionsByTopicPaginator(r -> r.topicArn(topic.topicArn())).subscriptions().stream()
                        .map(s -> new Subscription(s.protocol(), s.subscriptionArn() != null && s.subscriptionArn().startsWith("arn:")))
                        .toList())))
                .toList()));
    }
}
