package io.irready.evidence.cloudtrail;

import io.irready.evidence.Evidence;

import java.util.List;
import java.util.Map;

/**
 * CloudTrail evidence for one account. {@code trailArnsByRegion} keeps what DescribeTrails answered
 * in each Region (including shadow copies of multi-Region trails); {@code trails} holds each
 * distinct trail once; {@code bucketLifecycles} the lifecycle rules of each trail's S3 bucket.
 */
public record CloudTrailEvidence(Map<String, Evidence<List<String>>> trailArnsByRegion,
                                 List<Trail> trails,
                                 Map<String, Evidence<List<LifecycleRule>>> bucketLifecycles) {
    public CloudTrailEvidence {
        trailArnsByRegion = Map.copyOf(trailArnsByRegion);
        trails = List.copyOf(trails);
        bucketLifecycles = Map.copyOf(bucketLifecycles);
    }
}
