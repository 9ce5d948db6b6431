package io.irready.config;

import io.irready.config.IrreadyProperties.Source;
import java.time.Duration;
import io.irready.checks.CheckSettings;
import io.irready.checks.CheckSettings.RoleKind;
import io.irready.checks.CheckSettings.RoleSpec;
import io.irready.checks.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationValidatorTest {

    @Test
    void theDefaultsWithATrustedPrincipalAreValid() {
        assertThat(ConfigurationValidator.validate(properties(List.of("us-east-1"), 365, List.of("Owner"), List.of("111122223333")))).isEmpty();
    }

    @Test
    void eachWrongValueIsNamedWithWhatIsExpected() {
        var problems = ConfigurationValidator.validate(properties(List.of("us-east-1", "moon-base", "us-east-1"), 0, List.of("aws:owner"),
                List.of("security-team")));
        assertThat(problems).extracting(ConfigurationProblem::key).containsExactly(
                "irready.scope.regions[1]", "irready.scope.regions[2]", "irready.checks.log-retention.minimum-days",
                "irready.checks.tagging.required-keys[0]", "irready.checks.responder-roles.trusted-principals[0]");
        assertThat(problems.get(0).toString()).isEqualTo("irready.scope.regions[1] = 'moon-base': expected a Region name such as us-east-1");
        assertThat(problems.get(2).toString()).isEqualTo("irready.checks.log-retention.minimum-days = '0': expected a whole number from 1 to 3653");
    }

    @Test
    void responderRolesNeedTrustedPrincipals() {
        var problems = ConfigurationValidator.validate(properties(List.of("us-east-1"), 365, List.of("Owner"), List.of()));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("irready.checks.responder-roles.trusted-principals");
            assertThat(p.expected()).contains("security account id");
        });
    }

    @Test
    void acceptsProviderAndRoleArnsAsTrustedPrincipals() {
        var problems = ConfigurationValidator.validate(properties(List.of("eu-central-1"), 400, List.of("Owner"),
                List.of("arn:aws:iam::123456789012:saml-provider/Okta", "arn:aws:iam::111122223333:role/Responders", "arn:aws-us-gov:iam::111122223333:root")));
        assertThat(problems).isEmpty();
    }

    @Test
    void rejectsAnEndpointThatIsNotAUrlAndEmptyRegions() {
        var base = properties(List.of(), 365, List.of("Owner"), List.of("111122223333"));
        var withEndpoint = new IrreadyProperties(base.scope(), base.collect(), new IrreadyProperties.Aws("localhost:5000", 5, Duration.ofSeconds(30)), base.output(),
                base.exit(), base.checks(), base.report());
        assertThat(ConfigurationValidator.validate(withEndpoint)).extracting(ConfigurationProblem::key)
                .containsExactly("irready.scope.regions", "irready.aws.endpoint");
    }

    @Test
    void scopeKeysAreCheckedAgainstTheSource() {
        var base = properties(List.of("us-east-1"), 365, List.of("Owner"), List.of("111122223333"));
        var accountsWithoutIds = withScope(base, new IrreadyProperties.Scope(Source.ACCOUNTS, List.of("us-east-1"), List.of(), List.of(), List.of(),
                List.of(), "irready-audit", "", "irready"));
        assertThat(ConfigurationValidator.validate(accountsWithoutIds)).extracting(ConfigurationProblem::key).containsExactly("irready.scope.accounts");

        var wrong = withScope(base, new IrreadyProperties.Scope(Source.CALLER, List.of("us-east-1"), List.of("12345"), List.of("ou-x"),
                List.of("111122223333"), List.of("Workloads"), "bad role!", "x", "a"));
        assertThat(ConfigurationValidator.validate(wrong)).extracting(ConfigurationProblem::key).containsExactly(
                "irready.scope.accounts[0]", "irready.scope.accounts", "irready.scope.exclude-accounts", "irready.scope.include-ous",
                "irready.scope.include-ous[0]", "irready.scope.exclude-ous", "irready.scope.exclude-ous[0]", "irready.scope.audit-role",
                "irready.scope.audit-role-external-id", "irready.scope.audit-session-name");

        var organization = withScope(base, new IrreadyProperties.Scope(Source.ORGANIZATION, List.of("us-east-1"), List.of(),
                List.of("ou-ab12-cdefgh34", "Root/Workloads/Prod", "r-ab12"), List.of("111122223333"), List.of(), "audit/irready-audit",
                "my-external-id", "irready-nightly"));
        assertThat(ConfigurationValidator.validate(organization)).isEmpty();
    }

    @Test
    void theExternalIdIsNeverEchoed() {
        var base = properties(List.of("us-east-1"), 365, List.of("Owner"), List.of("111122223333"));
        var secret = withScope(base, new IrreadyProperties.Scope(Source.ORGANIZATION, List.of("us-east-1"), List.of(), List.of(), List.of(),
                List.of(), "irready-audit", "s3cr3t value!", "irready"));
        assertThat(ConfigurationValidator.validate(secret)).singleElement().asString().doesNotContain("s3cr3t").contains("(hidden)");
    }

    private static IrreadyProperties withScope(IrreadyProperties base, IrreadyProperties.Scope scope) {
        return new IrreadyProperties(scope, base.collect(), base.aws(), base.output(), base.exit(), base.checks(), base.report());
    }

    static IrreadyProperties properties(List<String> regions, int retentionDays, List<String> tagKeys, List<String> trusted) {
        return new IrreadyProperties(new IrreadyProperties.Scope(Source.CALLER, regions, List.of(), List.of(), List.of(), List.of(),
                "OrganizationAccountAccessRole", "", "irready"), new IrreadyProperties.Collect(8, 8),
                new IrreadyProperties.Aws("", 5, Duration.ofSeconds(30)),
                new IrreadyProperties.Output("irready-out"), new IrreadyProperties.Exit(Severity.LOW),
                new CheckSettings(new CheckSettings.LogRetention(retentionDays), new CheckSettings.Tagging(tagKeys),
                        new CheckSettings.ResponderRoles(List.of(new RoleSpec("IR-Investigator", RoleKind.INVESTIGATOR)), trusted,
                                List.of("SecurityAudit"))),
                new IrreadyProperties.Report("", 25));
    }
}
