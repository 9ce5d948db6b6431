package io.irready.evidence;

import io.irready.evidence.cloudtrail.LifecycleRule;
import io.irready.evidence.cloudtrail.Trail;
import io.irready.evidence.organizations.OrganizationEvidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a member's own evidence does not show but its checks need: the organization's facts (null
 * when the run does not audit an organization) and the settings of log buckets as read in the audited
 * account that owns each bucket ({@code bucketLifecycles}, by bucket name).
 */
public record OrganizationFacts(Evidence<OrganizationEvidence> organization,
                                Map<String, BucketLifecycle> bucketLifecycles) {

    public static final OrganizationFacts NONE = new OrganizationFacts(null, Map.of());

    public OrganizationFacts {
        bucketLifecycles = Map.copyOf(bucketLifecycles);
    }

    /** A bucket's lifecycle rules and the audited account whose evidence holds them. */
    public record BucketLifecycle(String ownerAccountId, Evidence<List<LifecycleRule>> rules) {
    }

    /** The organization's trails; empty outside an organization run, a gap when they could not be read. */
    public Evidence<List<Trail>> organizationTrails() {
        return organization == null ? Evidence.collected(List.of()) : organization.flatMap(OrganizationEvidence::organizationTrails);
    }

    public Optional<BucketLifecycle> bucketLifecycle(String bucket) {
        return Optional.ofNullable(bucketLifecycles.get(bucket));
    }
}
