package io.irready.checks.logging;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code irready.checks.logging}: how fresh a trail's last delivery (to S3 and to CloudWatch Logs) must be to count
 * as healthy, and how often AWS Config must record: {@code continuous} (every change, as an investigation needs the
 * state before and after it) or {@code daily} (a daily recording frequency is accepted).
 */
@CheckSettings.Section("logging")
public record LoggingSettings(int deliveryMaxAgeHours, String configRecordingFrequency) implements CheckSettings {

    private static final Set<String> FREQUENCIES = Set.of("continuous", "daily");

    public LoggingSettings {
        configRecordingFrequency = configRecordingFrequency == null ? "continuous" : configRecordingFrequency;
    }

    /** Whether a recorder that records daily falls short. */
    public boolean continuousRecordingRequired() {
        return "continuous".equals(configRecordingFrequency);
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.range(problems, "delivery-max-age-hours", deliveryMaxAgeHours, 1, 720);
        if (!FREQUENCIES.contains(configRecordingFrequency)) {
            problems.add(new ConfigurationProblem("config-recording-frequency", configRecordingFrequency, "continuous or daily"));
        }
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Trail delivery counts as healthy within (hours)", String.valueOf(deliveryMaxAgeHours)),
                new Setting("AWS Config recording frequency required", configRecordingFrequency));
    }
}
