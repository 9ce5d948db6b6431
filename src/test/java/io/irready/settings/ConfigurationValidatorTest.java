package io.irready.settings;

import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.nio.file.Path;
import io.irready.checks.CheckSettings;
import io.irready.checks.Severity;
import io.irready.checks.TestSettings;
import io.irready.settings.IrreadyProperties.Source;
import io.irready.settings.IrreadyProperties.Transport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationValidatorTest {

    private static final String TRUSTED = """
            irready:
              checks:
                responder-roles:
                  trusted-principals: ["111122223333"]
            """;

    @Test
    void theDefaultsWithATrustedPrincipalAreValid() {
        assertThat(ConfigurationValidator.validate(properties(List.of("us-east-1")), checks(TRUSTED))).isEmpty();
    }

    @Test
    void eachWrongValueIsNamedWithWhatIsExpected() {
        var problems = ConfigurationValidator.validate(properties(List.of("us-east-1", "moon-base", "us-east-1")), checks("""
                irready:
                  checks:
                    log-retention:
                      minimum-days: 0
                    tagging:
                      required-keys: ["aws:owner"]
                    responder-roles:
                      trusted-principals: ["security-team"]
                """));
        assertThat(problems).extracting(ConfigurationProblem::key).containsExactlyInAnyOrder(
                "irready.scope.regions[1]", "irready.scope.regions[2]", "irready.checks.log-retention.minimum-days",
                "irready.checks.tagging.required-keys[0]", "irready.checks.responder-roles.trusted-principals[0]");
        assertThat(problems.get(0).toString()).isEqualTo("irready.scope.regions[1] = 'moon-base': expected a Region name such as us-east-1, or all-enabled alone");
        assertThat(problems).anySatisfy(p -> assertThat(p.toString())
                .isEqualTo("irready.checks.log-retention.minimum-days = '0': expected a whole number from 1 to 3653"));
    }

    @Test
    void responderRolesNeedTrustedPrincipals() {
        var problems = ConfigurationValidator.validate(properties(List.of("us-east-1")), checks(""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("irready.checks.responder-roles.trusted-principals");
            assertThat(p.expected()).contains("security account id");
        });
    }

    @Test
    void acceptsProviderAndRoleArnsAsTrustedPrincipals() {
        var problems = ConfigurationValidator.validate(properties(List.of("eu-central-1")), checks("""
                irready:
                  checks:
                    responder-roles:
                      trusted-principals: ["arn:aws:iam::123456789012:saml-provider/Okta", "arn:aws:iam::111122223333:role/Responders",
                                           "arn:aws-us-gov:iam::111122223333:root"]
                """));
        assertThat(problems).isEmpty();
    }

    @Test
    void rejectsAnEndpointThatIsNotAUrlAndEmptyRegions() {
        var base = properties(List.of());
        var withEndpoint = new IrreadyProperties(base.scope(), base.collect(), new IrreadyProperties.Aws("localhost:5000", 5, Duration.ofSeconds(30)),
                base.output(), base.exit(), base.checks(), base.attestations(), base.report(), base.waivers(), base.history(), base.remote());
        assertThat(ConfigurationValidator.validate(withEndpoint, checks(TRUSTED))).extracting(ConfigurationProblem::key)
                .containsExactly("irready.scope.regions", "irready.aws.endpoint");
    }

    @Test
    void aLogoMustBeASmallPngOrJpegAndTheOrganizationNamePrintable(@TempDir Path dir) throws Exception {
        var base = properties(List.of("us-east-1"));
        Path svg = Files.writeString(dir.resolve("logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path big = Files.write(dir.resolve("big.png"), new byte[600 * 1024]);
        Path png = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0});
        for (var logo : List.of(svg, big, dir.resolve("missing.png"))) {
            var withLogo = new IrreadyProperties(base.scope(), base.collect(), base.aws(), base.output(), base.exit(), base.checks(), base.attestations(),
                    new IrreadyProperties.Report("", 25, "Bad\u001b[2JName", logo.toString()), base.waivers(), base.history(), base.remote());
            assertThat(ConfigurationValidator.validate(withLogo, checks(TRUSTED))).extracting(ConfigurationProblem::key)
                    .as(logo.toString()).containsExactly("irready.report.logo", "irready.report.organization-name");
        }
        var good = new IrreadyProperties(base.scope(), base.collect(), base.aws(), base.output(), base.exit(), base.checks(), base.attestations(),
                new IrreadyProperties.Report("", 25, "Example Corp — Sécurité", png.toString()), base.waivers(), base.history(), base.remote());
        assertThat(ConfigurationValidator.validate(good, checks(TRUSTED))).isEmpty();
    }

    @Test
    void remotePartitioningNeedsAQueueUrlAndDurationsSqsAccepts() {
        var base = properties(List.of("us-east-1"));
        var withoutQueue = withRemote(base, new IrreadyProperties.Remote(Transport.SQS, "irready-partitions", Duration.ofSeconds(5),
                Duration.ofHours(13), Duration.ZERO, false));
        assertThat(ConfigurationValidator.validate(withoutQueue, checks(TRUSTED))).extracting(ConfigurationProblem::key)
                .containsExactly("irready.remote.queue-url", "irready.remote.visibility-timeout", "irready.remote.worker-idle-timeout");
        for (String url : List.of("https://sqs.eu-west-1.amazonaws.com/111122223333/irready-partitions", "http://127.0.0.1:5000/123456789012/q")) {
            var good = withRemote(base, new IrreadyProperties.Remote(Transport.SQS, url, Duration.ofSeconds(5), Duration.ofMinutes(5),
                    Duration.ofMinutes(15), true));
            assertThat(ConfigurationValidator.validate(good, checks(TRUSTED))).as(url).isEmpty();
        }
    }

    @Test
    void scopeKeysAreCheckedAgainstTheSource() {
        var base = properties(List.of("us-east-1"));
        var accountsWithoutIds = withScope(base, new IrreadyProperties.ScopeSettings(Source.ACCOUNTS, List.of("us-east-1"), List.of(), List.of(),
                List.of(), List.of(), "irready-audit", "", "irready", List.of()));
        assertThat(ConfigurationValidator.validate(accountsWithoutIds, checks(TRUSTED))).extracting(ConfigurationProblem::key)
                .containsExactly("irready.scope.accounts");

        var wrong = withScope(base, new IrreadyProperties.ScopeSettings(Source.CALLER, List.of("us-east-1"), List.of("12345"), List.of("ou-x"),
                List.of("111122223333"), List.of("Workloads"), "bad role!", "x", "a", List.of()));
        assertThat(ConfigurationValidator.validate(wrong, checks(TRUSTED))).extracting(ConfigurationProblem::key).containsExactly(
                "irready.scope.accounts[0]", "irready.scope.accounts", "irready.scope.exclude-accounts", "irready.scope.include-ous",
                "irready.scope.include-ous[0]", "irready.scope.exclude-ous", "irready.scope.exclude-ous[0]", "irready.scope.audit-role",
                "irready.scope.audit-role-external-id", "irready.scope.audit-session-name");

        var organization = withScope(base, new IrreadyProperties.ScopeSettings(Source.ORGANIZATION, List.of("us-east-1"), List.of(),
                List.of("ou-ab12-cdefgh34", "Root/Workloads/Prod", "r-ab12"), List.of("111122223333"), List.of(), "audit/irready-audit",
                "my-external-id", "irready-nightly", List.of()));
        assertThat(ConfigurationValidator.validate(organization, checks(TRUSTED))).isEmpty();
    }

    @Test
    void theExternalIdIsNeverEchoed() {
        var secret = withScope(properties(List.of("us-east-1")), new IrreadyProperties.ScopeSettings(Source.ORGANIZATION, List.of("us-east-1"),
                List.of(), List.of(), List.of(), List.of(), "irready-audit", "s3cr3t value!", "irready", List.of()));
        assertThat(ConfigurationValidator.validate(secret, checks(TRUSTED))).singleElement().asString().doesNotContain("s3cr3t").contains("(hidden)");
    }

    @Test
    void allEnabledStandsAloneAndAMisspellingIsNamed() {
        assertThat(ConfigurationValidator.validate(properties(List.of("all-enabled")), checks(TRUSTED))).isEmpty();
        assertThat(ConfigurationValidator.validate(properties(List.of("all-enabled", "us-east-1")), checks(TRUSTED))).singleElement()
                .hasToString("irready.scope.regions = 'all-enabled,us-east-1': expected all-enabled alone (every Region each account has "
                        + "enabled), or a list of Regions without it");
        assertThat(ConfigurationValidator.validate(properties(List.of("all-enabeld")), checks(TRUSTED))).singleElement()
                .hasToString("irready.scope.regions[0] = 'all-enabeld': expected a Region name such as us-east-1, or all-enabled alone");
        assertThat(ConfigurationValidator.validate(properties(List.of("us-east-1", "us-gov-west-1")), checks(TRUSTED))).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("irready.scope.regions[1]").contains("one run audits one partition"));
    }

    private static Map<Class<? extends CheckSettings>, CheckSettings> checks(String yaml) {
        return TestSettings.bound(yaml).values();
    }

    private static IrreadyProperties withRemote(IrreadyProperties base, IrreadyProperties.Remote remote) {
        return new IrreadyProperties(base.scope(), base.collect(), base.aws(), base.output(), base.exit(), base.checks(), base.attestations(),
                base.report(), base.waivers(), base.history(), remote);
    }

    private static IrreadyProperties withScope(IrreadyProperties base, IrreadyProperties.ScopeSettings scope) {
        return new IrreadyProperties(scope, base.collect(), base.aws(), base.output(), base.exit(), base.checks(), base.attestations(), base.report(), base.waivers(), base.history(), base.remote());
    }

    static IrreadyProperties properties(List<String> regions) {
        return new IrreadyProperties(new IrreadyProperties.ScopeSettings(Source.CALLER, regions, List.of(), List.of(), List.of(), List.of(),
                "OrganizationAccountAccessRole", "", "irready", List.of()), new IrreadyProperties.Collect(8, 8, 3),
                new IrreadyProperties.Aws("", 5, Duration.ofSeconds(30)),
                new IrreadyProperties.Output("irready-out", "", "", ""), new IrreadyProperties.Exit(Severity.LOW), Map.of(),
                new IrreadyProperties.Attestations("config/attestations.yml"), new IrreadyProperties.Report("", 25, "", ""),
                new IrreadyProperties.WaiverSettings("config/waivers.yml"), new IrreadyProperties.History(10, 0, 0),
                new IrreadyProperties.Remote(Transport.NONE, "", Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(15), false));
    }
}
