package io.irready.checks.access;

import io.irready.checks.CheckSettings;
import io.irready.checks.NamePattern;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code irready.checks.identity-center}: the names (or patterns with {@code *} and {@code ?}) of the IAM
 * Identity Center permission sets responders use.
 */
@CheckSettings.Section("identity-center")
public record IdentityCenterSettings(List<String> irPermissionSets) implements CheckSettings {

    private static final Pattern NAME = Pattern.compile("[\\w+=,.@*?-]{1,32}");

    public IdentityCenterSettings {
        irPermissionSets = irPermissionSets == null ? List.of() : List.copyOf(irPermissionSets);
    }

    public boolean isIrPermissionSet(String name) {
        return irPermissionSets.stream().anyMatch(pattern -> NamePattern.of(pattern).matches(name));
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (irPermissionSets.isEmpty()) {
            problems.add(new ConfigurationProblem("ir-permission-sets", null, "at least one permission set name or pattern"));
        }
        ConfigurationProblem.each(problems, "ir-permission-sets", irPermissionSets, v -> NAME.matcher(v).matches(),
                "a permission set name of up to 32 characters, or a pattern with * and ?");
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Incident response permission sets", String.join(", ", irPermissionSets)));
    }
}
