package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.services.cloudtrail.LogBucket;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-05: every trail bucket blocks all public access, its policy is not public, and its own access is
 * logged (who read or deleted logs is itself evidence).
 */
public final class TrailBucketHardenedCheck extends TrailBucketCheck {

    @Override
    protected Verdict judge(LogBucket bucket, String where, CheckContext context) {
        List<String> gaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (bucket.publicAccessBlock().data().isEmpty()) {
            gaps.add(bucket.publicAccessBlock().gap());
        } else if (!bucket.publicAccessBlock().data().get().blocksAll()) {
            problems.add("its public access block does not block all four kinds of public access");
        }
        if (bucket.policyIsPublic().data().isEmpty()) {
            gaps.add(bucket.policyIsPublic().gap());
        } else if (bucket.policyIsPublic().data().get()) {
            problems.add("its bucket policy makes it public");
        }
        if (!bucket.accessLogTarget().isCollected()) {
            gaps.add(bucket.accessLogTarget().gap());
        } else if (bucket.accessLogTarget().data().isEmpty()) {
            problems.add("its server access is not logged");
        }
        if (!problems.isEmpty()) {
            return Verdict.fail("Bucket " + bucket.name() + where + ": " + String.join("; ", problems) + ".");
        }
        if (!gaps.isEmpty()) {
            return Verdict.unknown("Bucket " + bucket.name() + where + " could not be fully assessed: " + String.join("; ", gaps));
        }
        return Verdict.pass("Bucket " + bucket.name() + where + " blocks public access and logs its server access to "
                + bucket.accessLogTarget().data().get() + ".");
    }
}
