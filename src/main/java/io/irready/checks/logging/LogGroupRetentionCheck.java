package io.irready.checks.logging;

import io.irready.checks.CheckContext;
import io.irready.checks.ResourceCheck;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.logs.LogsEvidence;
import io.irready.services.logs.LogsEvidence.LogGroup;

import java.util.List;

/** IR-LOG-09: every CloudWatch log group keeps events at least the configured number of days ("never expire" passes). */
public final class LogGroupRetentionCheck extends ResourceCheck<LogsEvidence, LogGroup> {

    @Override
    protected EvidenceType<LogsEvidence> evidence() {
        return LogsEvidence.TYPE;
    }

    @Override
    protected Evidence<List<LogGroup>> resources(LogsEvidence evidence) {
        return evidence.logGroups();
    }

    @Override
    protected String noun() {
        return "log groups";
    }

    @Override
    protected String resourceId(LogGroup group) {
        return group.arn() == null ? group.name() : group.arn();
    }

    @Override
    protected Verdict judge(LogGroup group, String region, AccountEvidence account, CheckContext context) {
        int minimumDays = context.settings(LogRetentionSettings.class).minimumDays();
        if (group.retentionInDays() == null) {
            return Verdict.pass("Events never expire.");
        }
        if (group.retentionInDays() >= minimumDays) {
            return Verdict.pass("Events are kept " + group.retentionInDays() + " days.");
        }
        return Verdict.fail("Log group '" + group.name() + "' keeps events only " + group.retentionInDays() + " days; the policy requires "
                + minimumDays + ".");
    }
}
