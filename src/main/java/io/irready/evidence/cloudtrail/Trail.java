package io.irready.evidence.cloudtrail;

import io.irready.evidence.Evidence;

/** One trail as DescribeTrails describes it, with its status and event selectors. */
public record Trail(String arn,
                    String name,
                    String homeRegion,
                    boolean multiRegion,
                    boolean organizationTrail,
                    boolean includeGlobalServiceEvents,
                    boolean logFileValidation,
                    String s3BucketName,
                    String s3KeyPrefix,
                    Evidence<TrailStatus> status,
                    Evidence<TrailSelectors> selectors) {
}
