package io.irready.checks.contacts;

import io.irready.checks.AccountCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.support.SupportPlan;

import java.util.List;

/**
 * IR-PROC-03: the support plan lets responders open an "urgent" (Business) or "critical" (Enterprise) case;
 * the Basic plan, which answers SubscriptionRequiredException, and the Developer plan do not.
 */
public final class SupportPlanCheck extends AccountCheck<SupportPlan> {

    private static final List<String> URGENT = List.of("urgent", "critical");

    @Override
    protected EvidenceType<SupportPlan> evidence() {
        return SupportPlan.TYPE;
    }

    @Override
    protected String resource() {
        return "support plan";
    }

    @Override
    protected Verdict judge(SupportPlan plan, AccountEvidence account, CheckContext context) {
        return Verdict.given(plan.subscribed(), "The support severity levels", subscribed -> {
            if (!Boolean.TRUE.equals(subscribed)) {
                return Verdict.fail("The account has the Basic support plan: no technical case can be opened during an incident.");
            }
            var urgent = plan.severityLevels().stream().filter(URGENT::contains).toList();
            return urgent.isEmpty()
                    ? Verdict.fail("The support plan offers only " + String.join(", ", plan.severityLevels())
                    + " cases; an incident needs urgent (Business) or critical (Enterprise).")
                    : Verdict.pass("The support plan allows " + String.join(" and ", urgent) + " cases.");
        });
    }
}
