package io.irready.checks.access;

import java.util.List;

/**
 * A role's trust policy as IAM would read it. Every element of a statement is kept, including the
 * complements ({@code NotPrincipal}, {@code NotAction}), so that nothing the analysis does not see can
 * widen who gets in.
 */
record TrustPolicy(List<Statement> statements) {

    TrustPolicy {
        statements = List.copyOf(statements);
    }

    /**
     * {@code name} is the Sid, or {@code #n} (1-based) for a statement without one. {@code principals} holds
     * the Principal entries, or the NotPrincipal entries when {@code notPrincipal}; likewise {@code actions}.
     */
    record Statement(String name,
                     boolean allow,
                     boolean notPrincipal,
                     List<Principal> principals,
                     boolean notAction,
                     List<String> actions,
                     List<Condition> conditions) {

        Statement {
            principals = List.copyOf(principals);
            actions = List.copyOf(actions);
            conditions = List.copyOf(conditions);
        }

        String label() {
            return name.startsWith("#") ? "statement " + name : "statement '" + name + "'";
        }
    }

    /** {@code type} is AWS, Federated, Service or CanonicalUser; {@code "Principal": "*"} is type {@code *}. */
    record Principal(String type, String id) {

        boolean isWildcard() {
            return "*".equals(type) || "*".equals(id);
        }
    }

    /** One operator and key with its values, e.g. {@code Bool aws:MultiFactorAuthPresent [true]}. */
    record Condition(String operator, String key, List<String> values) {

        Condition {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return operator + " " + key + " " + (values.size() == 1 ? values.get(0) : values);
        }
    }
}
