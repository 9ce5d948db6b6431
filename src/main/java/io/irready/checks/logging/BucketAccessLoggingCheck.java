package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.ResourceCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.s3.S3Buckets;
import io.irready.services.s3.S3Buckets.Bucket;

import java.util.List;

/** IR-LOG-16: every S3 bucket logs its server access (who read, wrote or deleted which object). */
public final class BucketAccessLoggingCheck extends ResourceCheck<S3Buckets, Bucket> {

    @Override
    protected EvidenceType<S3Buckets> evidence() {
        return S3Buckets.TYPE;
    }

    @Override
    protected Evidence<List<Bucket>> resources(S3Buckets evidence) {
        return evidence.buckets();
    }

    @Override
    protected String noun() {
        return "S3 buckets";
    }

    @Override
    protected String resourceId(Bucket bucket) {
        return "arn:aws:s3:::" + bucket.name();
    }

    @Override
    protected Verdict judge(Bucket bucket, String region, AccountEvidence account, CheckContext context) {
        return Verdict.given(bucket.accessLogTarget(), "The logging of bucket " + bucket.name(), target -> target == null
                ? Verdict.fail("Bucket " + bucket.name() + " does not log its server access.")
                : Verdict.pass("Bucket " + bucket.name() + " logs its server access to " + target + "."));
    }
}
