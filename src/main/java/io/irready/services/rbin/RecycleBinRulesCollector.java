package io.irready.services.rbin;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.rbin.RecycleBinRules.Rule;
import software.amazon.awssdk.services.rbin.RbinClient;
import software.amazon.awssdk.services.rbin.model.ResourceType;

/** Recycle Bin rules for EBS snapshots in one Region. */
public final class RecycleBinRulesCollector implements Collector<RecycleBinRules> {

    @Override
    public EvidenceType<RecycleBinRules> type() {
        return RecycleBinRules.TYPE;
    }

    @Override
    public RecycleBinRules collect(AwsClients aws, CollectionContext context, String region) {
        return new RecycleBinRules(AwsCalls.call("rbin:ListRules", () -> aws.client(RbinClient::builder, region)
                .listRulesPaginator(r -> r.resourceType(ResourceType.EBS_SNAPSHOT)).rules().stream()
                .map(rule -> new Rule(rule.identifier(), rule.lockStateAsString(),
                        rule.retentionPeriod() == null ? null : rule.retentionPeriod().retentionPeriodValue()))
                .toList()));
    }
}
