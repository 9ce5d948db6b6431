package io.irready.checks.access;

import io.irready.checks.access.TrustPolicy.Condition;
import io.irready.checks.access.TrustPolicy.Principal;
import io.irready.checks.access.TrustPolicy.Statement;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a trust policy document strictly. Statement, Principal entries, Action and condition values may each be one value or a list. Anything
 * else IAM's grammar does not allow in a trust policy, an unknown element, a repeated key or a value of
 * the wrong shape is refused with its place named: the analysis must never judge a policy it read only
 * in part.
 */
final class TrustPolicyParser {

    /** IAM caps a trust policy at 4,096 characters; a longer document was not returned by IAM. */
    static final int MAX_LENGTH = 4096;

    private static final JsonMapper STRICT = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> POLICY_ELEMENTS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Condition");
    private static final Set<String> PRINCIPAL_TYPES = Set.of("AWS", "Federated", "Service", "CanonicalUser");

    private TrustPolicyParser() {
    }

    /** @throws IllegalArgumentException naming what could not be read */
    static TrustPolicy parse(String document) {
        String json = document.trim();
        if (json.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the trust policy has " + json.length() + " characters, more than IAM allows (" + MAX_LENGTH + ")");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the trust policy is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the trust policy is not a JSON object");
        }
        onlyKnown(root, POLICY_ELEMENTS, "the policy");
        JsonNode statements = root.get("Statement");
        if (statements == null) {
            throw new IllegalArgumentException("the trust policy has no Statement");
        }
        List<JsonNode> list = statements.isArray() ? new ArrayList<>(statements.values()) : List.of(statements);
        List<Statement> parsed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            parsed.add(statement(list.get(i), i + 1));
        }
        return new TrustPolicy(parsed);
    }

    private static Statement statement(JsonNode node, int index) {
        String place = "statement #" + index;
        if (!node.isObject()) {
            throw new IllegalArgumentException(place + " is not a JSON object");
        }
        onlyKnown(node, STATEMENT_ELEMENTS, place);
        String name = node.has("Sid") ? text(node.get("Sid"), place + " Sid") : "#" + index;
        place = name.startsWith("#") ? place : "statement '" + name + "'";
        String effect = text(node.get("Effect"), place + " Effect");
        if (!effect.equals("Allow") && !effect.equals("Deny")) {
            throw new IllegalArgumentException(place + " has Effect '" + effect + "'; IAM knows only Allow and Deny");
        }
        boolean notPrincipal = exactlyOne(node, "Principal", "NotPrincipal", place);
        boolean notAction = exactlyOne(node, "Action", "NotAction", place);
        List<Principal> principals = principals(node.get(notPrincipal ? "NotPrincipal" : "Principal"), place);
        List<String> actions = strings(node.get(notAction ? "NotAction" : "Action"), place + " " + (notAction ? "NotAction" : "Action"));
        List<Condition> conditions = node.has("Condition") ? conditions(node.get("Condition"), place) : List.of();
        return new Statement(name, effect.equals("Allow"), notPrincipal, principals, notAction, actions, conditions);
    }

    /** True when the second (complement) element is the one present. */
    private static boolean exactlyOne(JsonNode node, String element, String complement, String place) {
        if (node.has(element) == node.has(complement)) {
            throw new IllegalArgumentException(place + " must have exactly one of " + element + " and " + complement);
        }
        return node.has(complement);
    }

    private static List<Principal> principals(JsonNode node, String place) {
        if (node.isString() && node.stringValue().equals("*")) {
            return List.of(new Principal("*", "*"));
        }
        if (!node.isObject() || node.isEmpty()) {
            throw new IllegalArgumentException(place + " has a principal that is neither \"*\" nor a map of principal types");
        }
        List<Principal> principals = new ArrayList<>();
        for (Map.Entry<String, JsonNode> type : node.properties()) {
            if (!PRINCIPAL_TYPES.contains(type.getKey())) {
                throw new IllegalArgumentException(place + " has principal type '" + type.getKey() + "'; IAM knows " + PRINCIPAL_TYPES);
            }
            for (String id : strings(type.getValue(), place + " principal " + type.getKey())) {
                principals.add(new Principal(type.getKey(), id));
            }
        }
        return principals;
    }

    private static List<Condition> conditions(JsonNode node, String place) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(place + " has a Condition that is not a map of operators");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operator : node.properties()) {
            if (!operator.getValue().isObject() || operator.getValue().isEmpty()) {
                throw new IllegalArgumentException(place + " has condition operator " + operator.getKey() + " without a map of keys");
            }
            for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
                conditions.add(new Condition(operator.getKey(), key.getKey(),
                        strings(key.getValue(), place + " condition " + operator.getKey() + " " + key.getKey())));
            }
        }
        return conditions;
    }

    /** A string, number or boolean, or a non-empty list of them, as text. */
    private static List<String> strings(JsonNode node, String place) {
        List<JsonNode> values = node.isArray() ? new ArrayList<>(node.values()) : List.of(node);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(place + " is an empty list");
        }
        return values.stream().map(value -> scalar(value, place)).toList();
    }

    private static String scalar(JsonNode node, String place) {
        if (node.isString() || node.isNumber() || node.isBoolean()) {
            return node.asString();
        }
        throw new IllegalArgumentException(place + " holds " + node.getNodeType() + " where a string is expected");
    }

    private static String text(JsonNode node, String place) {
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException(place + " is missing or not a string");
        }
        return node.stringValue();
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String place) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(place + " has element '" + name + "', which a trust policy does not allow or irready does not judge");
            }
        }
    }
}
