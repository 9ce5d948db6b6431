package io.irready.evidence.cloudtrail;

import io.irready.evidence.Evidence;

import java.util.List;
import java.util.Map;

/**
 * CloudTrail evidence for one account. {@code trailArnsByRegion} keeps what DescribeTrails answered
 * in each Region (including shadow copies of multi-Region trails); {@code trails} holds each
 * distinct trail once; {@code ownedBuckets} the account's own buckets (s3:ListBuckets), which tells
 * whether a trail bucket lives here; {@code bucketLifecycles} the lifecycle rules of the log buckets
 * read in this account.
 */
public record CloudTrailEvidence(Map<String, Evidence<List<String>>> trailArnsByRegion,
                                 List<Trail> trails,
                                 Evidence<List<String>> ownedBuckets,
                                 Map<String, Evidence<List<LifecycleRule>>> bucketLifecycles) {
    public CloudTrailEvidence {
        trailArnsByRegion = Map.copyOf(trailArnsByRegion);
        trails = List.copyOf(trails);
        ownedBuckets = ownedBuckets == null ? new Evidence.Failed<>("s3:ListBuckets", "not collected by this bundle's irready version") : ownedBuckets;
        bucketLifecycles = Map.copyOf(bucketLifecycles);
    }
}
