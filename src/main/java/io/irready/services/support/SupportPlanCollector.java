package io.irready.services.support;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import software.amazon.awssdk.services.support.SupportClient;
import software.amazon.awssdk.services.support.model.SeverityLevel;

import java.util.ArrayList;
import java.util.List;

/** The Support plan's severity levels (the Support API lives in us-east-1). */
public final class SupportPlanCollector implements Collector<SupportPlan> {

    @Override
    public EvidenceType<SupportPlan> type() {
        return SupportPlan.TYPE;
    }

    @Override
    public SupportPlan collect(AwsClients aws, CollectionContext context, String region) {
        List<String> levels = new ArrayList<>();
        var subscribed = AwsCalls.call("support:DescribeSeverityLevels", () -> {
            try {
                aws.global(SupportClient::builder).describeSeverityLevels(r -> { }).severityLevels().stream().map(SeverityLevel::code)
                        .forEach(levels::add);
                return true;
            } catch (software.amazon.awssdk.services.support.model.SupportException e) {
                if (e.awsErrorDetails() != null && "SubscriptionRequiredException".equals(e.awsErrorDetails().errorCode())) {
                    return false;
                }
                throw e;
            }
        });
        return new SupportPlan(subscribed, levels);
    }
}
