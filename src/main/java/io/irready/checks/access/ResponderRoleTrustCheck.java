package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;

import java.util.List;

/**
 * IR-ACC-03: responder roles trust only the configured principals, never *, and require MFA unless
 * federated. A trust policy the analysis cannot fully judge is UNKNOWN with the construct named.
 */
public final class ResponderRoleTrustCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(IamRoles.TYPE, null);
        var settings = context.settings(ResponderRoleSettings.class);
        Evidence<List<Role>> allRoles = account.get(IamRoles.TYPE).flatMap(IamRoles::roles);
        if (allRoles.data().isEmpty()) {
            return findings.unknown(null, "responder roles", "Roles could not be listed: " + allRoles.gap(), ref).toList();
        }
        List<Role> roles = ResponderRoleMatch.matching(allRoles.data().get(), settings.roles());
        if (roles.isEmpty()) {
            return findings.notApplicable(null, "responder roles", "No responder role exists (see IR-ACC-02).", ref).toList();
        }
        TrustAnalysis analysis = new TrustAnalysis(settings.trustedPrincipals());
        for (Role role : roles) {
            if (role.trustPolicyDocument() == null) {
                findings.unknown(null, role.arn(), "Role '" + role.name() + "' has no trust policy in the evidence.", ref);
                continue;
            }
            TrustPolicy policy;
            try {
                policy = TrustPolicyParser.parse(role.trustPolicyDocument());
            } catch (IllegalArgumentException e) {
                findings.unknown(null, role.arn(), "The trust policy of role '" + role.name() + "' could not be judged: " + e.getMessage() + ".", ref);
                continue;
            }
            TrustAnalysis.Result result = analysis.judge(policy);
            if (!result.problems().isEmpty()) {
                findings.fail(null, role.arn(), "Role '" + role.name() + "': " + String.join("; ", result.problems()) + ".", ref);
            } else if (!result.doubts().isEmpty()) {
                findings.unknown(null, role.arn(), "Role '" + role.name() + "': irready cannot judge " + String.join("; ", result.doubts()) + ".", ref);
            } else {
                findings.pass(null, role.arn(), "Only configured principals may assume the role, with MFA unless federated.", ref);
            }
        }
        return findings.toList();
    }
}
