package io.irready.services.rbin;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.rbin.RecycleBinRules.Details;
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
        RbinClient rbin = aws.client(RbinClient::builder, region);
        return new RecycleBinRules(AwsCalls.call("rbin:ListRules", () -> rbin.listRulesPaginator(r -> r.resourceType(ResourceType.EBS_SNAPSHOT))
                .rules().stream().toList()).map(rules -> rules.stream()
                .map(rule -> new Rule(rule.identifier(), rule.lockStateAsString(),
                        rule.retentionPeriod() == null ? null : rule.retentionPeriod().retentionPeriodValue(),
                        AwsCalls.call("rbin:GetRule", () -> {
                            var details = rbin.getRule(r -> r.identifier(rule.identifier()));
                            return new Details(details.statusAsString(), details.resourceTags().stream().map(RecycleBinRulesCollector::tag).toList(),
                                    details.excludeResourceTags().stream().map(RecycleBinRulesCollector::tag).toList());
                        })))
                .toList()));
    }

    private static String tag(software.amazon.awssdk.services.rbin.model.ResourceTag tag) {
        return tag.resourceTagKey() + "=" + (tag.resourceTagValue() == null ? "" : tag.resourceTagValue());
    }
}
