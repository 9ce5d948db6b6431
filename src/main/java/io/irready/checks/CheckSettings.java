package io.irready.checks;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The configurable thresholds of the checks (configuration keys under {@code irready.checks}). */
public record CheckSettings(LogRetention logRetention, Tagging tagging, ResponderRoles responderRoles) {

    /** Minimum days CloudWatch log groups and the CloudTrail bucket must keep events. */
    public record LogRetention(int minimumDays) {
    }

    /** Tag keys every resource must carry with a non-empty value. */
    public record Tagging(List<String> requiredKeys) {
        public Tagging {
            requiredKeys = requiredKeys == null ? List.of() : List.copyOf(requiredKeys);
        }
    }

    /**
     * The roles responders use, who may assume them ({@code trustedPrincipals}: account ids or
     * principal/provider ARNs), and the policies that give an investigator read access.
     */
    public record ResponderRoles(List<RoleSpec> roles,
                                 List<String> trustedPrincipals,
                                 List<String> investigatorPolicies) {
        public ResponderRoles {
            roles = roles == null ? List.of() : List.copyOf(roles);
            trustedPrincipals = trustedPrincipals == null ? List.of() : List.copyOf(trustedPrincipals);
            investigatorPolicies = investigatorPolicies == null ? List.of() : List.copyOf(investigatorPolicies);
        }

        public boolean isResponderRole(String roleName) {
            return roles.stream().anyMatch(spec -> spec.matches(roleName));
        }
    }

    /** A role name, or a pattern with {@code *} and {@code ?}; IAM role names ignore case. */
    public record RoleSpec(String name, RoleKind kind) {

        public boolean matches(String roleName) {
            return toRegex(name).matcher(roleName.toLowerCase(Locale.ROOT)).matches();
        }

        private static Pattern toRegex(String glob) {
            var regex = new StringBuilder();
            for (char c : glob.toLowerCase(Locale.ROOT).toCharArray()) {
                switch (c) {
                    case '*' -> regex.append(".*");
                    case '?' -> regex.append('.');
                    default -> regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }

    public enum RoleKind {
        /** Read-only access for investigation. */
        INVESTIGATOR,
        /** Containment and recovery actions. */
        RESPONDER
    }
}
