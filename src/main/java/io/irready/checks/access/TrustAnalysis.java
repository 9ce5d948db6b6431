package io.irready.checks.access;

import io.irready.checks.NamePattern;
import io.irready.checks.access.TrustPolicy.Condition;
import io.irready.checks.access.TrustPolicy.Principal;
import io.irready.checks.access.TrustPolicy.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Judges a responder role's trust policy the way IAM evaluates a role assumption: for every requester
 * that could matter (each principal the policy or the configuration names, each principal its conditions
 * single out, and strangers of every principal type) and every session (MFA, none, no MFA context at all),
 * does an Allow admit it and no Deny stop it? Only configured principals may get in, and AWS principals
 * only with MFA; federated users authenticate at their identity provider.
 *
 * <p>Each answer is three-valued: a construct the analysis does not model (an unknown condition key or
 * operator, a principal form it cannot place) makes it MAYBE, and a MAYBE never becomes a pass. Session
 * tags and source identity (sts:TagSession, sts:SetSourceIdentity) only add requirements to a request
 * that carries them; a requester can always leave them out, so they never decide who gets in.
 */
final class TrustAnalysis {

    /** IAM replaces a deleted principal by its unique id; nobody can sign in as it again. */
    private static final Pattern UNIQUE_ID = Pattern.compile("^A[A-Z0-9]{15,}$");
    private static final String MFA_PRESENT = "aws:multifactorauthpresent";
    private static final String MFA_AGE = "aws:multifactorauthage";
    private static final String ORG_ID = "aws:principalorgid";

    private final Set<String> trustedAccounts = new LinkedHashSet<>();
    private final Set<String> trustedIds = new LinkedHashSet<>();

    /** @param trustedPrincipals account ids, or principal and identity provider ARNs */
    TrustAnalysis(List<String> trustedPrincipals) {
        for (String trusted : trustedPrincipals) {
            String account = AwsPrincipalIds.wholeAccount(trusted);
            if (account != null) {
                trustedAccounts.add(account);
            } else {
                trustedIds.add(trusted);
            }
        }
    }

    /** What is wrong (FAIL), and failing that what could not be judged (UNKNOWN); both empty is a pass. */
    record Result(List<String> problems, List<String> doubts) {
    }

    Result judge(TrustPolicy policy) {
        // Keyed by statement and principal, so that one gap found in several sessions is reported once.
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> doubts = new LinkedHashSet<>();
        boolean trustedGetsIn = false;
        Truth trustedMaybe = Truth.NO;
        for (Request request : requests(policy)) {
            Map<Statement, Truth> allows = new LinkedHashMap<>();
            Truth allowed = Truth.NO;
            Truth denied = Truth.NO;
            for (Statement statement : policy.statements()) {
                Truth applies = applies(statement, request);
                if (statement.allow()) {
                    allows.put(statement, applies);
                    allowed = allowed.or(applies);
                } else {
                    denied = denied.or(applies);
                }
            }
            Truth admitted = allowed.and(denied.not());
            if (admitted.value() == Truth.Value.NO) {
                continue;
            }
            Statement through = allows.entrySet().stream().filter(e -> e.getValue().value() != Truth.Value.NO)
                    .sorted((a, b) -> b.getValue().value().compareTo(a.getValue().value()))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            String who = who(through, request);
            boolean trusted = isTrusted(request.requester());
            if (trusted && request.requester().type().equals("AWS") && !request.mfa()) {
                if (admitted.yes()) {
                    problems.putIfAbsent(through.label() + who, through.label() + " lets " + who + " in without MFA" + mfaHint(through, request));
                } else {
                    doubts.add("whether " + through.label() + " lets " + who + " in without MFA depends on " + String.join(", ", new TreeSet<>(admitted.doubts())));
                }
            } else if (trusted) {
                trustedGetsIn |= admitted.yes();
                trustedMaybe = trustedMaybe.or(admitted);
            } else if (admitted.yes()) {
                problems.putIfAbsent(through.label() + who, through.label() + " lets " + who + " assume the role");
            } else {
                doubts.add("whether " + through.label() + " lets " + who + " in depends on " + String.join(", ", new TreeSet<>(admitted.doubts())));
            }
        }
        if (!trustedGetsIn) {
            if (trustedMaybe.maybe()) {
                doubts.add("whether a configured trusted principal can assume the role depends on " + String.join(", ", new TreeSet<>(trustedMaybe.doubts())));
            } else {
                problems.put("", "no statement lets a configured trusted principal assume the role");
            }
        }
        return new Result(List.copyOf(problems.values()), List.copyOf(doubts));
    }

    private static Truth applies(Statement statement, Request request) {
        Truth principal = Truth.NO;
        for (Principal entry : statement.principals()) {
            principal = principal.or(names(entry, request.requester()));
        }
        Truth action = Truth.NO;
        for (String pattern : statement.actions()) {
            action = action.or(actionMatches(pattern, request.requester().action()));
        }
        Truth conditions = Truth.YES;
        Map<String, Integer> chosenKeys = new HashMap<>();
        for (Condition condition : statement.conditions()) {
            conditions = conditions.and(TrustConditions.evaluate(condition, request.context()));
            if (TrustConditions.requesterChosen(condition.key())) {
                chosenKeys.merge(condition.key().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        for (var key : chosenKeys.entrySet()) {
            if (key.getValue() > 1) {
                conditions = conditions.and(Truth.maybe("several conditions on " + key.getKey()));
            }
        }
        return (statement.notPrincipal() ? principal.not() : principal)
                .and(statement.notAction() ? action.not() : action)
                .and(conditions);
    }

    /** Whether a Principal entry names the requester. */
    private static Truth names(Principal entry, Requester requester) {
        if ("*".equals(entry.type())) {
            return Truth.YES;
        }
        if ("*".equals(entry.id())) {
            return entry.type().equals(requester.type()) ? Truth.YES
                    : Truth.maybe("Principal " + entry.type() + " \"*\" for a " + requester.type() + " principal");
        }
        return switch (entry.type()) {
            case "AWS" -> requester.type().equals("AWS") ? namesAws(entry.id(), requester) : Truth.NO;
            case "Federated", "Service" -> Truth.of(entry.type().equals(requester.type()) && entry.id().equalsIgnoreCase(requester.id()));
            default -> Truth.maybe(entry.type() + " principal " + entry.id());
        };
    }

    private static Truth namesAws(String id, Requester requester) {
        String account = AwsPrincipalIds.wholeAccount(id);
        if (account != null) {
            return Truth.of(account.equals(requester.account()));
        }
        if (AwsPrincipalIds.isArn(id)) {
            return Truth.of(id.equalsIgnoreCase(requester.id()));
        }
        if (UNIQUE_ID.matcher(id).matches()) {
            return Truth.NO;
        }
        return Truth.maybe("AWS principal '" + id + "'");
    }

    private static Truth actionMatches(String pattern, String action) {
        if (!pattern.equals("*") && !pattern.matches("[A-Za-z0-9-]+:[A-Za-z0-9*?]+")) {
            return Truth.maybe("action '" + pattern + "'");
        }
        return Truth.of(NamePattern.of(pattern).matches(action));
    }

    private boolean isTrusted(Requester requester) {
        return switch (requester.type()) {
            case "AWS" -> trustedAccounts.contains(requester.account()) || trustedIds.stream().anyMatch(requester.id()::equalsIgnoreCase);
            default -> trustedIds.stream().anyMatch(requester.id()::equalsIgnoreCase);
        };
    }

    /** Names who gets in through a statement, explaining a wildcard or complement that let them. */
    private static String who(Statement statement, Request request) {
        Requester requester = request.requester();
        if (statement.notPrincipal()) {
            return "every principal not named in its NotPrincipal, such as " + requester.label();
        }
        boolean wildcard = statement.principals().stream().anyMatch(Principal::isWildcard);
        if (!wildcard) {
            return requester.label();
        }
        boolean orgCondition = statement.conditions().stream().anyMatch(c -> c.key().equalsIgnoreCase(ORG_ID));
        if (orgCondition && request.orgId() != null) {
            return "every principal in organization " + request.orgId() + " (Principal \"*\" with aws:PrincipalOrgID admits the whole "
                    + "organization, not only the configured trusted principals)";
        }
        return requester.stranger() ? "any principal (\"*\")" : requester.label() + " (through Principal \"*\")";
    }

    private static String mfaHint(Statement statement, Request request) {
        String session = request.context().containsKey(MFA_PRESENT)
                ? " (a session whose aws:MultiFactorAuthPresent is false)"
                : " (a request signed with access keys, which carries no MFA context)";
        for (Condition condition : statement.conditions()) {
            String key = condition.key().toLowerCase(Locale.ROOT);
            String operator = condition.operator().toLowerCase(Locale.ROOT);
            if (key.equals(MFA_PRESENT) && operator.startsWith("forallvalues:")) {
                return session + ": ForAllValues is true when the key is missing";
            }
            if (key.equals(MFA_PRESENT) && operator.endsWith("ifexists")) {
                return session + ": " + condition.operator() + " " + condition.key() + " also admits requests signed with access keys; use Bool";
            }
            if (key.equals(MFA_PRESENT) && condition.values().size() > 1) {
                return session + ": " + condition + " accepts either value";
            }
            if (key.equals("sts:externalid")) {
                return session + ": an ExternalId is not MFA";
            }
        }
        return session + ": no condition requires Bool aws:MultiFactorAuthPresent true";
    }

    private List<Request> requests(TrustPolicy policy) {
        Candidates candidates = new Candidates(policy, trustedAccounts, trustedIds);
        List<Request> requests = new ArrayList<>();
        for (Requester requester : candidates.requesters()) {
            if (!requester.type().equals("AWS")) {
                requests.add(Request.of(requester, null, null, null));
                continue;
            }
            for (String orgId : candidates.orgIds()) {
                requests.add(Request.of(requester, orgId, null, null));
                requests.add(Request.of(requester, orgId, false, null));
                for (long age : candidates.mfaAges()) {
                    requests.add(Request.of(requester, orgId, true, age));
                }
            }
        }
        return requests;
    }

    /**
     * Someone who might assume the role. {@code type} is AWS, Federated or Service; {@code id} the principal
     * ARN, provider or service name; {@code stranger} marks the principals the analysis made up to stand for
     * everyone the policy does not name.
     */
    record Requester(String type, String id, String account, String label, boolean stranger) {

        String action() {
            if (!type.equals("Federated")) {
                return "sts:AssumeRole";
            }
            return id.contains(":saml-provider/") ? "sts:AssumeRoleWithSAML" : "sts:AssumeRoleWithWebIdentity";
        }
    }

    /** One role assumption: the requester, its organization, and its session's MFA context. */
    record Request(Requester requester, String orgId, Map<String, String> context) {

        static Request of(Requester requester, String orgId, Boolean mfa, Long mfaAge) {
            Map<String, String> context = new HashMap<>();
            context.put("aws:principalisawsservice", String.valueOf(requester.type().equals("Service")));
            if (requester.type().equals("Service")) {
                context.put("aws:principalservicename", requester.id());
            }
            if (requester.type().equals("AWS")) {
                context.put("aws:principalarn", requester.id());
                if (requester.account() != null) {
                    context.put("aws:principalaccount", requester.account());
                }
                if (orgId != null) {
                    context.put(ORG_ID, orgId);
                }
                if (mfa != null) {
                    context.put(MFA_PRESENT, mfa.toString());
                }
                if (mfaAge != null) {
                    context.put(MFA_AGE, mfaAge.toString());
                }
            }
            return new Request(requester, orgId, Map.copyOf(context));
        }

        boolean mfa() {
            return "true".equals(context.get(MFA_PRESENT));
        }
    }
}
