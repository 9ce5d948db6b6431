package io.irready.checks.attestations;

import io.irready.checks.CheckSettings;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code irready.checks.attestations}: how old an attestation may be before it no longer counts. NIST SP
 * 800-61 and the AWS guide ask for yearly plan reviews, training and exercises, hence 365 days.
 */
@CheckSettings.Section("attestations")
public record AttestationSettings(int maxAgeDays) implements CheckSettings {

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.range(problems, "max-age-days", maxAgeDays, 1, 1825);
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Attestations count for (days)", String.valueOf(maxAgeDays)));
    }
}
