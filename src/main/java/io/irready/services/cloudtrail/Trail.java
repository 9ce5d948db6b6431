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

    /** The same trail with its status and selectors as read elsewhere. */
    public Trail withDetails(Evidence<TrailStatus> status, Evidence<TrailSelectors> selectors) {
        return new Trail(arn, name, homeRegion, multiRegion, organizationTrail, includeGlobalServiceEvents, logFileValidation, s3BucketName,
                s3KeyPrefix, kmsKeyId, cloudWatchLogsLogGroupArn, status, selectors);
    }

    /** The account that owns the trail, from its ARN (arn:PARTITION:cloudtrail:REGION:ACCOUNT:trail/NAME); null when the ARN has none. */
    public String ownerAccountId() {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && parts[4].matches("\\d{12}") ? parts[4] : null;
    }
}
