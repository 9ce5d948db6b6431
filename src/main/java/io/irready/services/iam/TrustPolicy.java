package io.irready.services.iam;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** A role's trust policy, parsed: who may assume the role, and on what conditions. */
public record TrustPolicy(List<Statement> statements) {
    public TrustPolicy {
        statements = List.copyOf(statements);
    }

    public record Statement(String effect,
                            List<Principal> principals,
                            List<Principal> notPrincipals,
                            List<String> actions,
                            List<Condition> conditions) {
        public Statement {
            principals = List.copyOf(principals);
            notPrincipals = List.copyOf(notPrincipals);
            actions = List.copyOf(actions);
            conditions = List.copyOf(conditions);
        }

        public boolean allows() {
            return "Allow".equalsIgnoreCase(effect);
        }
    }

    /** {@code type} is AWS, Federated, Service, CanonicalUser, or * for the bare {@code "Principal": "*"}. */
    public record Principal(String type, String id) {
        @JsonIgnore
        public boolean isWildcard() {
            return "*".equals(type) || "*".equals(id);
        }
    }

    /** One condition key test, e.g. operator Bool, key aws:MultiFactorAuthPresent, values [true]. */
    public record Condition(String operator, String key, List<String> values) {
        public Condition {
            values = List.copyOf(values);
        }
    }
}
