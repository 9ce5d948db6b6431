package io.irready.services.cloudtrail;

import io.irready.evidence.Evidence;

/**
 * One trail as DescribeTrails describes it, with its status and event selectors. {@code kmsKeyId} is
 * the key its log files are encrypted with (null: SSE-S3); {@code cloudWatchLogsLogGroupArn} where it
 * streams events (null: nowhere).
 */
public record Trail(String arn,
                    String name,
                    String homeRegion,
                    boolean multiRegion,
                    boolean organizationTrail,
                    boolean includeGlobalServiceEvents,
                    boolean logFileValidation,
                    String s3BucketName,
                    String s3KeyPrefix,
                    String kmsKeyId,
                    String cloudWatchLogsLogGroupArn,
                    Evidence<TrailStatus> status,
                    Evidence<TrailSelectors> selectors) {
}
