package io.irready.checks.detection;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.services.logs.LogsEvidence;

import java.util.List;

/**
 * IR-DET-09: each activity of CIS AWS Foundations v5.0 4.1 to 4.15 alerts a person, through a metric
 * filter and alarm on the trail's log group or through equivalent EventBridge rules (which Security Hub's
 * newer CIS standards prefer); one finding per activity.
 */
public final class CisMonitoringCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        AlertCoverage coverage = new AlertCoverage(account, context);
        String ref = account.firstRef(LogsEvidence.TYPE);
        for (CisMonitoringControl control : CisMonitoringControl.values()) {
            findings.add(coverage.judge(control.activity() + " (CIS " + control.cisId() + ")", control.samples(), control.global()), null,
                    "CIS " + control.cisId() + " " + control.activity(), ref);
        }
        return findings.toList();
    }
}
