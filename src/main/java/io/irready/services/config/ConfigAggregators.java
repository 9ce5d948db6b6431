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
            "config:DescribeConfigurationAggregators").shared();

    /**
     * One aggregator: organization-wide ({@code organization}) or over listed accounts, across all Regions
     * ({@code allRegions}) or listed ones.
     */
    public record Aggregator(String name, boolean organization, List<String> accountIds, boolean allRegions, List<String> regions) {
        public Aggregator {
            accountIds = List.copyOf(accountIds);
            regions = List.copyOf(regions);
        }
    }
}
