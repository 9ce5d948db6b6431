package io.irready.checks.logging;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;

/** {@code irready.checks.log-retention}: how long log groups and log buckets must keep events. */
@CheckSettings.Section("log-retention")
public record LogRetentionSettings(int minimumDays) implements CheckSettings {

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.range(problems, "minimum-days", minimumDays, 1, 3653);
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Minimum log retention (days)", String.valueOf(minimumDays)));
    }
}
