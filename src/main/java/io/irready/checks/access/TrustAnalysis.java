package io.irready.checks.access;

import io.irready.services.iam.TrustPolicy;
import io.irready.services.iam.TrustPolicy.Condition;
import io.irready.services.iam.TrustPolicy.Principal;
import io.irready.services.iam.TrustPolicy.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a responder role's trust policy: only configured principals may assume it, never
 * {@code *}, and AWS (non-federated) principals must present MFA.
 *
 * <p>MFA is required when an Allow statement tests {@code Bool aws:MultiFactorAuthPresent true}
 * (a request without the key fails the test), or a Deny statement tests
 * {@code BoolIfExists aws:MultiFactorAuthPresent false}. {@code BoolIfExists ... true} on an
 * Allow does not require MFA: requests signed with long-term access keys carry no such key and pass.
 */
final class TrustAnalysis {

    private static final String MFA_PRESENT = "aws:multifactorauthpresent";
    private static final String MFA_AGE = "aws:multifactorauthage";
    private static final Pattern ACCOUNT_IN_ARN = Pattern.compile("^arn:[^:]+:(?:iam|sts)::(\\d{12}):.*$");

    private final List<String> trustedPrincipals;

    TrustAnalysis(List<String> trustedPrincipals) {
        this.trustedPrincipals = trustedPrincipals;
    }

    /** The problems found; empty when the trust is tight. */
    List<String> problems(TrustPolicy policy) {
        List<String> problems = new ArrayList<>();
        List<Statement> assumeAllows = policy.statements().stream().filter(s -> s.allows() && grantsAssume(s)).toList();
        if (assumeAllows.isEmpty()) {
            problems.add("no statement lets anyone assume the role");
        }
        for (Statement statement : assumeAllows) {
            if (!statement.notPrincipals().isEmpty()) {
                problems.add("an Allow statement uses NotPrincipal, which trusts every principal not listed");
            }
            for (Principal principal : statement.principals()) {
                if (principal.isWildcard()) {
                    problems.add("trusts any principal (*)");
                } else if (!isTrusted(principal)) {
                    problems.add("trusts " + principal.type() + " principal " + principal.id() + ", which is not a configured trusted principal");
                } else if ("AWS".equals(principal.type()) && !mfaRequired(statement, policy)) {
                    problems.add(mfaProblem(statement, principal));
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    private boolean isTrusted(Principal principal) {
        String id = principal.id();
        for (String trusted : trustedPrincipals) {
            if (trusted.equals(id)) {
                return true;
            }
            if ("AWS".equals(principal.type()) && trusted.matches("\\d{12}") && trusted.equals(accountOf(id))) {
                return true;
            }
        }
        return false;
    }

    private static String accountOf(String awsPrincipal) {
        if (awsPrincipal.matches("\\d{12}")) {
            return awsPrincipal;
        }
        Matcher matcher = ACCOUNT_IN_ARN.matcher(awsPrincipal);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static boolean grantsAssume(Statement statement) {
        return statement.actions().stream().map(a -> a.toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.equals("*") || a.equals("sts:*") || a.startsWith("sts:assumerole"));
    }

    private static boolean mfaRequired(Statement allow, TrustPolicy policy) {
        boolean onAllow = allow.conditions().stream().anyMatch(c ->
                (is(c, "Bool", MFA_PRESENT) && c.values().contains("true"))
                        || (is(c, "NumericLessThan", MFA_AGE) || is(c, "NumericLessThanEquals", MFA_AGE)));
        boolean byDeny = policy.statements().stream()
                .filter(s -> !s.allows() && grantsAssume(s))
                .flatMap(s -> s.conditions().stream())
                .anyMatch(c -> (is(c, "BoolIfExists", MFA_PRESENT) && c.values().contains("false"))
                        || (is(c, "Null", MFA_PRESENT) && c.values().contains("true")));
        return onAllow || byDeny;
    }

    private static String mfaProblem(Statement statement, Principal principal) {
        boolean ifExistsTrue = statement.conditions().stream()
                .anyMatch(c -> is(c, "BoolIfExists", MFA_PRESENT) && c.values().contains("true"));
        if (ifExistsTrue) {
            return "lets " + principal.id() + " in without MFA: BoolIfExists aws:MultiFactorAuthPresent true also "
                    + "admits requests signed with access keys, which carry no MFA context; use Bool";
        }
        return "lets " + principal.id() + " assume it without MFA (no Bool aws:MultiFactorAuthPresent true condition)";
    }

    private static boolean is(Condition condition, String operator, String key) {
        String op = condition.operator();
        int colon = op.indexOf(':');
        String bareOperator = colon >= 0 ? op.substring(colon + 1) : op;
        return bareOperator.equalsIgnoreCase(operator) && condition.key().equalsIgnoreCase(key);
    }
}
