package io.irready.checks.contacts;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code irready.checks.playbooks}: the tag that marks a Systems Manager document as an incident response
 * playbook, its value naming the scenario(s) it handles (comma- or space-separated), and the scenarios every
 * account needs a playbook for.
 */
@CheckSettings.Section("playbooks")
public record PlaybookSettings(String tagKey, List<String> scenarios) implements CheckSettings {

    private static final Pattern TAG_KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
    private static final Pattern SCENARIO = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public PlaybookSettings {
        tagKey = tagKey == null ? "" : tagKey;
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        if (!TAG_KEY.matcher(tagKey).matches() || tagKey.startsWith("aws:")) {
            problems.add(new ConfigurationProblem("tag-key", tagKey, "a tag key of up to 128 characters, not starting with aws:"));
        }
        if (scenarios.isEmpty()) {
            problems.add(new ConfigurationProblem("scenarios", null, "at least one scenario, e.g. credential-compromise"));
        }
        ConfigurationProblem.each(problems, "scenarios", scenarios, v -> SCENARIO.matcher(v).matches(),
                "a scenario name in lower case with hyphens, e.g. credential-compromise");
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Playbook tag", tagKey), new Setting("Playbook scenarios required", String.join(", ", scenarios)));
    }
}
