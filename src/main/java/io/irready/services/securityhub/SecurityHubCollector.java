package io.irready.services.securityhub;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.organizations.Administrator;
import io.irready.services.securityhub.SecurityHubEvidence.Aggregator;
import io.irready.services.securityhub.SecurityHubEvidence.Standard;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.InvalidAccessException;

import java.util.List;

/**
 * Security Hub of one Region. An account that is not subscribed answers InvalidAccessException: that is
 * the fact "not enabled", not a gap; its standards and aggregators are then not read.
 */
public final class SecurityHubCollector implements Collector<SecurityHubEvidence> {

    @Override
    public EvidenceType<SecurityHubEvidence> type() {
        return SecurityHubEvidence.TYPE;
    }

    @Override
    public SecurityHubEvidence collect(AwsClients aws, CollectionContext context, String region) {
        SecurityHubClient hub = aws.client(SecurityHubClient::builder, region);
        Evidence<Boolean> enabled = AwsCalls.call("securityhub:DescribeHub", () -> {
            try {
                hub.describeHub(r -> { });
                return true;
            } catch (InvalidAccessException notSubscribed) {
                return false;
            }
        });
        if (!enabled.data().orElse(true)) {
            return new SecurityHubEvidence(enabled, Evidence.collected(List.of()), Evidence.collected(List.of()), Evidence.collected(null));
        }
        return new SecurityHubEvidence(enabled,
                AwsCalls.call("securityhub:GetEnabledStandards", () -> hub.getEnabledStandardsPaginator(r -> { }).standardsSubscriptions()
                        .stream().map(s -> new Standard(s.standardsArn(), s.standardsStatusAsString())).toList()),
                AwsCalls.call("securityhub:ListFindingAggregators", () -> hub.listFindingAggregatorsPaginator(r -> { }).findingAggregators()
                        .stream().map(a -> a.findingAggregatorArn()).toList())
                        .flatMap(arns -> AwsCalls.call("securityhub:GetFindingAggregator", () -> arns.stream().map(arn -> {
                            var aggregator = hub.getFindingAggregator(r -> r.findingAggregatorArn(arn));
                            return new Aggregator(arn, aggregator.findingAggregationRegion(), aggregator.regionLinkingMode(), aggregator.regions());
                        }).toList())),
                AwsCalls.call("securityhub:GetAdministratorAccount", () -> {
                    var administrator = hub.getAdministratorAccount(r -> { }).administrator();
                    return administrator == null ? null : new Administrator(administrator.accountId(), administrator.memberStatus());
                }));
    }
}
