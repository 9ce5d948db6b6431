package io.irready.checks.access;

import io.irready.checks.CheckSettings;
import io.irready.checks.NamePattern;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code irready.checks.break-glass}: the IAM users kept for emergencies (names or patterns with
 * {@code *} and {@code ?}), and the account that holds them (the security account; empty: any account
 * may). Break-glass users are not expected in every account; where they exist they must be hardened.
 */
@CheckSettings.Section("break-glass")
public record BreakGlassSettings(List<String> users, String account) implements CheckSettings {

    private static final Pattern USER_PATTERN = Pattern.compile("[\\w+=,.@*?-]{1,64}");

    public BreakGlassSettings {
        users = users == null ? List.of() : List.copyOf(users);
        account = account == null ? "" : account;
    }

    public boolean isBreakGlassUser(String userName) {
        return users.stream().anyMatch(glob -> NamePattern.of(glob).matches(userName));
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.each(problems, "users", users, u -> USER_PATTERN.matcher(u).matches(), "a user name, or a pattern with * and ?");
        if (!account.isEmpty() && !account.matches("\\d{12}")) {
            problems.add(new ConfigurationProblem("account", account, "the 12-digit id of the account that holds the break-glass users, or empty"));
        }
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Break-glass users", String.join(", ", users) + (account.isEmpty() ? "" : " in account " + account)));
    }
}
