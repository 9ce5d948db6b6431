package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Findings;
import io.irready.checks.Finding;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.services.cloudtrail.Trail;

import java.util.List;

/** IR-LOG-03: every trail that logs the account, its own and the organization's, has log file integrity validation on. */
public final class LogFileValidationCheck extends BaseCheck {



    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        var own = account.get(CloudTrailEvidence.TYPE);
        own.data().ifPresentOrElse(cloudTrail -> cloudTrail.trailArnsByRegion().forEach((region, listed) -> {
            if (listed.data().isEmpty()) {
                findings.unknown(region, "trails in " + region, "Trails homed in this Region could not be listed: " + listed.gap(), ref);
            }
        }), () -> findings.unknown(null, "account", "Trails could not be read: " + own.gap(), ref));
        var organizationTrails = account.organization().organizationTrails();
        if (organizationTrails.data().isEmpty()) {
            findings.unknown(null, "organization trails", "The organization's trails could not be read: "
                    + organizationTrails.gap(), EvidenceBundle.ORGANIZATION);
        }
        for (CoveringTrails.CoveringTrail candidate : CoveringTrails.of(account).trails()) {
            Trail trail = candidate.trail();
            String subject = candidate.organizationTrail() ? "the " + candidate.describe() + ", which logs this account," : "trail '" + trail.name() + "'";
            if (trail.logFileValidation()) {
                findings.pass(trail.homeRegion(), trail.arn(), "Log file validation is enabled on " + subject + ".", candidate.ref());
            } else {
                findings.fail(trail.homeRegion(), trail.arn(), "Log file validation is disabled on " + subject + ".", candidate.ref());
            }
        }
        if (findings.toList().isEmpty()) {
            findings.notApplicable(null, "account", "The account has no trail (see IR-LOG-01).", ref);
        }
        return findings.toList();
    }
}
