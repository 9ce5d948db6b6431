package io.irready.services.securityhub;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.organizations.Administrator;

import java.util.List;

/**
 * Security Hub in one Region: whether the account is subscribed, its enabled standards, and the
 * cross-Region finding aggregators. Shared: the administrator's aggregator covers the members.
 */
public record SecurityHubEvidence(Evidence<Boolean> enabled, Evidence<List<Standard>> standards, Evidence<List<Aggregator>> aggregators,
                                  Evidence<Administrator> administrator) {

    public static final EvidenceType<SecurityHubEvidence> TYPE = EvidenceType.perRegion("securityhub.hub", SecurityHubEvidence.class,
            "securityhub:DescribeHub", "securityhub:GetEnabledStandards", "securityhub:ListFindingAggregators",
            "securityhub:GetFindingAggregator", "securityhub:GetAdministratorAccount").shared();

    /** {@code administrator}: the account this one is a member of (null data: none); unrecorded in bundles of an irready that did not read it. */
    public SecurityHubEvidence {
        administrator = administrator == null ? new Evidence.Failed<>("securityhub:GetAdministratorAccount", "not recorded in this bundle")
                : administrator;
    }

    public SecurityHubEvidence(Evidence<Boolean> enabled, Evidence<List<Standard>> standards, Evidence<List<Aggregator>> aggregators) {
        this(enabled, standards, aggregators, Evidence.collected(null));
    }

    /** An enabled standard: its ARN (e.g. .../aws-foundational-security-best-practices/v/1.0.0) and status READY, PENDING, ... */
    public record Standard(String arn, String status) {
    }

    /** A finding aggregator: its Region, and which Regions it links (ALL_REGIONS, SPECIFIED_REGIONS, ...). */
    public record Aggregator(String arn, String region, String linkingMode, List<String> regions) {
        public Aggregator {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }
}
