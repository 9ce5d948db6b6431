package io.irready.checks.recovery;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code irready.checks.recovery}: the tag that marks critical resources (key, and the values that mean
 * critical, ignoring case), how far back a failed backup job counts, how recent a tested restore must be,
 * and the minimum automated backup retention of RDS databases.
 */
@CheckSettings.Section("recovery")
public record RecoverySettings(String criticalTagKey,
                               List<String> criticalTagValues,
                               int failedJobDays,
                               int restoreTestDays,
                               int rdsRetentionDays) implements CheckSettings {

    public RecoverySettings {
        criticalTagKey = criticalTagKey == null ? "" : criticalTagKey;
        criticalTagValues = criticalTagValues == null ? List.of() : List.copyOf(criticalTagValues);
    }

    public boolean isCritical(Map<String, String> tags) {
        String value = tags.get(criticalTagKey);
        return value != null && criticalTagValues.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (criticalTagKey.isBlank() || criticalTagKey.length() > 128 || criticalTagKey.startsWith("aws:")) {
            problems.add(new ConfigurationProblem("critical-tag-key", criticalTagKey, "a tag key of up to 128 characters, not starting with aws:"));
        }
        if (criticalTagValues.isEmpty()) {
            problems.add(new ConfigurationProblem("critical-tag-values", null, "at least one value that marks a resource critical"));
        }
        ConfigurationProblem.each(problems, "critical-tag-values", criticalTagValues, v -> !v.isBlank() && v.length() <= 256,
                "a tag value of up to 256 characters");
        ConfigurationProblem.range(problems, "failed-job-days", failedJobDays, 1, 30);
        ConfigurationProblem.range(problems, "restore-test-days", restoreTestDays, 1, 180);
        ConfigurationProblem.range(problems, "rds-retention-days", rdsRetentionDays, 1, 35);
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Critical resources are tagged", criticalTagKey + " = " + String.join(" | ", criticalTagValues)),
                new Setting("Failed backup jobs count for (days)", String.valueOf(failedJobDays)),
                new Setting("A restore must have been tested within (days)", String.valueOf(restoreTestDays)),
                new Setting("RDS automated backups kept at least (days)", String.valueOf(rdsRetentionDays)));
    }
}
