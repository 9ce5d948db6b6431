package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;

/** IR-LOG-03: every trail that logs the account, its own and the organization's, has log file integrity validation on. */
public final class LogFileValidationCheck extends TrailCheck {

    @Override
    protected Verdict judge(CoveringTrails.CoveringTrail trail, AccountEvidence account, CheckContext context) {
        String subject = trail.organizationTrail() ? "the " + trail.describe() + ", which logs this account," : "trail '" + trail.trail().name() + "'";
        return trail.trail().logFileValidation()
                ? Verdict.pass("Log file validation is enabled on " + subject + ".")
                : Verdict.fail("Log file validation is disabled on " + subject + ".");
    }
}
