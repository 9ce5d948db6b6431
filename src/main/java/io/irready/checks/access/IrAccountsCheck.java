package io.irready.checks.access;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.OrganizationAccountsSettings;
import io.irready.checks.OrganizationAccountsSettings.Role;
import io.irready.checks.OrganizationView;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.evidence.EvidenceBundle;
import io.irready.services.organizations.OrganizationEvidence.Account;

import java.util.List;
import java.util.Map;

/**
 * IR-ACC-01: the organization has the accounts incident response relies on, each ACTIVE and distinct: a
 * security tooling account, a log archive and a forensics account, found by configured id or name pattern.
 */
public final class IrAccountsCheck extends BaseCheck {

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var settings = context.settings(OrganizationAccountsSettings.class);
        Map<String, Role> roles = Map.of("security tooling account", settings.securityTooling(), "log archive account", settings.logArchive(),
                "forensics account", settings.forensics());
        for (String name : List.of("security tooling account", "log archive account", "forensics account")) {
            Role role = roles.get(name);
            var found = OrganizationView.accounts(account, role);
            findings.add(Verdict.given(found, "The organization's accounts", accounts -> judge(name, role, accounts, roles)), null, name,
                    EvidenceBundle.ORGANIZATION);
        }
        return findings.toList();
    }

    private static Verdict judge(String name, Role role, List<Account> accounts, Map<String, Role> roles) {
        if (accounts.isEmpty()) {
            return Verdict.fail("The organization has no " + name + " (" + role.describe() + ").");
        }
        List<Account> active = accounts.stream().filter(a -> "ACTIVE".equals(a.state())).toList();
        if (active.isEmpty()) {
            return Verdict.fail("The " + name + " " + accounts.get(0).id() + " is " + accounts.get(0).state() + ", not ACTIVE.");
        }
        for (Account candidate : active) {
            if (otherRoles(name, candidate, roles).isEmpty()) {
                return Verdict.pass("The " + name + " is " + candidate.id() + " (" + candidate.name() + ").");
            }
        }
        return Verdict.fail("The " + name + " " + active.get(0).id() + " is also the " + String.join(" and ", otherRoles(name, active.get(0), roles))
                + "; each needs its own account so one compromise does not reach all.");
    }

    private static List<String> otherRoles(String name, Account account, Map<String, Role> roles) {
        return roles.entrySet().stream().filter(e -> !e.getKey().equals(name) && e.getValue().matches(account.id(), account.name()))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
