package io.irready.services.config;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.config.ConfigRules.Rule;
import software.amazon.awssdk.services.config.ConfigClient;

/** AWS Config rules in one Region; compliance is read for the managed REQUIRED_TAGS rules only. */
public final class ConfigRulesCollector implements Collector<ConfigRules> {

    static final String REQUIRED_TAGS = "REQUIRED_TAGS";

    @Override
    public EvidenceType<ConfigRules> type() {
        return ConfigRules.TYPE;
    }

    @Override
    public ConfigRules collect(AwsClients aws, CollectionContext context, String region) {
        ConfigClient config = aws.client(ConfigClient::builder, region);
        return new ConfigRules(AwsCalls.call("config:DescribeConfigRules", () -> config.describeConfigRulesPaginator(r -> { }).configRules()
                .stream().map(rule -> {
                    String source = rule.source() == null ? null : rule.source().sourceIdentifier();
                    return new Rule(rule.configRuleName(), rule.source() == null ? null : rule.source().ownerAsString(), source,
                            rule.inputParameters(), rule.configRuleStateAsString(),
                            REQUIRED_TAGS.equals(source)
                                    ? AwsCalls.call("config:DescribeComplianceByConfigRule", () -> config.describeComplianceByConfigRule(r -> r
                                    .configRuleNames(rule.configRuleName())).complianceByConfigRules().stream().findFirst()
                                    .map(c -> c.compliance() == null ? null : c.compliance().complianceTypeAsString()).orElse(null))
                                    : null);
                }).toList()));
    }
}
