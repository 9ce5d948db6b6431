package io.irready.services.config;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.config.ConfigAggregators.Aggregator;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigurationAggregator;

import java.util.ArrayList;
import java.util.List;

/** The AWS Config aggregators of one Region, with what they aggregate. */
public final class ConfigAggregatorsCollector implements Collector<ConfigAggregators> {

    @Override
    public EvidenceType<ConfigAggregators> type() {
        return ConfigAggregators.TYPE;
    }

    @Override
    public ConfigAggregators collect(AwsClients aws, CollectionContext context, String region) {
        return new ConfigAggregators(AwsCalls.call("config:DescribeConfigurationAggregators", () -> aws.client(ConfigClient::builder, region)
                .describeConfigurationAggregatorsPaginator(r -> { }).configurationAggregators().stream()
                .map(ConfigAggregatorsCollector::aggregator).toList()));
    }

    private static Aggregator aggregator(ConfigurationAggregator aggregator) {
        var organization = aggregator.organizationAggregationSource();
        if (organization != null) {
            return new Aggregator(aggregator.configurationAggregatorName(), true, List.of(),
                    Boolean.TRUE.equals(organization.allAwsRegions()), organization.awsRegions());
        }
        List<String> accounts = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        boolean allRegions = !aggregator.accountAggregationSources().isEmpty();
        for (var source : aggregator.accountAggregationSources()) {
            accounts.addAll(source.accountIds());
            regions.addAll(source.awsRegions());
            allRegions &= Boolean.TRUE.equals(source.allAwsRegions());
        }
        return new Aggregator(aggregator.configurationAggregatorName(), false, accounts, allRegions, regions);
    }
}
