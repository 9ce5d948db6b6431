package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.access.ResponderRoleSettings.RoleKind;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.Evidence;
import io.irready.services.iam.IamRoles;
import io.irready.services.iam.Role;
import io.irready.services.iam.Role.AttachedPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-ACC-04: the investigator role has read access for investigation (one of the configured
 * policies, by default SecurityAudit or ViewOnlyAccess) and is not an administrator.
 */
public final class InvestigatorReadAccessCheck extends BaseCheck {


    private static final String ADMINISTRATOR_ACCESS = "AdministratorAccess";


    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        String ref = account.ref(IamRoles.TYPE, null);
        var settings = context.settings(ResponderRoleSettings.class);
        Evidence<List<Role>> allRoles = account.get(IamRoles.TYPE).flatMap(IamRoles::roles);
        if (allRoles.data().isEmpty()) {
            return findings.unknown(null, "investigator roles", "Roles could not be listed: " + allRoles.gap(), ref).toList();
        }
        List<Role> investigators = ResponderRoleMatch.ofKind(allRoles.data().get(), settings.roles(), RoleKind.INVESTIGATOR);
        if (investigators.isEmpty()) {
            return findings.notApplicable(null, "investigator roles", "No investigator role exists (see IR-ACC-02).", ref).toList();
        }
        List<String> accepted = settings.investigatorPolicies();
        for (Role role : investigators) {
            if (role.attachedPolicies() == null || role.inlinePolicyNames() == null) {
                findings.unknown(null, role.arn(), "The role's policies were not collected: it did not match "
                        + "the responder-role patterns configured when the evidence was collected.", ref);
                continue;
            }
            if (role.attachedPolicies().data().isEmpty() || role.inlinePolicyNames().data().isEmpty()) {
                String gap = role.attachedPolicies().data().isEmpty() ? role.attachedPolicies().gap() : role.inlinePolicyNames().gap();
                findings.unknown(null, role.arn(), "The role's policies could not be read: " + gap, ref);
                continue;
            }
            List<AttachedPolicy> attached = role.attachedPolicies().data().get();
            List<String> readPolicies = new ArrayList<>();
            attached.stream().filter(p -> accepted.contains(p.name()) || accepted.contains(p.arn())).forEach(p -> readPolicies.add(p.name()));
            role.inlinePolicyNames().data().get().stream().filter(accepted::contains).forEach(readPolicies::add);
            boolean admin = attached.stream().anyMatch(p -> ADMINISTRATOR_ACCESS.equals(p.name()));
            if (admin) {
                findings.fail(null, role.arn(), "Investigator role '" + role.name()
                        + "' has AdministratorAccess; an investigator role should be read-only.", ref);
            } else if (readPolicies.isEmpty()) {
                findings.fail(null, role.arn(), "Investigator role '" + role.name() + "' has none of the read-access policies "
                        + String.join(", ", accepted) + ".", ref);
            } else {
                findings.pass(null, role.arn(), "Read access through " + String.join(", ", readPolicies) + ".", ref);
            }
        }
        return findings.toList();
    }
}
