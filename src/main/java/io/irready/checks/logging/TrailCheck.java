package io.irready.checks.logging;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.cloudtrail.CloudTrailEvidence;

import java.util.List;

/**
 * A check of every trail that logs the account, its own and the organization's: one finding per trail.
 * Trails that could not be read are UNKNOWN, and so is each Region whose trails could not be listed; an account with
 * no trail is NOT_APPLICABLE (IR-LOG-01 fails it).
 */
abstract class TrailCheck extends BaseCheck {

    protected abstract Verdict judge(CoveringTrails.CoveringTrail trail, AccountEvidence account, CheckContext context);

    @Override
    public final List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        CoveringTrails covering = CoveringTrails.of(account);
        String ref = account.ref(CloudTrailEvidence.TYPE, null);
        covering.unknownWhereUnread(findings, "trails", ref);
        for (CoveringTrails.CoveringTrail trail : covering.trails()) {
            findings.add(judge(trail, account, context), trail.trail().homeRegion(), trail.trail().arn(), trail.ref());
        }
        if (findings.isEmpty()) {
            findings.notApplicable(null, "trails", "The account has no trail (see IR-LOG-01).", ref);
        }
        return findings.toList();
    }
}
