package io.irready.services.cloudtrail;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;
import java.util.Map;

/**
 * CloudTrail evidence for one account. {@code trailArnsByRegion} keeps what DescribeTrails answered in
 * each Region (including shadow copies of multi-Region trails); {@code trails} holds each distinct
 * trail once; {@code ownedBuckets} the account's own buckets (s3:ListBuckets), which tells whether a
 * trail bucket lives here; {@code logBuckets} the settings of the log buckets read in this account.
 * Shared across accounts: a trail's bucket is judged from the account that owns it.
 */
public record CloudTrailEvidence(Map<String, Evidence<List<String>>> trailArnsByRegion,
                                 List<Trail> trails,
                                 Evidence<List<String>> ownedBuckets,
                                 Map<String, LogBucket> logBuckets) {

    public static final EvidenceType<CloudTrailEvidence> TYPE = EvidenceType.perAccount("cloudtrail.trails", CloudTrailEvidence.class,
            "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors", "s3:ListAllMyBuckets",
            "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:GetBucketPublicAccessBlock", "s3:GetBucketPolicyStatus",
            "s3:GetBucketLogging", "s3:GetBucketVersioning", "s3:GetBucketObjectLockConfiguration").shared();

    public CloudTrailEvidence {
        trailArnsByRegion = Map.copyOf(trailArnsByRegion);
        trails = List.copyOf(trails);
        ownedBuckets = ownedBuckets == null ? new Evidence.Failed<>("s3:ListAllMyBuckets", "not recorded") : ownedBuckets;
        logBuckets = Map.copyOf(logBuckets);
    }
}
