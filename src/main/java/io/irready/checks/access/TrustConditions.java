package io.irready.checks.access;

import io.irready.checks.access.TrustPolicy.Condition;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Evaluates one condition of a trust policy against a request, as IAM does: values of one key are ORed
 * (NORed for negated operators); a key missing from the request makes an operator false, a negated one
 * true, {@code ...IfExists} true, {@code ForAllValues} true and {@code ForAnyValue} false; {@code Null}
 * tests presence. Keys the requester sets freely are satisfiable; keys and operators the analysis does not
 * model are MAYBE, named.
 */
final class TrustConditions {

    /** The request keys {@link TrustAnalysis} gives a value to, or knows to be absent. */
    static final Set<String> MODELED_KEYS = Set.of("aws:multifactorauthpresent", "aws:multifactorauthage",
            "aws:principalarn", "aws:principalaccount", "aws:principalorgid", "aws:principalisawsservice",
            "aws:principalservicename");

    private static final Set<String> REQUESTER_KEYS = Set.of("sts:externalid", "sts:rolesessionname", "sts:sourceidentity",
            "sts:transitivetagkeys", "aws:tagkeys");
    private static final Set<String> OPERATORS = Set.of("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "ArnEquals", "ArnNotEquals", "ArnLike", "ArnNotLike",
            "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
            "NumericGreaterThanEquals", "Bool", "Null");

    private TrustConditions() {
    }

    /**
     * Keys whose value the one who assumes the role chooses: the external id, session name, source identity,
     * session tags, and the claims a SAML or OpenID Connect provider asserts for its users.
     */
    static boolean requesterChosen(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        String prefix = colon < 0 ? lower : lower.substring(0, colon);
        return REQUESTER_KEYS.contains(lower) || lower.startsWith("aws:requesttag/") || prefix.equals("saml")
                || prefix.contains(".");
    }

    /** @param request the modeled keys present in the request, lower-case, with their values */
    static Truth evaluate(Condition condition, Map<String, String> request) {
        String key = condition.key().toLowerCase(Locale.ROOT);
        if (requesterChosen(key)) {
            return Truth.YES;
        }
        if (!MODELED_KEYS.contains(key)) {
            return Truth.maybe("condition key " + condition.key());
        }
        Operator operator = Operator.parse(condition.operator());
        if (operator == null) {
            return Truth.maybe("condition operator " + condition.operator());
        }
        String value = request.get(key);
        if (operator.base.equals("Null")) {
            if (operator.set != null || operator.ifExists) {
                return Truth.maybe("condition operator " + condition.operator());
            }
            Truth any = Truth.NO;
            for (String expected : condition.values()) {
                any = any.or(switch (expected.toLowerCase(Locale.ROOT)) {
                    case "true" -> Truth.of(value == null);
                    case "false" -> Truth.of(value != null);
                    default -> Truth.maybe("Null condition value '" + expected + "'");
                });
            }
            return any;
        }
        if (value == null) {
            if (operator.set != null) {
                return Truth.of(operator.set.equals("ForAllValues"));
            }
            return Truth.of(operator.ifExists || operator.negated());
        }
        Truth anyMatches = Truth.NO;
        for (String expected : condition.values()) {
            anyMatches = anyMatches.or(matches(operator.positive(), expected, value));
        }
        return operator.negated() ? anyMatches.not() : anyMatches;
    }

    private static Truth matches(String operator, String expected, String actual) {
        if (expected.contains("${")) {
            return Truth.maybe("policy variable in " + expected);
        }
        return switch (operator) {
            case "StringEquals" -> Truth.of(expected.equals(actual));
            case "StringEqualsIgnoreCase" -> Truth.of(expected.equalsIgnoreCase(actual));
            case "StringLike" -> Truth.of(glob(expected, actual));
            case "ArnEquals", "ArnLike" -> Truth.of(arnLike(expected, actual));
            case "Bool" -> Truth.of(expected.equalsIgnoreCase(actual));
            default -> numeric(operator, expected, actual);
        };
    }

    private static Truth numeric(String operator, String expected, String actual) {
        BigDecimal limit;
        BigDecimal number;
        try {
            limit = new BigDecimal(expected);
            number = new BigDecimal(actual);
        } catch (NumberFormatException e) {
            return Truth.maybe(operator + " value '" + expected + "', which is not a number");
        }
        int order = number.compareTo(limit);
        return Truth.of(switch (operator) {
            case "NumericEquals" -> order == 0;
            case "NumericLessThan" -> order < 0;
            case "NumericLessThanEquals" -> order <= 0;
            case "NumericGreaterThan" -> order > 0;
            default -> order >= 0;
        });
    }

    /** {@code *} any run, {@code ?} one character, case-sensitive. */
    static boolean glob(String pattern, String value) {
        var regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }

    /** ARN patterns match each of the six colon-separated parts on its own; the last part may hold colons. */
    static boolean arnLike(String pattern, String arn) {
        String[] expected = pattern.split(":", 6);
        String[] actual = arn.split(":", 6);
        if (expected.length != 6 || actual.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!glob(expected[i], actual[i])) {
                return false;
            }
        }
        return true;
    }

    /** An operator split into its set prefix, base name and IfExists suffix. */
    private record Operator(String set, String base, boolean ifExists) {

        static Operator parse(String text) {
            String rest = text;
            String set = null;
            for (String prefix : new String[] {"ForAllValues:", "ForAnyValue:"}) {
                if (rest.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    set = prefix.substring(0, prefix.length() - 1);
                    rest = rest.substring(prefix.length());
                }
            }
            boolean ifExists = rest.toLowerCase(Locale.ROOT).endsWith("ifexists");
            if (ifExists) {
                rest = rest.substring(0, rest.length() - "IfExists".length());
            }
            String name = rest;
            String setName = set;
            return OPERATORS.stream().filter(o -> o.equalsIgnoreCase(name)).findFirst()
                    .map(base -> new Operator(setName, base, ifExists)).orElse(null);
        }

        boolean negated() {
            return base.contains("Not");
        }

        String positive() {
            return base.replace("Not", "");
        }
    }
}
