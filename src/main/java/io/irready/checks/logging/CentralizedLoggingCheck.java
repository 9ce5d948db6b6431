package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Judgement;
import io.irready.checks.OrganizationAccountsSettings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;

import java.time.Duration;
import java.util.List;

/**
 * IR-LOG-06: the account's activity reaches a log store outside its own control: a trail that logs it (its own, or an
 * organization trail), is logging, delivered recently, and delivers to a bucket this account does not own (in the
 * configured log archive, when one is set). An organization trail is no exception: in the management account, whose
 * own trail it is, it keeps the logs inside unless its bucket lives elsewhere.
 */
public final class CentralizedLoggingCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        var logArchive = context.settings(OrganizationAccountsSettings.class).logArchive();
        Duration maxAge = Duration.ofHours(context.settings(LoggingSettings.class).deliveryMaxAgeHours());
        CoveringTrails covering = CoveringTrails.of(account);
        Judgement judgement = new Judgement();
        covering.gaps().forEach(judgement::gap);
        for (CoveringTrails.CoveringTrail trail : covering.trails()) {
            String bucket = trail.trail().s3BucketName();
            var status = trail.trail().status();
            if (bucket == null) {
                continue;
            }
            if (!status.isCollected()) {
                judgement.gap("the status of the " + trail.describe() + ": " + status.gap());
                continue;
            }
            var last = status.data().map(s -> s.latestDeliveryTime()).orElse(null);
            if (status.data().map(s -> !s.logging()).orElse(true)) {
                judgement.problem("the " + trail.describe() + " is not logging");
            } else if (last == null || last.isBefore(context.evaluatedAt().minus(maxAge))) {
                judgement.problem("the " + trail.describe() + " delivered nothing to S3 in " + maxAge.toHours() + " hours");
            } else {
                outside(account, trail, bucket, logArchive.id(), judgement);
            }
        }
        return findings(account).add(judgement.verdict("Logs stay in the account, where an intruder with its administrator can delete them, "
                + "or reach no store at all"), null, "account", account.ref(CloudTrailEvidence.TYPE, null)).toList();
    }

    /** Whether the trail's bucket is outside the account (and in the log archive, when one is configured). */
    private static void outside(AccountEvidence account, CoveringTrails.CoveringTrail trail, String bucket, String logArchive,
                                Judgement judgement) {
        var owned = account.get(CloudTrailEvidence.TYPE).flatMap(CloudTrailEvidence::ownedBuckets);
        if (!owned.isCollected()) {
            judgement.gap("whether bucket " + bucket + " is this account's: " + owned.gap());
            return;
        }
        if (owned.data().get().contains(bucket)) {
            judgement.problem("the " + trail.describe() + " delivers to bucket " + bucket + " in this account");
            return;
        }
        var found = LogBuckets.find(account, bucket).filter(f -> !f.accountId().equals(account.accountId()));
        if (logArchive.isEmpty()) {
            judgement.pass("The " + trail.describe() + " is logging and delivers to bucket " + bucket + ", which this account does not own"
                    + found.map(f -> " (account " + f.accountId() + " does)").orElse("") + ".");
            return;
        }
        if (found.isEmpty()) {
            judgement.gap("the owner of bucket " + bucket + " (no audited account owns it; the log archive " + logArchive + " should)");
        } else if (found.get().accountId().equals(logArchive)) {
            judgement.pass("The " + trail.describe() + " is logging and delivers to bucket " + bucket + " in the log archive " + logArchive + ".");
        } else {
            judgement.problem("the " + trail.describe() + " delivers to bucket " + bucket + " in account " + found.get().accountId()
                    + ", not the log archive " + logArchive);
        }
    }
}
