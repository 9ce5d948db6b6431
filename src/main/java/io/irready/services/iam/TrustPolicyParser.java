package io.irready.services.iam;

import io.irready.services.iam.TrustPolicy;
import io.irready.services.iam.TrustPolicy.Condition;
import io.irready.services.iam.TrustPolicy.Principal;
import io.irready.services.iam.TrustPolicy.Statement;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamStatement;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a role's trust policy into {@link TrustPolicy}. IAM returns documents URL-encoded (an
 * emulator may not), Principal may be a string or a list, Statement an object or a list; the SDK's
 * policy parser handles the JSON forms and we decode first.
 */
public final class TrustPolicyParser {

    private TrustPolicyParser() {
    }

    /** @throws IllegalArgumentException when the document is not a policy */
    public static TrustPolicy parse(String document) {
        String json = decode(document);
        IamPolicy policy;
        try {
            policy = IamPolicy.fromJson(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("trust policy is not a valid policy document: " + e.getMessage(), e);
        }
        return new TrustPolicy(policy.statements().stream().map(TrustPolicyParser::statement).toList());
    }

    static String decode(String document) {
        String trimmed = document.trim();
        return trimmed.startsWith("{") ? trimmed : URLDecoder.decode(trimmed, StandardCharsets.UTF_8);
    }

    private static Statement statement(IamStatement statement) {
        List<String> actions = new ArrayList<>();
        statement.actions().forEach(a -> actions.add(a.value()));
        return new Statement(statement.effect().value(),
                statement.principals().stream().map(TrustPolicyParser::principal).toList(),
                statement.notPrincipals().stream().map(TrustPolicyParser::principal).toList(),
                actions,
                conditions(statement.conditions()));
    }

    private static Principal principal(IamPrincipal principal) {
        return new Principal(principal.type().value(), principal.id());
    }

    /** The SDK gives one condition per value; group values of the same operator and key back together. */
    private static List<Condition> conditions(List<IamCondition> conditions) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, IamCondition> first = new LinkedHashMap<>();
        for (IamCondition condition : conditions) {
            String key = condition.operator().value() + "\u0000" + condition.key().value();
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(condition.value());
            first.putIfAbsent(key, condition);
        }
        return first.entrySet().stream()
                .map(e -> new Condition(e.getValue().operator().value(), e.getValue().key().value(), values.get(e.getKey())))
                .toList();
    }
}
