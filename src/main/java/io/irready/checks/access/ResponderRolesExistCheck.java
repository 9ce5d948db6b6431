package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.access.ResponderRoleSettings.RoleSpec;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;

import java.util.List;
import java.util.Locale;

/** IR-ACC-02: each configured responder role (name or pattern) exists in the account. */
public final class ResponderRolesExistCheck extends BaseCheck {



    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(IamRoles.TYPE, null);
        Evidence<List<Role>> roles = account.get(IamRoles.TYPE).flatMap(IamRoles::roles);
        for (RoleSpec spec : context.settings(ResponderRoleSettings.class).roles()) {
            String resource = "role " + spec.name();
            String kind = spec.kind().name().toLowerCase(Locale.ROOT);
            if (roles.data().isEmpty()) {
                findings.unknown(null, resource, "Roles could not be listed: " + roles.gap(), ref);
                continue;
            }
            List<String> matches = roles.data().get().stream().filter(r -> spec.matches(r.name())).map(Role::arn).toList();
            if (matches.isEmpty()) {
                findings.fail(null, resource, "No " + kind + " role named '" + spec.name() + "' exists.", ref);
            } else {
                findings.pass(null, resource, "The " + kind + " role exists: " + String.join(", ", matches) + ".", ref);
            }
        }
        return findings.toList();
    }
}
