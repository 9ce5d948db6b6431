package io.irready.checks.access;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;

/** {@code irready.checks.live-response}: the share of running instances Systems Manager must manage, in percent. */
@CheckSettings.Section("live-response")
public record LiveResponseSettings(int minimumManagedPercent) implements CheckSettings {

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.range(problems, "minimum-managed-percent", minimumManagedPercent, 1, 100);
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Running instances managed by Systems Manager (minimum %)", String.valueOf(minimumManagedPercent)));
    }
}
