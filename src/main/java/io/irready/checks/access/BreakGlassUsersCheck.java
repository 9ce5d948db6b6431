package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.iam.BreakGlassUsers;
import io.irready.services.iam.BreakGlassUsers.User;

import java.util.ArrayList;
import java.util.List;

/**
 * IR-ACC-05: break-glass users exist where they are kept (the configured account; every audited account when
 * none is configured) and each is hardened: MFA, a console password to sign in with, and no active access
 * key. Accounts other than the configured one have nothing to judge unless they hold such users anyway.
 */
public final class BreakGlassUsersCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var settings = context.settings(BreakGlassSettings.class);
        String ref = account.ref(BreakGlassUsers.TYPE, null);
        var users = account.get(BreakGlassUsers.TYPE).flatMap(BreakGlassUsers::users);
        if (users.data().isEmpty()) {
            return findings.unknown(null, "break-glass users", "The IAM users could not be listed: " + users.gap(), ref).toList();
        }
        if (users.data().get().isEmpty()) {
            String patterns = String.join(", ", settings.users());
            if (!settings.account().isEmpty() && !settings.account().equals(account.accountId())) {
                return findings.notApplicable(null, "break-glass users", "Break-glass users are kept in account " + settings.account()
                        + ", and this account has none (" + patterns + ").", ref).toList();
            }
            return findings.fail(null, "break-glass users", "No break-glass user (" + patterns + ") exists"
                    + (settings.account().isEmpty() ? "; if they are kept in another account, set irready.checks.break-glass.account to it." : "."),
                    ref).toList();
        }
        for (User user : users.data().get()) {
            findings.add(judge(user), null, user.arn(), ref);
        }
        return findings.toList();
    }

    private static Verdict judge(User user) {
        List<String> problems = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        user.mfaDevices().data().ifPresentOrElse(n -> {
            if (n < 1) {
                problems.add("has no MFA device");
            }
        }, () -> gaps.add("its MFA devices: " + user.mfaDevices().gap()));
        user.activeAccessKeys().data().ifPresentOrElse(n -> {
            if (n > 0) {
                problems.add("has " + n + " active access key" + (n == 1 ? "" : "s") + ", which can leak and need no MFA");
            }
        }, () -> gaps.add("its access keys: " + user.activeAccessKeys().gap()));
        user.consolePassword().data().ifPresentOrElse(has -> {
            if (!has) {
                problems.add("has no console password, so it cannot be used to sign in");
            }
        }, () -> gaps.add("its login profile: " + user.consolePassword().gap()));
        String used = user.passwordLastUsed() == null ? "never signed in" : "last signed in " + user.passwordLastUsed();
        if (!problems.isEmpty()) {
            return Verdict.fail("Break-glass user " + user.name() + " " + String.join("; ", problems) + " (" + used + ").");
        }
        if (!gaps.isEmpty()) {
            return Verdict.unknown("Break-glass user " + user.name() + " could not be fully read: " + String.join("; ", gaps) + ".");
        }
        return Verdict.pass("Break-glass user " + user.name() + " has MFA, a console password and no access key (" + used + ").");
    }
}
