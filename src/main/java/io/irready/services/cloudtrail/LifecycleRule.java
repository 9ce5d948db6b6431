package io.irready.services.cloudtrail;

import java.time.LocalDate;

/**
 * One S3 lifecycle rule, reduced to what decides how long current objects live.
 * {@code filter} describes which objects the rule applies to ("" = the whole bucket).
 */
public record LifecycleRule(String id,
                            boolean enabled,
                            String filter,
                            Integer expirationDays,
                            LocalDate expirationDate) {
}
