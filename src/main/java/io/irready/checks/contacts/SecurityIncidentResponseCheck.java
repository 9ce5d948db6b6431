package io.irready.checks.contacts;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Judgement;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.securityir.SecurityIncidentResponse;
import io.irready.services.securityir.SecurityIncidentResponse.Membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IR-PROC-04: an active AWS Security Incident Response membership covers the account (its own, or one in
 * another audited account that covers the entire organization), with at least two people on its incident
 * response team. Optional service, hence low severity.
 */
public final class SecurityIncidentResponseCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Judgement judgement = new Judgement();
        Map<String, Evidence<SecurityIncidentResponse>> sources = new LinkedHashMap<>();
        account.regions().forEach(region -> sources.put(account.accountId() + "/" + region, account.get(SecurityIncidentResponse.TYPE, region)));
        account.organization().shared(SecurityIncidentResponse.TYPE).forEach(sources::putIfAbsent);
        sources.forEach((where, evidence) -> {
            boolean own = where.startsWith(account.accountId() + "/");
            var memberships = evidence.flatMap(SecurityIncidentResponse::memberships);
            if (memberships.notOffered()) {
                return; // the service does not exist in that Region: no membership there, and nothing unread
            }
            if (memberships.data().isEmpty()) {
                if (own) {
                    judgement.gap(where + ": " + memberships.gap());
                }
                return;
            }
            for (Membership m : memberships.data().get()) {
                if (m.unread() != null) {
                    judgement.gap("membership " + m.id() + " in " + where + ": " + m.unread());
                    continue;
                }
                if (!own && !m.wholeOrganization()) {
                    continue;
                }
                if (!"Active".equalsIgnoreCase(m.status())) {
                    judgement.problem("membership " + m.id() + " in " + where + " is " + m.status());
                } else if (m.teamSize() < 2) {
                    judgement.problem("membership " + m.id() + " in " + where + " has " + m.teamSize() + " person on its response team");
                } else {
                    judgement.pass("Security Incident Response membership " + m.id() + " (" + where + ") is active with " + m.teamSize()
                            + " responders" + (own ? "." : ", covering the entire organization."));
                }
            }
        });
        return findings(account).add(judgement.verdict("No active AWS Security Incident Response membership covers the account"), null,
                "Security Incident Response membership", account.firstRef(SecurityIncidentResponse.TYPE)).toList();
    }
}
