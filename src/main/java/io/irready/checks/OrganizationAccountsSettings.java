package io.irready.checks;

import io.irready.services.organizations.OrganizationEvidence;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code irready.checks.organization-accounts}: the accounts incident response relies on, by id, or when
 * no id is given by a name pattern ({@code *} and {@code ?}, case-insensitive): the security tooling
 * account (delegated administrator of the detectors), the log archive, and the forensics account.
 */
@CheckSettings.Section("organization-accounts")
public record OrganizationAccountsSettings(Role securityTooling, Role logArchive, Role forensics) implements CheckSettings {

    /** One account's id (may be empty) and the name pattern that finds it otherwise. */
    public record Role(String id, String namePattern) {
        public Role {
            id = id == null ? "" : id;
            namePattern = namePattern == null ? "" : namePattern;
        }

        public boolean matches(String accountId, String accountName) {
            if (!id.isEmpty()) {
                return id.equals(accountId);
            }
            return !namePattern.isEmpty() && NamePattern.of(namePattern).matches(accountName);
        }

        /** The organization's accounts this role names. */
        public List<OrganizationEvidence.Account> find(List<OrganizationEvidence.Account> accounts) {
            return accounts.stream().filter(a -> matches(a.id(), a.name())).toList();
        }

        public String describe() {
            return id.isEmpty() ? "named like '" + namePattern + "'" : id;
        }
    }

    public OrganizationAccountsSettings {
        securityTooling = securityTooling == null ? new Role("", "") : securityTooling;
        logArchive = logArchive == null ? new Role("", "") : logArchive;
        forensics = forensics == null ? new Role("", "") : forensics;
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        check(problems, "security-tooling", securityTooling);
        check(problems, "log-archive", logArchive);
        check(problems, "forensics", forensics);
        return problems;
    }

    private static void check(List<ConfigurationProblem> problems, String key, Role role) {
        if (!role.id().isEmpty() && !role.id().matches("\\d{12}")) {
            problems.add(new ConfigurationProblem(key + ".id", role.id(), "a 12-digit account id, or empty to find the account by name"));
        }
        if (role.id().isEmpty() && role.namePattern().isBlank()) {
            problems.add(new ConfigurationProblem(key + ".name-pattern", null, "an account id or a name pattern such as *security*"));
        }
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Security tooling account", securityTooling.describe()),
                new Setting("Log archive account", logArchive.describe()),
                new Setting("Forensics account", forensics.describe()));
    }
}
