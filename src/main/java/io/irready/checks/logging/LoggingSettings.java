package io.irready.checks.logging;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code irready.checks.logging}: how fresh a trail's last delivery (to S3 and to CloudWatch Logs) must be
 * to count as healthy.
 */
@CheckSettings.Section("logging")
public record LoggingSettings(int deliveryMaxAgeHours) implements CheckSettings {

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.range(problems, "delivery-max-age-hours", deliveryMaxAgeHours, 1, 720);
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Trail delivery counts as healthy within (hours)", String.valueOf(deliveryMaxAgeHours)));
    }
}
