package io.irready.checks.detection;

import io.irready.checks.CheckSettings;
import io.irready.checks.NamePattern;
import io.irready.settings.ConfigurationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code irready.checks.detection}: the Security Hub standards every Region must run (by the name in their
 * ARN), the GuardDuty protection plans required where their resources exist, the services whose
 * administration is delegated to the security tooling account, and the accounts that must run Macie (ids or
 * name patterns; empty: every account that has S3 buckets).
 */
@CheckSettings.Section("detection")
public record DetectionSettings(List<String> requiredStandards,
                                List<String> guarddutyFeatures,
                                List<String> delegatedServices,
                                List<String> macieAccounts) implements CheckSettings {

    /** The GuardDuty feature names a configuration may require (GetDetector Features[].Name). */
    static final Set<String> GUARDDUTY_FEATURES = Set.of("S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS",
            "RUNTIME_MONITORING", "LAMBDA_NETWORK_LOGS");
    private static final Pattern STANDARD = Pattern.compile("[a-z0-9-]{3,100}");
    private static final Pattern SERVICE_PRINCIPAL = Pattern.compile("[a-z0-9.-]{3,100}\\.amazonaws\\.com");
    private static final Pattern ACCOUNT_OR_PATTERN = Pattern.compile("\\d{12}|[\\w+=,.@*? -]{1,64}");

    public DetectionSettings {
        requiredStandards = requiredStandards == null ? List.of() : List.copyOf(requiredStandards);
        guarddutyFeatures = guarddutyFeatures == null ? List.of() : List.copyOf(guarddutyFeatures);
        delegatedServices = delegatedServices == null ? List.of() : List.copyOf(delegatedServices);
        macieAccounts = macieAccounts == null ? List.of() : List.copyOf(macieAccounts);
    }

    /** Whether Macie is required in an account that holds S3 buckets. */
    public boolean requiresMacie(String accountId, String accountName) {
        return macieAccounts.isEmpty() || macieAccounts.stream()
                .anyMatch(entry -> entry.equals(accountId) || NamePattern.of(entry).matches(accountName));
    }

    @Override
    public List<ConfigurationProblem> problems() {
        List<ConfigurationProblem> problems = new ArrayList<>();
        ConfigurationProblem.each(problems, "required-standards", requiredStandards, v -> STANDARD.matcher(v).matches(),
                "a standard's name as in its ARN, e.g. aws-foundational-security-best-practices");
        ConfigurationProblem.each(problems, "guardduty-features", guarddutyFeatures, GUARDDUTY_FEATURES::contains,
                "one of " + String.join(", ", GUARDDUTY_FEATURES.stream().sorted().toList()));
        ConfigurationProblem.each(problems, "delegated-services", delegatedServices, v -> SERVICE_PRINCIPAL.matcher(v).matches(),
                "a service principal such as guardduty.amazonaws.com");
        ConfigurationProblem.each(problems, "macie-accounts", macieAccounts, v -> ACCOUNT_OR_PATTERN.matcher(v).matches(),
                "a 12-digit account id or an account name pattern with * and ?");
        return problems;
    }

    @Override
    public List<Setting> reported() {
        return List.of(new Setting("Security Hub standards required", String.join(", ", requiredStandards)),
                new Setting("GuardDuty protection plans required where their resources exist", String.join(", ", guarddutyFeatures)),
                new Setting("Services delegated to the security tooling account", String.join(", ", delegatedServices)),
                new Setting("Accounts that must run Macie", macieAccounts.isEmpty() ? "every account with S3 buckets" : String.join(", ", macieAccounts)));
    }
}
