package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.LogBucket;

/**
 * IR-LOG-07: log files in every trail bucket cannot be deleted or overwritten: Object Lock with a default
 * retention, or versioning with MFA delete.
 */
public final class LogArchiveImmutabilityCheck extends TrailBucketCheck {

    @Override
    protected Verdict judge(LogBuckets.Found found, String where, AccountEvidence account, CheckContext context) {
        LogBucket bucket = found.bucket();
        var lock = bucket.objectLock();
        if (lock.data().isPresent() && lock.data().get().enabled() && lock.data().get().mode() != null
                && (lock.data().get().days() != null || lock.data().get().years() != null)) {
            var l = lock.data().get();
            return Verdict.pass("Bucket " + bucket.name() + where + " has Object Lock in " + l.mode() + " mode for "
                    + (l.days() != null ? l.days() + " days" : l.years() + " years") + " by default.");
        }
        var versioning = bucket.versioning();
        if (versioning.data().isPresent() && "Enabled".equals(versioning.data().get().status()) && versioning.data().get().mfaDelete()) {
            return Verdict.pass("Bucket " + bucket.name() + where + " is versioned with MFA delete.");
        }
        if (lock.data().isEmpty() || versioning.data().isEmpty()) {
            return Verdict.unknown("Bucket " + bucket.name() + where + " could not be fully assessed: "
                    + (lock.data().isEmpty() ? lock.gap() : versioning.gap()));
        }
        String lockState = lock.data().get().enabled() ? "Object Lock without a default retention" : "no Object Lock";
        String versionState = "Enabled".equals(versioning.data().get().status()) ? "versioning without MFA delete"
                : "versioning " + (versioning.data().get().status() == null ? "never enabled" : versioning.data().get().status());
        return Verdict.fail("Log files in bucket " + bucket.name() + where + " can be deleted: " + lockState + ", " + versionState + ".");
    }
}
