package io.irready.services.config;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.config.ConfigAggregators.Aggregator;
import io.irready.services.config.ConfigAggregators.SourceStatus;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigurationAggregator;

import java.util.ArrayList;
import java.util.List;

/** The AWS Config aggregators of one Region, with what they aggregate and how each source last aggregated. */
public final class ConfigAggregatorsCollector implements Collector<ConfigAggregators> {

    @Override
    public EvidenceType<ConfigAggregators> type() {
        return ConfigAggregators.TYPE;
    }

    @Override
    public ConfigAggregators collect(AwsClients aws, CollectionContext context, String region) {
        ConfigClient config = aws.client(ConfigClient::builder, region);
        return new ConfigAggregators(AwsCalls.call("config:DescribeConfigurationAggregators", () -> config
                .describeConfigurationAggregatorsPaginator(r -> { }).configurationAggregators().stream().toList())
                .map(aggregators -> aggregators.stream().map(aggregator -> aggregator(aggregator, sources(config, aggregator))).toList()));
    }

    /** An aggregator that exists is not one that aggregates: its sources' last status says whether it does. */
    private static Evidence<List<SourceStatus>> sources(ConfigClient config, ConfigurationAggregator aggregator) {
        return AwsCalls.call("config:DescribeConfigurationAggregatorSourcesStatus", () -> config.describeConfigurationAggregatorSourcesStatusPaginator(
                        r -> r.configurationAggregatorName(aggregator.configurationAggregatorName())).aggregatedSourceStatusList().stream()
                .map(s -> new SourceStatus(s.sourceId(), s.sourceTypeAsString(), s.awsRegion(), s.lastUpdateStatusAsString(), s.lastErrorCode()))
                .toList());
    }

    private static Aggregator aggregator(ConfigurationAggregator aggregator, Evidence<List<SourceStatus>> sources) {
        var organization = aggregator.organizationAggregationSource();
        if (organization != null) {
            return new Aggregator(aggregator.configurationAggregatorName(), true, List.of(),
                    Boolean.TRUE.equals(organization.allAwsRegions()), organization.awsRegions(), sources);
        }
        List<String> accounts = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        boolean allRegions = !aggregator.accountAggregationSources().isEmpty();
        for (var source : aggregator.accountAggregationSources()) {
            accounts.addAll(source.accountIds());
            regions.addAll(source.awsRegions());
            allRegions &= Boolean.TRUE.equals(source.allAwsRegions());
        }
        return new Aggregator(aggregator.configurationAggregatorName(), false, accounts, allRegions, regions, sources);
    }
}
