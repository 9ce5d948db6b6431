package io.irready.checks.access;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random trust policies over a small vocabulary, judged twice: by the analysis, and by a brute-force
 * evaluator that plays every concrete request of the vocabulary (principal × organization × MFA context ×
 * external id × source address) through IAM's rules. The analysis may never pass a policy the evaluator
 * shows admits an untrusted principal or an AWS principal without MFA. Where IAM's treatment of a form is
 * unclear (an {@code AWS: "*"} entry for a federated user), the evaluator takes the reading that admits.
 */
class TrustAnalysisPropertyTest {

    private static final String T = "111122223333";
    private static final String U = "444455556666";
    private static final String OKTA = "arn:aws:iam::123456789012:saml-provider/Okta";
    private static final List<String> TRUSTED = List.of(T, OKTA);

    private static final List<Who> PRINCIPALS = List.of(
            new Who("AWS", "arn:aws:iam::" + T + ":role/Responders", T, true),
            new Who("AWS", "arn:aws:iam::" + T + ":role/Other", T, true),
            new Who("AWS", "arn:aws:iam::" + U + ":role/Responders", U, false),
            new Who("AWS", "arn:aws:iam::" + U + ":role/x", U, false),
            new Who("AWS", "arn:aws:iam::555566667777:role/y", "555566667777", false),
            new Who("Federated", OKTA, null, true),
            new Who("Federated", "arn:aws:iam::123456789012:saml-provider/Other", null, false),
            new Who("Federated", "accounts.google.com", null, false),
            new Who("Service", "ec2.amazonaws.com", null, false));
    private static final String[] ORGS = {null, "o-ours", "o-other"};
    private static final String[][] MFA = {{null, null}, {"false", null}, {"true", "60"}, {"true", "100000"}};
    private static final String[] EXTERNAL_IDS = {null, "secret"};
    private static final String[] SOURCE_IPS = {"10.1.2.3", "203.0.113.9"};

    private static final String[] PRINCIPAL_ENTRIES = {"AWS *", "AWS " + T, "AWS arn:aws:iam::" + T + ":root",
            "AWS arn:aws:iam::" + T + ":role/Responders", "AWS " + U, "AWS arn:aws:iam::" + U + ":role/Responders",
            "Federated " + OKTA, "Federated arn:aws:iam::123456789012:saml-provider/Other", "Federated accounts.google.com",
            "Service ec2.amazonaws.com", "AWS AROAEXAMPLEID123456789"};
    private static final String[] ACTIONS = {"sts:AssumeRole", "sts:Assume*", "sts:AssumeRol?", "sts:*", "*", "sts:AssumeRoleWithSAML",
            "sts:AssumeRoleWithWebIdentity", "sts:TagSession", "s3:GetObject", "STS:assumerole"};
    private static final String[][] CONDITIONS = {
            {"Bool", "aws:MultiFactorAuthPresent", "true"}, {"Bool", "aws:MultiFactorAuthPresent", "false"},
            {"Bool", "aws:MultiFactorAuthPresent", "true", "false"}, {"BoolIfExists", "aws:MultiFactorAuthPresent", "true"},
            {"BoolIfExists", "aws:MultiFactorAuthPresent", "false"}, {"Null", "aws:MultiFactorAuthPresent", "true"},
            {"Null", "aws:MultiFactorAuthPresent", "false"}, {"NumericLessThan", "aws:MultiFactorAuthAge", "3600"},
            {"NumericLessThanIfExists", "aws:MultiFactorAuthAge", "3600"}, {"NumericGreaterThan", "aws:MultiFactorAuthAge", "1000"},
            {"ForAllValues:StringEquals", "aws:MultiFactorAuthPresent", "true"}, {"ForAnyValue:StringEquals", "aws:MultiFactorAuthPresent", "true"},
            {"StringEquals", "sts:ExternalId", "secret"}, {"StringEquals", "aws:PrincipalOrgID", "o-ours"},
            {"StringNotEquals", "aws:PrincipalOrgID", "o-ours"}, {"StringEquals", "aws:PrincipalAccount", T},
            {"StringNotEquals", "aws:PrincipalAccount", U}, {"StringLike", "aws:PrincipalAccount", "4444*"},
            {"ArnLike", "aws:PrincipalArn", "arn:aws:iam::*:role/Responders"}, {"ArnEquals", "aws:PrincipalArn", "arn:aws:iam::" + T + ":role/Responders"},
            {"StringNotLike", "aws:PrincipalArn", "arn:aws:iam::1111*"}, {"IpAddress", "aws:SourceIp", "10.0.0.0/8"},
            {"NotIpAddress", "aws:SourceIp", "10.0.0.0/8"}, {"StringEqualsIfExists", "aws:PrincipalAccount", T}};

    @Test
    void neverPassesAPolicyThatAdmitsAStrangerOrASessionWithoutMfa() {
        Random random = new Random(20261128);
        TrustAnalysis analysis = new TrustAnalysis(TRUSTED);
        int passed = 0;
        int admitting = 0;
        for (int i = 0; i < 4000; i++) {
            List<Gen> statements = new ArrayList<>();
            for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                statements.add(Gen.random(random));
            }
            String document = "{\"Version\": \"2012-10-17\", \"Statement\": [" + String.join(", ", statements.stream().map(Gen::json).toList()) + "]}";
            String breach = breach(statements);
            TrustAnalysis.Result result = analysis.judge(TrustPolicyParser.parse(document));
            boolean pass = result.problems().isEmpty() && result.doubts().isEmpty();
            if (breach != null) {
                admitting++;
                assertThat(pass).as("passed although %s:%n%s", breach, document).isFalse();
            }
            passed += pass ? 1 : 0;
        }
        // Guards against a vacuous run: both outcomes must be common.
        assertThat(passed).isGreaterThan(100);
        assertThat(admitting).isGreaterThan(1000);
    }

    /** The first concrete request the policy wrongly admits, or null. */
    private static String breach(List<Gen> statements) {
        for (Who who : PRINCIPALS) {
            for (String org : who.type.equals("AWS") ? ORGS : new String[] {null}) {
                for (String[] mfa : who.type.equals("AWS") ? MFA : new String[][] {{null, null}}) {
                    for (String externalId : EXTERNAL_IDS) {
                        for (String sourceIp : SOURCE_IPS) {
                            Map<String, String> context = new LinkedHashMap<>();
                            put(context, "aws:sourceip", sourceIp);
                            put(context, "sts:externalid", externalId);
                            put(context, "aws:principalisawsservice", String.valueOf(who.type.equals("Service")));
                            if (who.type.equals("AWS")) {
                                put(context, "aws:principalarn", who.id);
                                put(context, "aws:principalaccount", who.account);
                                put(context, "aws:principalorgid", org);
                                put(context, "aws:multifactorauthpresent", mfa[0]);
                                put(context, "aws:multifactorauthage", mfa[1]);
                            }
                            boolean allowed = statements.stream().anyMatch(s -> s.allow && s.applies(who, context, true));
                            boolean denied = statements.stream().anyMatch(s -> !s.allow && s.applies(who, context, false));
                            boolean withoutMfa = who.type.equals("AWS") && !"true".equals(mfa[0]);
                            if (allowed && !denied && (!who.trusted || withoutMfa)) {
                                return who.id + " (org " + org + ", MFA " + mfa[0] + ", external id " + externalId + ", from " + sourceIp + ")";
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void put(Map<String, String> context, String key, String value) {
        if (value != null) {
            context.put(key, value);
        }
    }

    private record Who(String type, String id, String account, boolean trusted) {

        String action() {
            if (!type.equals("Federated")) {
                return "sts:AssumeRole";
            }
            return id.contains(":saml-provider/") ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
        }
    }

    private record Gen(boolean allow, boolean notPrincipal, List<String> principals, boolean notAction, List<String> actions, List<String[]> conditions) {

        static Gen random(Random random) {
            List<String> principals = new ArrayList<>();
            if (random.nextInt(8) == 0) {
                principals.add("* *");
            } else {
                for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                    String entry = PRINCIPAL_ENTRIES[random.nextInt(PRINCIPAL_ENTRIES.length)];
                    if (!principals.contains(entry)) {
                        principals.add(entry);
                    }
                }
            }
            List<String> actions = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                actions.add(ACTIONS[random.nextInt(ACTIONS.length)]);
            }
            List<String[]> conditions = new ArrayList<>();
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                String[] condition = CONDITIONS[random.nextInt(CONDITIONS.length)];
                if (conditions.stream().noneMatch(c -> c[0].equals(condition[0]) && c[1].equals(condition[1]))) {
                    conditions.add(condition);
                }
            }
            return new Gen(random.nextInt(10) < 7, random.nextInt(6) == 0 && !principals.contains("* *"), principals,
                    random.nextInt(7) == 0, actions, conditions);
        }

        String json() {
            StringBuilder json = new StringBuilder("{\"Effect\": \"" + (allow ? "Allow" : "Deny") + "\", ");
            json.append('"').append(notPrincipal ? "NotPrincipal" : "Principal").append("\": ");
            if (principals.contains("* *")) {
                json.append("\"*\"");
            } else {
                Map<String, List<String>> byType = new LinkedHashMap<>();
                principals.forEach(p -> byType.computeIfAbsent(p.split(" ")[0], k -> new ArrayList<>()).add(p.split(" ")[1]));
                json.append('{').append(String.join(", ", byType.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": " + list(e.getValue())).toList())).append('}');
            }
            json.append(", \"").append(notAction ? "NotAction" : "Action").append("\": ").append(list(actions));
            if (!conditions.isEmpty()) {
                Map<String, List<String>> byOperator = new LinkedHashMap<>();
                for (String[] c : conditions) {
                    byOperator.computeIfAbsent(c[0], k -> new ArrayList<>())
                            .add("\"" + c[1] + "\": " + list(List.of(c).subList(2, c.length)));
                }
                json.append(", \"Condition\": {").append(String.join(", ", byOperator.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\": {" + String.join(", ", e.getValue()) + "}").toList())).append('}');
            }
            return json.append('}').toString();
        }

        private static String list(List<String> values) {
            return "[" + String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
        }

        /** @param admitting how to read an unclear principal form: as matching (for an Allow) or not (for a Deny) */
        boolean applies(Who who, Map<String, String> context, boolean admitting) {
            boolean named = principals.stream().anyMatch(p -> names(p, who, admitting));
            boolean acted = actions.stream().anyMatch(a -> glob(a.toLowerCase(Locale.ROOT), who.action().toLowerCase(Locale.ROOT)));
            return (notPrincipal != named) && (notAction != acted) && conditions.stream().allMatch(c -> holds(c, context));
        }

        private static boolean names(String entry, Who who, boolean admitting) {
            String type = entry.split(" ")[0];
            String id = entry.split(" ")[1];
            if (type.equals("*")) {
                return true;
            }
            if (id.equals("*")) {
                return type.equals(who.type) || admitting;
            }
            if (!type.equals(who.type)) {
                return false;
            }
            if (type.equals("AWS")) {
                if (id.matches("\\d{12}")) {
                    return id.equals(who.account);
                }
                if (id.endsWith(":root")) {
                    return id.equals("arn:aws:iam::" + who.account + ":root");
                }
                return id.equalsIgnoreCase(who.id);
            }
            return id.equalsIgnoreCase(who.id);
        }

        private static boolean holds(String[] condition, Map<String, String> context) {
            String operator = condition[0];
            String value = context.get(condition[1].toLowerCase(Locale.ROOT));
            List<String> expected = List.of(condition).subList(2, condition.length);
            if (operator.equals("Null")) {
                return expected.stream().anyMatch(e -> e.equals("true") == (value == null));
            }
            boolean forAll = operator.startsWith("ForAllValues:");
            boolean forAny = operator.startsWith("ForAnyValue:");
            String base = operator.replaceFirst("^For(All|Any)Values?:", "");
            boolean ifExists = base.endsWith("IfExists");
            base = base.replace("IfExists", "");
            boolean negated = base.contains("Not");
            if (value == null) {
                return forAll || (!forAny && (ifExists || negated));
            }
            String positive = base.replace("Not", "");
            boolean any = expected.stream().anyMatch(e -> switch (positive) {
                case "Bool", "StringEquals", "ArnEquals" -> positive.equals("Bool") ? e.equalsIgnoreCase(value) : e.equals(value);
                case "StringLike", "ArnLike" -> glob(e, value);
                case "NumericLessThan" -> Long.parseLong(value) < Long.parseLong(e);
                case "NumericGreaterThan" -> Long.parseLong(value) > Long.parseLong(e);
                case "IpAddress" -> value.startsWith("10.");
                default -> throw new IllegalStateException(positive);
            });
            return negated != any;
        }

        private static boolean glob(String pattern, String value) {
            return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q")).matcher(value).matches();
        }
    }
}
