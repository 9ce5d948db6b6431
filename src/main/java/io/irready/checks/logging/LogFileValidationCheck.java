package io.irready.checks.logging;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.cloudtrail.Trail;

import java.util.List;

/** IR-LOG-03: every trail that logs the account, its own and the organization's, has log file integrity validation on. */
public final class LogFileValidationCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-LOG-03",
            "CloudTrail log file integrity validation",
            Severity.MEDIUM,
            Area.CLOUDTRAIL,
            "Validation makes CloudTrail write signed digest files, so responders and auditors can prove that "
                    + "log files were not changed or deleted after delivery, which is what makes logs usable as evidence.",
            "Turn validation on for each trail:\n"
                    + "aws cloudtrail update-trail --name <trail> --enable-log-file-validation\n"
                    + "Console: CloudTrail > Trails > <trail> > General details > Edit > Log file validation: Enabled.\n"
                    + "Verify later with: aws cloudtrail validate-logs --trail-arn <arn> --start-time <time>",
            List.of("AWS SIR Guide: Preparation - Logs", "NIST SP 800-61r2: Preparation, Post-Incident Activity",
                    "CSF 2.0 RS.AN-07", "CIS AWS Foundations 3.2", "Security Hub CloudTrail.4"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        String ref = EvidenceFile.CLOUDTRAIL.ref(account.target().accountId(), null);
        account.cloudTrail().data().ifPresentOrElse(cloudTrail -> cloudTrail.trailArnsByRegion().forEach((region, listed) -> {
            if (listed.data().isEmpty()) {
                findings.unknown(region, "trails in " + region, "Trails homed in this Region could not be listed: " + listed.gap(), ref);
            }
        }), () -> findings.unknown(EvidenceFile.GLOBAL, "account", "Trails could not be read: " + account.cloudTrail().gap(), ref));
        var organizationTrails = account.organization().organizationTrails();
        if (organizationTrails.data().isEmpty()) {
            findings.unknown(EvidenceFile.GLOBAL, "organization trails", "The organization's trails could not be read: "
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
            findings.notApplicable(EvidenceFile.GLOBAL, "account", "The account has no trail (see IR-LOG-01).", ref);
        }
        return findings.toList();
    }
}
