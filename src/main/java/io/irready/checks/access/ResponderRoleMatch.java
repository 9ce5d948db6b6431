package io.irready.checks.access;

import io.irready.checks.access.ResponderRoleSettings.RoleKind;
import io.irready.checks.access.ResponderRoleSettings.RoleSpec;
import io.irready.services.iam.Role;

import java.util.List;

/** Selects the audited account's roles that match the configured responder-role specs. */
final class ResponderRoleMatch {

    private ResponderRoleMatch() {
    }

    static List<Role> matching(List<Role> roles, List<RoleSpec> specs) {
        return roles.stream().filter(role -> specs.stream().anyMatch(spec -> spec.matches(role.name()))).toList();
    }

    static List<Role> ofKind(List<Role> roles, List<RoleSpec> specs, RoleKind kind) {
        return matching(roles, specs.stream().filter(spec -> spec.kind() == kind).toList());
    }
}
