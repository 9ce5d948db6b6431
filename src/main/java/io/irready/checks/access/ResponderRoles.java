package io.irready.checks.access;

import io.irready.checks.CheckSettings.RoleKind;
import io.irready.checks.CheckSettings.RoleSpec;
import io.irready.evidence.iam.Role;

import java.util.List;

/** Selects the audited account's roles that match the configured responder-role specs. */
final class ResponderRoles {

    private ResponderRoles() {
    }

    static List<Role> matching(List<Role> roles, List<RoleSpec> specs) {
        return roles.stream().filter(role -> specs.stream().anyMatch(spec -> spec.matches(role.name()))).toList();
    }

    static List<Role> ofKind(List<Role> roles, List<RoleSpec> specs, RoleKind kind) {
        return matching(roles, specs.stream().filter(spec -> spec.kind() == kind).toList());
    }
}
