package io.irready.checks.logging;

import io.irready.checks.Area;
import io.irready.checks.Check;
import io.irready.checks.CheckContext;
import io.irready.checks.CheckMetadata;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Severity;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.Trail;

import java.util.List;

/** IR-LOG-03: every trail has log file integrity validation on. */
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
        if (account.cloudTrail().data().isEmpty()) {
            return findings.unknown(EvidenceFile.GLOBAL, "account", "Trails could not be read: " + account.cloudTrail().gap(), ref).toList();
        }
        CloudTrailEvidence cloudTrail = account.cloudTrail().data().get();
        cloudTrail.trailArnsByRegion().forEach((region, listed) -> {
            if (listed.data().isEmpty()) {
                findings.unknown(region, "trails in " + region, "Trails homed in this Region could not be listed: " + listed.gap(), ref);
            }
        });
        for (Trail trail : cloudTrail.trails()) {
            if (trail.logFileValidation()) {
                findings.pass(trail.homeRegion(), trail.arn(), "Log file validation is enabled.", ref);
            } else {
                findings.fail(trail.homeRegion(), trail.arn(), "Log file validation is disabled on trail '" + trail.name() + "'.", ref);
            }
        }
        if (findings.toList().isEmpty()) {
            findings.notApplicable(EvidenceFile.GLOBAL, "account", "The account has no trail (see IR-LOG-01).", ref);
        }
        return findings.toList();
    }
}
