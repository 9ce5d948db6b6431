package io.irready.checks.logging;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.cloudtrail.LifecycleRule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * IR-LOG-08: no lifecycle rule on the S3 bucket of a trail that logs the account (its own or the
 * organization's) expires objects sooner than the retention policy. A bucket is judged from the
 * lifecycle read in the audited account that owns it.
 */
public final class TrailBucketRetentionCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-LOG-08",
            "CloudTrail bucket keeps logs for the retention period",
            Severity.MEDIUM,
            Area.LOG_RETENTION,
            "Intrusions are often found months after they began. If the trail bucket expires log files sooner "
                    + "than the retention policy, the record of the attacker's first steps is gone when it is needed. "
                    + "The AWS guide notes customers keep logs for up to seven years.",
            "Remove or lengthen lifecycle expiration on the trail bucket; move old logs to a cheaper storage class "
                    + "instead of deleting them:\n"
                    + "aws s3api get-bucket-lifecycle-configuration --bucket <bucket>\n"
                    + "aws s3api put-bucket-lifecycle-configuration --bucket <bucket> --lifecycle-configuration file://lifecycle.json\n"
                    + "where lifecycle.json transitions to GLACIER after 90 days and expires no sooner than the policy "
                    + "(irready.checks.log-retention.minimum-days).",
            List.of("AWS SIR Guide: Preparation - Logs (retention)", "NIST SP 800-61r2: Preparation (log retention policy)",
                    "CSF 2.0 PR.PS-04", "Well-Architected SEC04-BP01"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        String accountId = account.target().accountId();
        String ref = EvidenceFile.CLOUDTRAIL.ref(accountId, null);
        CoveringTrails covering = CoveringTrails.of(account);
        int minimumDays = context.settings().logRetention().minimumDays();
        Map<String, String> bucketRegions = new TreeMap<>();
        for (CoveringTrails.CoveringTrail candidate : covering.trails()) {
            if (candidate.trail().s3BucketName() != null) {
                bucketRegions.putIfAbsent(candidate.trail().s3BucketName(), candidate.trail().homeRegion());
            }
        }
        if (bucketRegions.isEmpty()) {
            if (!covering.gaps().isEmpty()) {
                return findings.unknown(EvidenceFile.GLOBAL, "account", "The trail buckets are not known; could not read "
                        + String.join("; ", covering.gaps()), ref).toList();
            }
            return findings.notApplicable(EvidenceFile.GLOBAL, "account", "The account has no trail delivering to S3 (see IR-LOG-01).", ref).toList();
        }
        covering.gaps().forEach(gap -> findings.unknown(EvidenceFile.GLOBAL, "account", "Some trail buckets may be missing; could not read "
                + gap, ref));
        bucketRegions.forEach((bucket, region) -> {
            String resource = "arn:aws:s3:::" + bucket;
            Evidence<List<LifecycleRule>> lifecycle = null;
            String where = "";
            String bucketRef = ref;
            var own = account.cloudTrail().data().map(c -> c.bucketLifecycles().get(bucket)).orElse(null);
            var elsewhere = account.organization().bucketLifecycle(bucket).orElse(null);
            if (own != null && (own.data().isPresent() || elsewhere == null)) {
                lifecycle = own;
            } else if (elsewhere != null) {
                lifecycle = elsewhere.rules();
                where = " (read in account " + elsewhere.ownerAccountId() + ", which owns the bucket)";
                bucketRef = EvidenceFile.CLOUDTRAIL.ref(elsewhere.ownerAccountId(), null);
            }
            if (lifecycle == null) {
                findings.unknown(region, resource, "The bucket's lifecycle configuration was not collected: the bucket is not owned by any "
                        + "audited account. Audit the account that holds it (often the log archive account).", ref);
            } else if (lifecycle.data().isEmpty()) {
                findings.unknown(region, resource, "The bucket's lifecycle configuration could not be read" + where + ": " + lifecycle.gap(), bucketRef);
            } else {
                List<String> shortRules = lifecycle.data().get().stream()
                        .filter(LifecycleRule::enabled)
                        .filter(rule -> rule.expirationDate() != null
                                || (rule.expirationDays() != null && rule.expirationDays() < minimumDays))
                        .map(TrailBucketRetentionCheck::describe)
                        .toList();
                if (shortRules.isEmpty()) {
                    findings.pass(region, resource, "No lifecycle rule expires objects within " + minimumDays + " days" + where + ".", bucketRef);
                } else {
                    findings.fail(region, resource, "Log files expire before the " + minimumDays + "-day retention policy" + where + ": "
                            + String.join("; ", shortRules) + ".", bucketRef);
                }
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
