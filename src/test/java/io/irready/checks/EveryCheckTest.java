package io.irready.checks;

import io.irready.evidence.Evidence;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.detective.DetectiveEvidence;
import io.irready.services.events.EventRules;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.iam.IamAccount;
import io.irready.services.macie.MacieEvidence;
import io.irready.services.securityhub.SecurityHubEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.account;
import static io.irready.checks.EvidenceFixtures.compliant;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties every check of the catalog has, whatever it judges. */
class EveryCheckTest {

    @Test
    void aCompliantAccountPassesEveryCheck() {
        var account = compliant().build();
        for (Check check : CheckCatalog.all()) {
            List<Finding> findings = check.evaluate(account, CONTEXT);
            assertThat(findings).as(check.metadata().id()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.status()).as(check.metadata().id() + " " + f.resourceId() + ": " + f.message())
                            .isIn(Status.PASS, Status.NOT_APPLICABLE));
            assertThat(findings).as(check.metadata().id() + " passes something").anyMatch(f -> f.status() == Status.PASS);
        }
    }

    @Test
    void anAccountWithoutAnyEvidencePassesNothing() {
        var nothing = account().withAttestations(new Evidence.Failed<>("attestations", "no attestations were recorded")).build();
        for (Check check : CheckCatalog.all()) {
            List<Finding> findings = check.evaluate(nothing, CONTEXT);
            assertThat(findings).as(check.metadata().id() + " says something").isNotEmpty();
            assertThat(findings).as(check.metadata().id()).allSatisfy(f -> assertThat(f.status())
                    .as(check.metadata().id() + " " + f.resourceId() + ": " + f.message()).isIn(Status.UNKNOWN, Status.FAIL));
        }
    }

    /**
     * The organization runs every feature from its delegated administrator (GuardDuty and Macie auto-enabled, Security Hub
     * aggregated, Detective, root credentials managed centrally, findings routed), while the member's own state is off:
     * no check that depends on that state may pass.
     */
    @Test
    void everyOrganizationFeatureOnWithTheMembersOwnStateOffPassesNothingThatDependsOnTheMember() {
        String admin = EvidenceFixtures.SECURITY_ACCOUNT;
        String region = "us-east-1";
        var ready = compliant();
        var member = compliant().inOrganization(EvidenceFixtures.organizationAdministeredBy(admin, "guardduty.amazonaws.com",
                        "securityhub.amazonaws.com", "macie.amazonaws.com", "detective.amazonaws.com"))
                .withOther(admin, GuardDutyEvidence.TYPE, region, Evidence.collected(ready.get(GuardDutyEvidence.TYPE, region)))
                .withOther(admin, SecurityHubEvidence.TYPE, region, Evidence.collected(ready.get(SecurityHubEvidence.TYPE, region)))
                .withOther(admin, MacieEvidence.TYPE, region, Evidence.collected(ready.get(MacieEvidence.TYPE, region)))
                .withOther(admin, EventRules.TYPE, region, Evidence.collected(ready.get(EventRules.TYPE, region)))
                .withOther(admin, DetectiveEvidence.TYPE, region, Evidence.collected(new DetectiveEvidence(
                        Evidence.collected(List.of("arn:aws:detective:us-east-1:" + admin + ":graph:g1")), Evidence.collected(List.of()))))
                // The member: a detector of its own that is off and no administrator, no hub, no graph membership, excluded
                // from Macie discovery, a root password without MFA, a recorder that stopped, and no rules of its own.
                .with(GuardDutyEvidence.TYPE, region, new GuardDutyEvidence(Evidence.collected(List.of(new GuardDutyEvidence.Detector("det-1",
                        "DISABLED", Evidence.collected(List.of()), Evidence.collected(null), Evidence.collected(null))))))
                .with(SecurityHubEvidence.TYPE, region, new SecurityHubEvidence(Evidence.collected(false), Evidence.collected(List.of()),
                        Evidence.collected(List.of()), Evidence.collected(null)))
                .with(DetectiveEvidence.TYPE, region, new DetectiveEvidence(Evidence.collected(List.of()), Evidence.collected(List.of())))
                .with(MacieEvidence.TYPE, region, new MacieEvidence(Evidence.collected("ENABLED"), Evidence.collected("ENABLED"),
                        Evidence.collected("DISABLED")))
                .with(IamAccount.TYPE, new IamAccount(Evidence.collected(new IamAccount.RootUser(0, 0, 1, 0)), Evidence.collected(List.of("aws-support"))))
                .with(ConfigEvidence.TYPE, region, stopped(ready.get(ConfigEvidence.TYPE, region)))
                .with(EventRules.TYPE, region, new EventRules(Evidence.collected(List.of())));
        var account = member.build();
        for (String id : List.of("IR-DET-01", "IR-DET-02", "IR-DET-03", "IR-DET-05", "IR-DET-07", "IR-DET-08", "IR-PROC-07", "IR-ACC-06",
                "IR-LOG-12")) {
            Check check = CheckCatalog.all().stream().filter(c -> c.metadata().id().equals(id)).findFirst().orElseThrow();
            assertThat(check.evaluate(account, CONTEXT)).as(id).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.status()).as(id + " " + f.resourceId() + ": " + f.message()).isNotEqualTo(Status.PASS));
        }
    }

    private static ConfigEvidence stopped(ConfigEvidence config) {
        var status = config.recorderStatuses().data().orElseThrow().get(0);
        return new ConfigEvidence(config.recorders(), Evidence.collected(List.of(new ConfigEvidence.RecorderStatus(status.name(), false,
                status.lastStatus(), status.lastErrorCode(), status.lastErrorMessage(), status.lastStatusChangeTime()))), config.deliveryChannels(),
                config.deliveryStatuses());
    }

    @Test
    void everyFindingCitesEvidenceInTheBundle() {
        var account = compliant().build();
        for (Check check : CheckCatalog.all()) {
            assertThat(check.evaluate(account, CONTEXT)).allSatisfy(f -> assertThat(f.evidenceRef()).as(check.metadata().id())
                    .matches("data/(organization|attestations|\\d{12}/([a-z0-9-]+/)?[a-z0-9.-]+)\\.json"));
        }
    }

    @Test
    void aCheckIsRegionalExactlyWhenItJudgesEachRegionOnItsOwn() {
        var twoRegions = compliant().regions("us-east-1", "eu-west-1").build();
        var nothing = account().regions("us-east-1", "eu-west-1").build();
        for (Check check : CheckCatalog.all()) {
            for (var account : List.of(twoRegions, nothing)) {
                List<Finding> findings = check.evaluate(account, CONTEXT);
                boolean eachRegion = findings.stream().anyMatch(f -> "us-east-1".equals(f.region()))
                        && findings.stream().anyMatch(f -> "eu-west-1".equals(f.region()));
                assertThat(check.regional()).as(check.metadata().id() + " regional() says whether it has findings in every Region: "
                        + "a Region that is not audited gets its SKIPPED finding only then").isEqualTo(eachRegion);
            }
        }
    }
}
