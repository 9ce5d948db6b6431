package io.irready.services.cloudtrail;

import io.irready.evidence.Evidence;
import io.irready.services.s3.PublicAccessBlock;

import java.util.List;

/**
 * The settings of a bucket that receives logs, read in the account that owns it: how long objects live
 * (lifecycle), its own public access block (the owner account's applies beside it), whether its policy is public,
 * whether its own access is logged, and whether logs can be deleted
 * or overwritten (versioning with MFA delete, Object Lock).
 */
public record LogBucket(String name,
                        String region,
                        Evidence<List<LifecycleRule>> lifecycle,
                        Evidence<PublicAccessBlock> publicAccessBlock,
                        Evidence<Boolean> policyIsPublic,
                        Evidence<String> accessLogTarget,
                        Evidence<Versioning> versioning,
                        Evidence<ObjectLock> objectLock) {

    /** {@code status}: Enabled, Suspended, or null (never enabled). */
    public record Versioning(String status, boolean mfaDelete) {
    }

    /** Object Lock with its default retention (mode COMPLIANCE or GOVERNANCE); {@code enabled} false when absent. */
    public record ObjectLock(boolean enabled, String mode, Integer days, Integer years) {
    }
}
