package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.LogBucket;
import io.irready.services.s3.AccountPublicAccessBlock;
import io.irready.services.s3.PublicAccessBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-05: every trail bucket blocks all public access, by its own Block Public Access or the account's (which applies to
 * every bucket of the account that owns it), its policy grants no public access, and its own access is logged (who read
 * or deleted logs is itself evidence).
 */
public final class TrailBucketHardenedCheck extends TrailBucketCheck {

    @Override
    protected Verdict judge(LogBuckets.Found found, String where, AccountEvidence account, CheckContext context) {
        LogBucket bucket = found.bucket();
        List<String> gaps = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        PublicAccessBlock inForce = inForce(bucket, ownerBlock(found, account), gaps);
        if (inForce != null && !inForce.blocksAll()) {
            problems.add("neither its own nor its account's Block Public Access blocks all four kinds of public access");
        }
        if (!bucket.policyIsPublic().isCollected()) {
            gaps.add(bucket.policyIsPublic().gap());
        } else if (bucket.policyIsPublic().data().orElse(false)) {
            // A public policy grants nothing public while RestrictPublicBuckets is on.
            if (inForce == null) {
                gaps.add("its bucket policy is public, and whether Block Public Access restricts it is not known");
            } else if (!inForce.restrictPublicBuckets()) {
                problems.add("its bucket policy makes it public");
            }
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

    /** The account block of the account the bucket's settings were read in (its owner). */
    private static Evidence<PublicAccessBlock> ownerBlock(LogBuckets.Found found, AccountEvidence account) {
        Evidence<AccountPublicAccessBlock> owner = found.accountId().equals(account.accountId()) ? account.get(AccountPublicAccessBlock.TYPE)
                : account.organization().of(AccountPublicAccessBlock.TYPE, found.accountId(), null)
                .orElse(new Evidence.Failed<>("s3:GetAccountPublicAccessBlock", "account " + found.accountId() + " is not audited"));
        return owner.flatMap(AccountPublicAccessBlock::block);
    }

    /** The settings in force for the bucket; null (a gap added) when a bucket that does not block everything itself meets an unread account block. */
    private static PublicAccessBlock inForce(LogBucket bucket, Evidence<PublicAccessBlock> accountBlock, List<String> gaps) {
        if (!bucket.publicAccessBlock().isCollected()) {
            gaps.add(bucket.publicAccessBlock().gap());
            return null;
        }
        PublicAccessBlock own = bucket.publicAccessBlock().data().orElse(PublicAccessBlock.NONE);
        if (own.blocksAll()) {
            return own;
        }
        if (!accountBlock.isCollected()) {
            gaps.add("the account-level Block Public Access: " + accountBlock.gap());
            return null;
        }
        return own.with(accountBlock.data().orElse(PublicAccessBlock.NONE));
    }
}
