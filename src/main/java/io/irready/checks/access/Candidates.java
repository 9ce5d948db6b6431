package io.irready.checks.access;

import io.irready.checks.access.TrustAnalysis.Requester;
import io.irready.checks.access.TrustPolicy.Condition;
import io.irready.checks.access.TrustPolicy.Principal;
import io.irready.checks.access.TrustPolicy.Statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The requesters, organizations and MFA ages worth trying against one trust policy. Who can get in is
 * decided by equality and wildcard tests against the constants in the policy and the configuration, so
 * trying each constant (a wildcard pattern filled in once for every account that could fill it) plus one
 * stranger of each principal type covers every outcome.
 */
final class Candidates {

    private static final String ANY_ROLE = "role/irready-candidate";

    private final Map<String, Requester> requesters = new LinkedHashMap<>();
    private final List<String> orgIds = new ArrayList<>();
    private final Set<Long> mfaAges = new LinkedHashSet<>();
    private final Set<String> accounts = new LinkedHashSet<>();

    Candidates(TrustPolicy policy, Set<String> trustedAccounts, Set<String> trustedIds) {
        orgIds.add(null);
        mfaAges.add(0L);
        accounts.addAll(trustedAccounts);
        List<Condition> conditions = policy.statements().stream().flatMap(s -> s.conditions().stream()).toList();
        for (Statement statement : policy.statements()) {
            statement.principals().forEach(p -> accounts.add(AwsPrincipalIds.accountOf(p.id())));
        }
        conditions.stream().filter(c -> is(c, "aws:principalaccount")).flatMap(c -> c.values().stream())
                .forEach(v -> accounts.add(fillAccount(v)));
        conditions.stream().filter(c -> is(c, "aws:principalarn")).flatMap(c -> c.values().stream())
                .map(v -> v.split(":", 6)).filter(parts -> parts.length == 6).forEach(parts -> accounts.add(fillAccount(parts[4])));
        trustedIds.forEach(id -> accounts.add(AwsPrincipalIds.accountOf(id)));
        accounts.remove(null);
        String stranger = strangerAccount();
        accounts.add(stranger);

        // The policy's own principals first: a requester is labelled as the policy names it.
        for (Statement statement : policy.statements()) {
            for (Principal principal : statement.principals()) {
                if (!principal.isWildcard()) {
                    fromId(principal.type(), principal.id(), principal.id());
                }
            }
        }
        trustedAccounts.forEach(account -> anyoneIn(account, account, false));
        trustedIds.forEach(id -> fromId(AwsPrincipalIds.isArn(id) && !id.contains("-provider/") ? "AWS" : "Federated", id, id));
        for (Condition condition : conditions) {
            for (String value : condition.values()) {
                String label = value + " (from " + condition.key() + ")";
                if (is(condition, "aws:principalarn")) {
                    for (String account : accounts) {
                        String arn = fillArn(value, account);
                        if (arn != null) {
                            add(new Requester("AWS", arn, AwsPrincipalIds.accountOf(arn), arn.equals(value) ? label : arn + " (matches " + value + ")", false));
                        }
                    }
                } else if (is(condition, "aws:principalaccount")) {
                    accounts.stream().filter(a -> TrustConditions.glob(value, a)).forEach(a -> anyoneIn(a, a, false));
                } else if (is(condition, "aws:principalorgid")) {
                    orgIds.add(value.replace("*", "irready").replace('?', 'x'));
                } else if (is(condition, "aws:principalservicename")) {
                    add(new Requester("Service", value.replace("*", "irready").replace('?', 'x'), null, label, false));
                } else if (is(condition, "aws:multifactorauthage")) {
                    ages(value);
                }
            }
        }
        anyoneIn(stranger, "a principal of another account (" + stranger + ")", true);
        add(new Requester("Federated", "arn:aws:iam::" + stranger + ":saml-provider/irready-stranger", stranger, "a SAML provider of another account", true));
        add(new Requester("Federated", "irready-stranger.example.com", null, "an OpenID Connect provider not configured as trusted", true));
        add(new Requester("Service", "irready-stranger.amazonaws.com", null, "an AWS service", true));
    }

    List<Requester> requesters() {
        return List.copyOf(requesters.values());
    }

    /** null (not in an organization) and each organization the conditions name. */
    List<String> orgIds() {
        return orgIds.stream().distinct().toList();
    }

    Set<Long> mfaAges() {
        return mfaAges;
    }

    private void fromId(String type, String id, String label) {
        switch (type) {
            case "AWS" -> {
                String account = AwsPrincipalIds.wholeAccount(id);
                if (account != null) {
                    anyoneIn(account, label, false);
                } else if (AwsPrincipalIds.isArn(id)) {
                    add(new Requester("AWS", id, AwsPrincipalIds.accountOf(id), label, false));
                }
            }
            case "Federated", "Service" -> add(new Requester(type, id, null, label, false));
            default -> {
                // CanonicalUser and other types: matching them is a MAYBE for every requester.
            }
        }
    }

    private void anyoneIn(String account, String label, boolean stranger) {
        add(new Requester("AWS", "arn:aws:iam::" + account + ":" + ANY_ROLE, account, label, stranger));
    }

    private void add(Requester requester) {
        requesters.putIfAbsent(requester.type() + " " + requester.id().toLowerCase(Locale.ROOT), requester);
    }

    /** The MFA ages at which a numeric condition on aws:MultiFactorAuthAge can change its answer. */
    private void ages(String value) {
        try {
            long limit = new BigDecimal(value).longValue();
            for (long age : new long[] {limit - 1, limit, limit + 1}) {
                if (age >= 0) {
                    mfaAges.add(age);
                }
            }
        } catch (NumberFormatException e) {
            // Not a number: the condition itself is a MAYBE.
        }
    }

    /**
     * The pattern filled in as a principal of {@code account}: its account part must match the account, its
     * other parts get their wildcards filled. null when the pattern cannot name a principal of that account.
     */
    private static String fillArn(String pattern, String account) {
        String[] parts = pattern.split(":", 6);
        if (parts.length != 6) {
            return pattern.chars().allMatch(c -> c == '*') ? "arn:aws:iam::" + account + ":" + ANY_ROLE : null;
        }
        if (!TrustConditions.glob(parts[4], account)) {
            return null;
        }
        String partition = parts[1].replace("*", "").replace("?", "").isEmpty() ? "aws" : fill(parts[1]);
        String service = TrustConditions.glob(parts[2], "iam") ? "iam" : fill(parts[2]);
        return "arn:" + partition + ":" + service + "::" + account + ":" + fill(parts[5]);
    }

    /** An account id the glob matches, its wildcards filled with nines; null when no account id can match. */
    private static String fillAccount(String glob) {
        String single = glob.replace('?', '9');
        int star = single.indexOf('*');
        String literal = single.replace("*", "");
        String filled = star < 0 ? single : literal.length() > 12 ? literal
                : single.substring(0, star) + "9".repeat(12 - literal.length()) + single.substring(star + 1).replace("*", "");
        return AwsPrincipalIds.isAccountId(filled) && TrustConditions.glob(glob, filled) ? filled : null;
    }

    private static String fill(String glob) {
        return glob.replace("*", "irready").replace('?', 'x');
    }

    /** An account id no one named, standing for every account outside the policy and the configuration. */
    private String strangerAccount() {
        long id = 999_999_999_999L;
        while (accounts.contains(Long.toString(id))) {
            id--;
        }
        return Long.toString(id);
    }


    private static boolean is(Condition condition, String key) {
        return condition.key().equalsIgnoreCase(key);
    }
}
