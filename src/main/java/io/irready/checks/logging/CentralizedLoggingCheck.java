package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.OrganizationAccountsSettings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-LOG-06: the account's activity reaches a log store outside its own control: an organization trail,
 * or a trail whose bucket is owned by another audited account (the configured log archive, if any).
 */
public final class CentralizedLoggingCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        var logArchive = context.settings(OrganizationAccountsSettings.class).logArchive();
        CoveringTrails covering = CoveringTrails.of(account);
        List<String> local = new ArrayList<>();
        List<String> unknown = new ArrayList<>(covering.gaps());
        for (CoveringTrails.CoveringTrail trail : covering.trails()) {
            if (trail.organizationTrail() || trail.trail().organizationTrail()) {
                return findings.pass(null, trail.trail().arn(), "The account is logged by the " + trail.describe()
                        + ", which the management account controls.", trail.ref()).toList();
            }
            String bucket = trail.trail().s3BucketName();
            if (bucket == null) {
                continue;
            }
            var found = LogBuckets.find(account, bucket);
            if (found.isEmpty()) {
                unknown.add("the owner of bucket " + bucket + " (no audited account owns it)");
                continue;
            }
            String owner = found.get().accountId();
            boolean central = !owner.equals(account.accountId())
                    && (logArchive.id().isEmpty() || logArchive.id().equals(owner));
            if (central) {
                return findings.pass(null, trail.trail().arn(), "The " + trail.describe() + " delivers to bucket " + bucket
                        + " in account " + owner + ", outside this account.", found.get().ref()).toList();
            }
            local.add("the " + trail.describe() + " delivers to bucket " + bucket + " in account " + owner
                    + (logArchive.id().isEmpty() ? "" : ", not the log archive " + logArchive.id()));
        }
        if (!unknown.isEmpty()) {
            return findings.unknown(null, "account", "Whether logs leave the account is not known; could not determine "
                    + String.join("; ", unknown) + (local.isEmpty() ? "" : "; and " + String.join("; ", local)), ref).toList();
        }
        return findings.fail(null, "account", local.isEmpty()
                ? "No trail delivers the account's logs anywhere (see IR-LOG-01)."
                : "Logs stay in the account, where an intruder with its administrator can delete them: " + String.join("; ", local) + ".", ref)
                .toList();
    }
}
