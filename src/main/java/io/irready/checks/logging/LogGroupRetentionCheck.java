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
import io.irready.evidence.RegionEvidence;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.logs.LogsEvidence.LogGroup;

import java.util.List;

/** IR-LOG-09: every CloudWatch log group keeps events at least the configured number of days. */
public final class LogGroupRetentionCheck implements Check {

    public static final CheckMetadata METADATA = new CheckMetadata(
            "IR-LOG-09",
            "CloudWatch Logs retention meets policy",
            Severity.MEDIUM,
            Area.LOG_RETENTION,
            "VPC flow logs, DNS query logs, Lambda and application logs often land in CloudWatch Logs. A short "
                    + "retention setting silently deletes them before an investigation reaches back that far.",
            "Set retention to at least the policy (irready.checks.log-retention.minimum-days), or export to S3 first:\n"
                    + "aws logs put-retention-policy --log-group-name <group> --retention-in-days 400\n"
                    + "Console: CloudWatch > Log groups > <group> > Actions > Edit retention setting.",
            List.of("AWS SIR Guide: Preparation - Logs (retention)", "NIST SP 800-61r2: Preparation (log retention policy)",
                    "CSF 2.0 PR.PS-04", "Security Hub CloudWatch.16"));

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = Findings.of(METADATA, account.target());
        int minimumDays = context.settings().logRetention().minimumDays();
        for (RegionEvidence region : account.regions()) {
            String ref = EvidenceFile.LOGS.ref(account.target().accountId(), region.region());
            Evidence<List<LogGroup>> groups = region.logs().flatMap(LogsEvidence::logGroups);
            if (groups.data().isEmpty()) {
                findings.unknown(region.region(), "log groups in " + region.region(), "Log groups could not be listed: " + groups.gap(), ref);
                continue;
            }
            if (groups.data().get().isEmpty()) {
                findings.notApplicable(region.region(), "log groups in " + region.region(), "The Region has no log groups.", ref);
            }
            for (LogGroup group : groups.data().get()) {
                String resource = group.arn() == null ? group.name() : group.arn();
                if (group.retentionInDays() == null) {
                    findings.pass(region.region(), resource, "Events never expire.", ref);
                } else if (group.retentionInDays() >= minimumDays) {
                    findings.pass(region.region(), resource, "Events are kept " + group.retentionInDays() + " days.", ref);
                } else {
                    findings.fail(region.region(), resource, "Log group '" + group.name() + "' keeps events only "
                            + group.retentionInDays() + " days; the policy requires " + minimumDays + ".", ref);
                }
            }
        }
        return findings.toList();
    }
}
