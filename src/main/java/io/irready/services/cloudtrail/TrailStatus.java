package io.irready.services.cloudtrail;

import java.time.Instant;

/** GetTrailStatus: whether the trail is logging and how delivery to S3 and CloudWatch Logs went. */
public record TrailStatus(boolean logging,
                          Instant latestDeliveryTime,
                          String latestDeliveryError,
                          Instant latestDigestDeliveryTime,
                          String latestDigestDeliveryError,
                          Instant latestCloudWatchLogsDeliveryTime,
                          String latestCloudWatchLogsDeliveryError) {
}
