package io.irready.cli;

import io.irready.settings.IrreadyProperties;

/** Which role a live run assumes in the accounts it does not run in, and what to say when it is an administrator. */
final class AuditRole {

    /** The role AWS Organizations creates in the accounts it creates: a full administrator, not a read-only auditor. */
    static final String ADMINISTRATOR = "OrganizationAccountAccessRole";

    static final String ADMINISTRATOR_WARNING = "irready: warning: the audit role is " + ADMINISTRATOR + ", a full administrator of each "
            + "account; deploy the read-only irready-audit role (deploy/cloudformation/irready-audit-role-stackset.yml in the members, "
            + "irready-audit-role.yml in the management account) and set irready.scope.audit-role: irready-audit";

    private AuditRole() {
    }

    /** Whether accounts other than the caller's are read through the administrator role. */
    static boolean isAdministrator(IrreadyProperties.ScopeSettings scope) {
        return scope.source() != IrreadyProperties.Source.CALLER && ADMINISTRATOR.equals(scope.auditRole());
    }
}
