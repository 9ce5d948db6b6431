package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A check of every bucket that receives the account's trail logs, judged from the settings read in the
 * audited account that owns it. A bucket no audited account owns is UNKNOWN.
 */
abstract class TrailBucketCheck extends BaseCheck {

    /**
     * @param bucket the bucket's settings and the audited account they were read in (its owner, where one owns it)
     * @param where " (read in account X, which owns the bucket)" or ""
     */
    protected abstract Verdict judge(LogBuckets.Found bucket, String where, AccountEvidence account, CheckContext context);

    @Override
    public final List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        CoveringTrails covering = CoveringTrails.of(account);
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        Map<String, String> bucketRegions = new TreeMap<>();
        covering.trails().forEach(t -> {
            if (t.trail().s3BucketName() != null) {
                bucketRegions.putIfAbsent(t.trail().s3BucketName(), t.trail().homeRegion());
            }
        });
        covering.unknownWhereUnread(findings, "trail buckets", ref);
        bucketRegions.forEach((name, region) -> {
            String resource = context.bucketArn(name);
            var found = LogBuckets.find(account, name);
            if (found.isEmpty()) {
                findings.unknown(region, resource, "The bucket's settings were not collected: no audited account owns it. Audit the account that "
                        + "holds it (often the log archive account).", ref);
            } else {
                findings.add(judge(found.get(), found.get().where(account), account, context), region, resource, found.get().ref());
            }
        });
        if (findings.isEmpty()) {
            findings.notApplicable(null, "trail buckets", "No trail delivers to S3 (see IR-LOG-01).", ref);
        }
        return findings.toList();
    }
}
