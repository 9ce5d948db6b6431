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
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.LifecycleRule;
import io.irready.evidence.cloudtrail.Trail;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** IR-LOG-08: no lifecycle rule on a trail's S3 bucket expires objects sooner than the retention policy. */
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
        String ref = EvidenceFile.CLOUDTRAIL.ref(account.target().accountId(), null);
        if (account.cloudTrail().data().isEmpty()) {
            return findings.unknown(EvidenceFile.GLOBAL, "account", "Trails could not be read: " + account.cloudTrail().gap(), ref).toList();
        }
        CloudTrailEvidence cloudTrail = account.cloudTrail().data().get();
        int minimumDays = context.settings().logRetention().minimumDays();
        Map<String, String> bucketRegions = new TreeMap<>();
        for (Trail trail : cloudTrail.trails()) {
            if (trail.s3BucketName() != null) {
                bucketRegions.putIfAbsent(trail.s3BucketName(), trail.homeRegion());
            }
        }
        if (bucketRegions.isEmpty()) {
            return findings.notApplicable(EvidenceFile.GLOBAL, "account", "The account has no trail delivering to S3 (see IR-LOG-01).", ref).toList();
        }
        bucketRegions.forEach((bucket, region) -> {
            String resource = "arn:aws:s3:::" + bucket;
            Evidence<List<LifecycleRule>> lifecycle = cloudTrail.bucketLifecycles().get(bucket);
            if (lifecycle == null) {
                findings.unknown(region, resource, "The bucket's lifecycle configuration was not collected.", ref);
            } else if (lifecycle.data().isEmpty()) {
                findings.unknown(region, resource, "The bucket's lifecycle configuration could not be read: " + lifecycle.gap(), ref);
            } else {
                List<String> shortRules = lifecycle.data().get().stream()
                        .filter(LifecycleRule::enabled)
                        .filter(rule -> rule.expirationDate() != null
                                || (rule.expirationDays() != null && rule.expirationDays() < minimumDays))
                        .map(TrailBucketRetentionCheck::describe)
                        .toList();
                if (shortRules.isEmpty()) {
                    findings.pass(region, resource, "No lifecycle rule expires objects within " + minimumDays + " days.", ref);
                } else {
                    findings.fail(region, resource, "Log files expire before the " + minimumDays + "-day retention policy: "
                            + String.join("; ", shortRules) + ".", ref);
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
