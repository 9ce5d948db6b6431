package io.irready.services.config;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/**
 * AWS Config aggregators in one Region. Shared across accounts: an organization-wide aggregator lives
 * in the security tooling account and covers the members.
 */
public record ConfigAggregators(Evidence<List<Aggregator>> aggregators) {

    public static final EvidenceType<ConfigAggregators> TYPE = EvidenceType.perRegion("config.aggregators", ConfigAggregators.class,
            "config:DescribeConfigurationAggregators", "config:DescribeConfigurationAggregatorSourcesStatus").shared();

    /**
     * One aggregator: organization-wide ({@code organization}) or over listed accounts, across all Regions
     * ({@code allRegions}) or listed ones, and the last aggregation of each of its sources.
     */
    public record Aggregator(String name, boolean organization, List<String> accountIds, boolean allRegions, List<String> regions,
                             Evidence<List<SourceStatus>> sources) {
        public Aggregator {
            accountIds = List.copyOf(accountIds);
            regions = List.copyOf(regions);
        }
    }

    /**
     * How a source last aggregated: {@code sourceId} an account id or the organization, {@code type} ACCOUNT or ORGANIZATION,
     * {@code status} SUCCEEDED, FAILED or OUTDATED, with the error of a failure.
     */
    public record SourceStatus(String sourceId, String type, String region, String status, String errorCode) {
    }
}
