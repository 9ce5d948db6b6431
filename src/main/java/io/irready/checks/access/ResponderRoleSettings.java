package io.irready.checks.access;

import io.irready.checks.CheckSettings;
import io.irready.checks.NamePattern;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code irready.checks.responder-roles}: the roles responders use (names or patterns with their kind),
 * who may assume them ({@code trustedPrincipals}: account ids or principal/provider ARNs), the policies
 * that give an investigator read access, and how recently a responder role must have been used (an
 * exercise leaves that trace).
 */
@CheckSettings.Section("responder-roles")
public record ResponderRoleSettings(List<RoleSpec> roles,
                                    List<String> trustedPrincipals,
                                    List<String> investigatorPolicies,
                                    int usedWithinDays) implements CheckSettings {

    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@*?-]{1,64}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern PRINCIPAL_ARN = Pattern.compile(
            "arn:aws[a-z-]*:(iam::\\d{12}:(root|role/.+|user/.+|saml-provider/.+|oidc-provider/.+)|sts::\\d{12}:assumed-role/.+)");

    public ResponderRoleSettings {
        roles = roles == null ? List.of() : List.copyOf(roles);
        trustedPrincipals = trustedPrincipals == null ? List.of() : List.copyOf(trustedPrincipals);
        investigatorPolicies = investigatorPolicies == null ? List.of() : List.copyOf(investigatorPolicies);
    }

    public boolean isResponderRole(String roleName) {
        return roles.stream().anyMatch(spec -> spec.matches(roleName));
    }

    /** A role name, or a pattern with {@code *} and {@code ?}; IAM role names ignore case. */
    public record RoleSpec(String name, RoleKind kind) {

        public boolean matches(String roleName) {
            return NamePattern.of(name).matches(roleName);
        }
    }

    public enum RoleKind {
        /** Read-only access for investigation. */
        INVESTIGATOR,
        /** Containment and recovery actions. */
        RESPONDER
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            RoleSpec spec = roles.get(i);
            if (spec.name() == null || !ROLE_NAME.matcher(spec.name()).matches()) {
                problems.add(new ConfigurationProblem("roles[" + i + "].name", spec.name(), "a role name, or a pattern with * and ?, of up to 64 characters"));
            }
            if (spec.kind() == null) {
                problems.add(new ConfigurationProblem("roles[" + i + "].kind", null, "investigator or responder"));
            }
        }
        if (!roles.isEmpty() && trustedPrincipals.isEmpty()) {
            problems.add(new ConfigurationProblem("trusted-principals", null,
                    "the principals allowed to assume responder roles: the security account id (e.g. 111122223333) "
                            + "and/or SAML/OIDC provider ARNs"));
        }
        for (int i = 0; i < trustedPrincipals.size(); i++) {
            String principal = trustedPrincipals.get(i);
            if (principal == null || !(ACCOUNT_ID.matcher(principal).matches() || PRINCIPAL_ARN.matcher(principal).matches())) {
                problems.add(new ConfigurationProblem("trusted-principals[" + i + "]", principal,
                        "a 12-digit account id or an IAM principal ARN (root, role, user, saml-provider, oidc-provider)"));
            }
        }
        boolean investigatorConfigured = roles.stream().anyMatch(r -> r.kind() == RoleKind.INVESTIGATOR);
        if (investigatorConfigured && investigatorPolicies.isEmpty()) {
            problems.add(new ConfigurationProblem("investigator-policies", null,
                    "the policy names or ARNs that give the investigator read access, e.g. [SecurityAudit, ViewOnlyAccess]"));
        }
        ConfigurationProblem.range(problems, "used-within-days", usedWithinDays, 1, 3653);
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(
                new Setting("Responder roles", String.join(", ", roles.stream()
                        .map(r -> r.name() + " (" + (r.kind() == null ? "?" : r.kind().name().toLowerCase(Locale.ROOT)) + ")").toList())),
                new Setting("Trusted principals", String.join(", ", trustedPrincipals)),
                new Setting("Investigator read-access policies", String.join(", ", investigatorPolicies)),
                new Setting("A responder role is exercised within (days)", String.valueOf(usedWithinDays)));
    }
}
