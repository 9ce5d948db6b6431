package io.irready.checks.detection;

import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.organizations.OrganizationEvidence;
import io.irready.services.organizations.OrganizationEvidence.DelegatedAdministrator;
import io.irready.services.securityhub.SecurityHubEvidence;
import io.irready.services.securityhub.SecurityHubEvidence.Aggregator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.organizationEvidence;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-DET-04. */
class CentralDetectionAdminCheckTest {

    private final CentralDetectionAdminCheck check = new CentralDetectionAdminCheck();

    private static OrganizationEvidence withAdmins(Evidence<List<DelegatedAdministrator>> admins) {
        var o = organizationEvidence();
        return new OrganizationEvidence(o.organizationId(), o.managementAccountId(), o.collectedInAccount(), o.organizationTrails(), o.accounts(),
                admins, o.tagPolicies(), o.iamOrganizationsFeatures());
    }

    @Test
    void theSecurityToolingAccountAdministersEverythingAndAutoEnables() {
        var findings = check.evaluate(compliant().build(), CONTEXT);
        onlyFor(findings, "delegated administration", Status.PASS, "data/organization.json");
        onlyFor(findings, "GuardDuty auto-enable", Status.PASS, "data/123456789012/us-east-1/guardduty.detectors.json");
        assertThat(onlyFor(findings, "Security Hub cross-Region aggregation").status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aServiceAdministeredElsewhereOrNotDelegatedFails() {
        var organization = withAdmins(Evidence.collected(List.of(
                new DelegatedAdministrator("123456789012", "Security Tooling", Evidence.collected(List.of("guardduty.amazonaws.com"))),
                new DelegatedAdministrator("555566667777", "Sandbox", Evidence.collected(List.of("securityhub.amazonaws.com"))))));
        var findings = check.evaluate(compliant().inOrganization(organization).build(), CONTEXT);
        assertThat(onlyFor(findings, "delegated administration", Status.FAIL, "data/organization.json").message())
                .contains("securityhub.amazonaws.com is administered by 555566667777", "detective.amazonaws.com has no delegated administrator");
    }

    @Test
    void unreadableDelegationIsUnknownAndOutsideAnOrganizationNothingIsJudged() {
        var denied = compliant().inOrganization(withAdmins(denied("organizations:ListDelegatedAdministrators")));
        var findings = check.evaluate(denied.build(), CONTEXT);
        assertThat(onlyFor(findings, "delegated administration", Status.UNKNOWN, "data/organization.json").message())
                .contains("organizations:ListDelegatedAdministrators");
        assertThat(onlyFor(findings, "GuardDuty auto-enable").status()).isEqualTo(Status.UNKNOWN);

        var alone = compliant().inOrganization((Evidence<OrganizationEvidence>) null);
        var only = check.evaluate(alone.build(), CONTEXT);
        assertThat(only).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.message()).contains("does not read the AWS Organization");
        });
    }

    @Test
    void guardDutyWithoutAutoEnableFailsAndAnUnauditedAdministratorIsUnknown() {
        var noAuto = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", new GuardDutyEvidence(Evidence.collected(List.of(
                new GuardDutyEvidence.Detector("d", "ENABLED", Evidence.collected(List.of()), Evidence.collected("NONE"))))));
        assertThat(onlyFor(check.evaluate(noAuto.build(), CONTEXT), "GuardDuty auto-enable").status()).isEqualTo(Status.FAIL);

        var elsewhere = withAdmins(Evidence.collected(List.of(new DelegatedAdministrator("555566667777", "Elsewhere",
                Evidence.collected(List.of("guardduty.amazonaws.com", "securityhub.amazonaws.com"))))));
        var unaudited = compliant().inOrganization(elsewhere).regions("us-east-1", "eu-west-1");
        var findings = check.evaluate(unaudited.build(), CONTEXT);
        assertThat(onlyFor(findings, "GuardDuty auto-enable").status()).isEqualTo(Status.UNKNOWN);
        assertThat(onlyFor(findings, "Security Hub cross-Region aggregation").message()).contains("555566667777 is not audited");
    }

    @Test
    void securityHubAggregationMustLinkEveryRegionInScope() {
        var fixtures = compliant().regions("us-east-1", "eu-west-1")
                .with(SecurityHubEvidence.TYPE, "eu-west-1", new SecurityHubEvidence(Evidence.collected(true), Evidence.collected(List.of()),
                        Evidence.collected(List.of())));
        fixtures.with(SecurityHubEvidence.TYPE, "us-east-1", new SecurityHubEvidence(Evidence.collected(true), Evidence.collected(List.of()),
                Evidence.collected(List.of(new Aggregator("arn:agg", "us-east-1", "SPECIFIED_REGIONS", List.of("ap-south-1"))))));
        var partial = onlyFor(check.evaluate(fixtures.build(), CONTEXT), "Security Hub cross-Region aggregation");
        assertThat(partial.status()).isEqualTo(Status.FAIL);
        assertThat(partial.message()).contains("leaves out eu-west-1");

        fixtures.with(SecurityHubEvidence.TYPE, "us-east-1", new SecurityHubEvidence(Evidence.collected(true), Evidence.collected(List.of()),
                Evidence.collected(List.of(new Aggregator("arn:agg", "us-east-1", "ALL_REGIONS_EXCEPT_SPECIFIED", List.of("ap-south-1"))))));
        assertThat(onlyFor(check.evaluate(fixtures.build(), CONTEXT), "Security Hub cross-Region aggregation").status()).isEqualTo(Status.PASS);
    }

    @Test
    void anUnknownLinkingModeLinksNothing() {
        assertThat(CentralDetectionAdminCheck.links(new Aggregator("a", "us-east-1", "SOMEDAY_MAYBE", List.of()), "eu-west-1")).isFalse();
        assertThat(CentralDetectionAdminCheck.links(new Aggregator("a", "us-east-1", null, List.of()), "us-east-1")).isTrue();
    }
}
