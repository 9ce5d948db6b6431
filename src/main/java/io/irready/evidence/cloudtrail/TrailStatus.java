package io.irready.evidence.cloudtrail;

import java.time.Instant;

/** GetTrailStatus: whether the trail is logging and how delivery went. */
public record TrailStatus(boolean logging, Instant latestDeliveryTime, String latestDeliveryError) {
}
