package io.irready.collect;

import io.irready.evidence.EvidenceType;
import io.irready.scope.ScopeResolver;
import io.irready.services.account.AccountRegions;
import io.irready.services.organizations.OrganizationCollector;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The IAM policy the audit role needs in every audited account: exactly the actions the collectors declare
 * for their evidence types, the reads of each account's Regions, the caller-identity and alias reads of scope
 * resolution, and the organization facts read in the caller's account or another account's audit role. Generated, so the
 * shipped {@code deploy/iam/irready-audit-policy.json} can be compared with it.
 */
public final class AuditPolicy {

    private AuditPolicy() {
    }

    public static SortedSet<String> actions() {
        SortedSet<String> actions = new TreeSet<>(ScopeResolver.ACCOUNT_ACTIONS);
        actions.addAll(AccountRegions.TYPE.actions());
        actions.addAll(OrganizationCollector.AUDIT_ACTIONS);
        for (EvidenceType<?> type : CollectorRegistry.types()) {
            actions.addAll(type.actions());
        }
        return actions;
    }

    /** The policy document, one action per line, as {@code irready policy} prints it. */
    public static String json() {
        StringBuilder json = new StringBuilder("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "IrreadyReadOnlyAudit",
                      "Effect": "Allow",
                      "Action": [
                """);
        List<String> actions = List.copyOf(actions());
        for (int i = 0; i < actions.size(); i++) {
            json.append("        \"").append(actions.get(i)).append('"').append(i < actions.size() - 1 ? "," : "").append('\n');
        }
        return json.append("""
                      ],
                      "Resource": "*"
                    }
                  ]
                }
                """).toString();
    }
}
