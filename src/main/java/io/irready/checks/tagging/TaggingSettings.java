package io.irready.checks.tagging;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;

/** {@code irready.checks.tagging}: the tag keys every resource must carry, with a value (case-sensitive). */
@CheckSettings.Section("tagging")
public record TaggingSettings(List<String> requiredKeys) implements CheckSettings {

    public TaggingSettings {
        requiredKeys = requiredKeys == null ? List.of() : List.copyOf(requiredKeys);
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (requiredKeys.isEmpty()) {
            problems.add(new ConfigurationProblem("required-keys", null, "at least one tag key, e.g. [Owner, Environment]"));
        }
        for (int i = 0; i < requiredKeys.size(); i++) {
            String key = requiredKeys.get(i);
            if (key == null || key.isBlank() || key.length() > 128 || key.startsWith("aws:")) {
                problems.add(new ConfigurationProblem("required-keys[" + i + "]", key, "a tag key of 1 to 128 characters, not starting with aws:"));
            }
        }
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Required tag keys", String.join(", ", requiredKeys)));
    }
}
