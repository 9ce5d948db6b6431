package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Findings;
import io.irready.checks.Finding;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.services.cloudtrail.LifecycleRule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IR-LOG-08: no lifecycle rule on the S3 bucket of a trail that logs the account (its own or the
 * organization's) expires objects sooner than the retention policy. A bucket is judged from the
 * lifecycle read in the audited account that owns it.
 */
public final class TrailBucketRetentionCheck extends BaseCheck {



    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        CoveringTrails covering = CoveringTrails.of(account);
        int minimumDays = context.settings(LogRetentionSettings.class).minimumDays();
        Map<String, String> bucketRegions = new TreeMap<>();
        for (CoveringTrails.CoveringTrail candidate : covering.trails()) {
            if (candidate.trail().s3BucketName() != null) {
                bucketRegions.putIfAbsent(candidate.trail().s3BucketName(), candidate.trail().homeRegion());
            }
        }
        if (bucketRegions.isEmpty()) {
            if (!covering.gaps().isEmpty()) {
                return findings.unknown(null, "account", "The trail buckets are not known; could not read "
                        + String.join("; ", covering.gaps()), ref).toList();
            }
            return findings.notApplicable(null, "account", "The account has no trail delivering to S3 (see IR-LOG-01).", ref).toList();
        }
        covering.unknownWhereUnread(findings, "trail buckets", ref);
        bucketRegions.forEach((bucket, region) -> {
            String resource = context.bucketArn(bucket);
            var found = LogBuckets.find(account, bucket);
            if (found.isEmpty()) {
                findings.unknown(region, resource, "The bucket's lifecycle configuration was not collected: the bucket is not owned by any "
                        + "audited account. Audit the account that holds it (often the log archive account).", ref);
                return;
            }
            var lifecycle = found.get().bucket().lifecycle();
            String where = found.get().where(account);
            if (lifecycle.data().isEmpty()) {
                findings.unknown(region, resource, "The bucket's lifecycle configuration could not be read" + where + ": " + lifecycle.gap(),
                        found.get().ref());
                return;
            }
            List<String> shortRules = lifecycle.data().get().stream()
                    .filter(LifecycleRule::enabled)
                    .filter(rule -> rule.expirationDate() != null || (rule.expirationDays() != null && rule.expirationDays() < minimumDays))
                    .map(TrailBucketRetentionCheck::describe)
                    .toList();
            if (shortRules.isEmpty()) {
                findings.pass(region, resource, "No lifecycle rule expires objects within " + minimumDays + " days" + where + ".", found.get().ref());
            } else {
                findings.fail(region, resource, "Log files expire before the " + minimumDays + "-day retention policy" + where + ": "
                        + String.join("; ", shortRules) + ".", found.get().ref());
            }
        });
        return findings.toList();
    }

    private static String describe(LifecycleRule rule) {
        String scope = rule.filter() == null || rule.filter().isEmpty() ? "whole bucket" : rule.filter();
        String when = rule.expirationDate() != null
                ? "expires all objects on " + rule.expirationDate()
                : "expires objects after " + rule.expirationDays() + " days";
        return "rule '" + rule.id() + "' (" + scope + ") " + when;
    }
}
