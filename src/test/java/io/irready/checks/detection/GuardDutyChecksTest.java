package io.irready.checks.detection;

import io.irready.checks.Status;
import io.irready.evidence.Evidence;
import io.irready.services.ec2.Ec2Instances;
import io.irready.services.ecs.EcsClusters;
import io.irready.services.eks.EksClusters;
import io.irready.services.guardduty.GuardDutyEvidence;
import io.irready.services.guardduty.GuardDutyEvidence.Detector;
import io.irready.services.guardduty.GuardDutyEvidence.Feature;
import io.irready.services.rds.RdsInstances;
import io.irready.services.s3.S3Buckets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.only;
import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.MANAGED_AGENTS;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.denied;
import static org.assertj.core.api.Assertions.assertThat;

/** IR-DET-01 and IR-DET-02. */
class GuardDutyChecksTest {

    private static final String REF = "data/123456789012/us-east-1/guardduty.detectors.json";
    private final GuardDutyEnabledCheck enabled = new GuardDutyEnabledCheck();
    private final GuardDutyProtectionPlansCheck plans = new GuardDutyProtectionPlansCheck();

    private static GuardDutyEvidence detector(String status, Feature... features) {
        return new GuardDutyEvidence(Evidence.collected(List.of(new Detector("d1", status, Evidence.collected(List.of(features)),
                Evidence.collected(null)))));
    }

    @Test
    void anEnabledDetectorPasses() {
        only(enabled.evaluate(compliant().build(), CONTEXT), Status.PASS, REF);
    }

    @Test
    void noDetectorOrASuspendedOneFails() {
        var none = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", new GuardDutyEvidence(Evidence.collected(List.of()))).build();
        assertThat(only(enabled.evaluate(none, CONTEXT), Status.FAIL, REF).message()).contains("no detector");
        var suspended = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", detector("DISABLED")).build();
        assertThat(only(enabled.evaluate(suspended, CONTEXT), Status.FAIL, REF).message()).contains("DISABLED");
    }

    @Test
    void aDetectorWhoseStatusCouldNotBeReadIsUnknownNotAFailure() {
        var unread = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", detector(null)).build();
        assertThat(only(enabled.evaluate(unread, CONTEXT), Status.UNKNOWN, REF).message()).contains("guardduty:GetDetector");
        assertThat(only(plans.evaluate(unread, CONTEXT), Status.UNKNOWN, REF).message()).contains("guardduty:GetDetector");
    }

    @Test
    void everyRegionIsJudgedOnItsOwn() {
        var fixtures = compliant().regions("us-east-1", "eu-west-1");
        fixtures.withEvidence(GuardDutyEvidence.TYPE, "eu-west-1", denied("guardduty:ListDetectors"));
        var findings = enabled.evaluate(fixtures.build(), CONTEXT);
        assertThat(onlyFor(findings, "GuardDuty in us-east-1").status()).isEqualTo(Status.PASS);
        var other = onlyFor(findings, "GuardDuty in eu-west-1", Status.UNKNOWN, "data/123456789012/eu-west-1/guardduty.detectors.json");
        assertThat(other.message()).contains("guardduty:ListDetectors");
    }

    @Test
    void protectionPlansPassWhenEveryNeededPlanRuns() {
        only(plans.evaluate(compliant().build(), CONTEXT), Status.PASS, REF);
    }

    @Test
    void aMissingPlanForResourcesThatExistFails() {
        var fixtures = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", detector("ENABLED",
                new Feature("S3_DATA_EVENTS", "ENABLED"), new Feature("EKS_AUDIT_LOGS", "DISABLED"), new Feature("LAMBDA_NETWORK_LOGS", "ENABLED")));
        var finding = only(plans.evaluate(fixtures.build(), CONTEXT), Status.FAIL, REF);
        assertThat(finding.message()).contains("EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "RUNTIME_MONITORING");
    }

    @Test
    void plansWithoutResourcesAreNotNeededButUnlistedResourcesStillRequireThem() {
        var bare = compliant()
                .with(EksClusters.TYPE, "us-east-1", new EksClusters(Evidence.collected(List.of())))
                .with(Ec2Instances.TYPE, "us-east-1", new Ec2Instances(Evidence.collected(List.of())))
                .with(RdsInstances.TYPE, "us-east-1", new RdsInstances(Evidence.collected(List.of())))
                .with(GuardDutyEvidence.TYPE, "us-east-1", detector("ENABLED", new Feature("S3_DATA_EVENTS", "ENABLED"),
                        new Feature("LAMBDA_NETWORK_LOGS", "ENABLED")));
        assertThat(only(plans.evaluate(bare.build(), CONTEXT), Status.PASS, REF).message()).contains("Not needed here");

        bare.withEvidence(RdsInstances.TYPE, "us-east-1", denied("rds:DescribeDBInstances"));
        assertThat(only(plans.evaluate(bare.build(), CONTEXT), Status.FAIL, REF).message())
                .contains("RDS_LOGIN_EVENTS (its resources could not be listed: access denied to rds:DescribeDBInstances");
    }

    @Test
    void anS3PlanIsNotNeededInAnAccountWithoutBuckets() {
        var fixtures = compliant().with(S3Buckets.TYPE, new S3Buckets(Evidence.collected(List.of())))
                .with(GuardDutyEvidence.TYPE, "us-east-1", detector("ENABLED", java.util.stream.Stream.of("EKS_AUDIT_LOGS",
                        "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "RUNTIME_MONITORING", "LAMBDA_NETWORK_LOGS")
                        .map(n -> new Feature(n, "ENABLED", n.equals("RUNTIME_MONITORING") ? MANAGED_AGENTS : List.of())).toArray(Feature[]::new)));
        only(plans.evaluate(fixtures.build(), CONTEXT), Status.PASS, REF);
    }

    @Test
    void runtimeMonitoringWithoutTheAgentForAWorkloadThatExistsLeavesItUnwatched() {
        // Runtime Monitoring is on, but GuardDuty manages no EC2 agent, and instances run here.
        var noEc2Agent = withRuntime(List.of(new Feature("EKS_ADDON_MANAGEMENT", "ENABLED"), new Feature("ECS_FARGATE_AGENT_MANAGEMENT", "ENABLED"),
                new Feature("EC2_AGENT_MANAGEMENT", "DISABLED")));
        assertThat(only(plans.evaluate(noEc2Agent.build(), CONTEXT), Status.FAIL, REF).message())
                .contains("EC2_AGENT_MANAGEMENT (Runtime Monitoring is on, but running instances exist here");
        // Without instances, clusters or tasks nothing needs an agent.
        var nothingRuns = withRuntime(List.of()).with(EksClusters.TYPE, "us-east-1", new EksClusters(Evidence.collected(List.of())))
                .with(Ec2Instances.TYPE, "us-east-1", new Ec2Instances(Evidence.collected(List.of())))
                .with(EcsClusters.TYPE, "us-east-1", new EcsClusters(Evidence.collected(List.of())));
        only(plans.evaluate(nothingRuns.build(), CONTEXT), Status.PASS, REF);
        // ECS clusters that could not be listed still need the Fargate agent.
        var ecsUnread = withRuntime(List.of(new Feature("EKS_ADDON_MANAGEMENT", "ENABLED"), new Feature("EC2_AGENT_MANAGEMENT", "ENABLED")))
                .withEvidence(EcsClusters.TYPE, "us-east-1", denied("ecs:ListClusters"));
        assertThat(only(plans.evaluate(ecsUnread.build(), CONTEXT), Status.FAIL, REF).message())
                .contains("ECS_FARGATE_AGENT_MANAGEMENT (Runtime Monitoring is on, but ECS clusters could not be listed");
        // A bundle that did not record the agents: not known.
        only(plans.evaluate(withRuntime(null).build(), CONTEXT), Status.UNKNOWN, REF);
    }

    private static io.irready.checks.EvidenceFixtures withRuntime(List<Feature> agents) {
        return compliant().with(GuardDutyEvidence.TYPE, "us-east-1", detector("ENABLED", java.util.stream.Stream.of("S3_DATA_EVENTS",
                "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS", "RUNTIME_MONITORING", "LAMBDA_NETWORK_LOGS")
                .map(n -> new Feature(n, "ENABLED", n.equals("RUNTIME_MONITORING") ? agents : List.of())).toArray(Feature[]::new)));
    }

    @Test
    void unreadablePlansOrDetectorsAreUnknownAndADisabledDetectorFails() {
        var unread = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", new GuardDutyEvidence(Evidence.collected(List.of(
                new Detector("d1", "ENABLED", denied("guardduty:GetDetector"), Evidence.collected(null))))));
        assertThat(only(plans.evaluate(unread.build(), CONTEXT), Status.UNKNOWN, REF).message()).contains("guardduty:GetDetector");
        var denied = compliant().withEvidence(GuardDutyEvidence.TYPE, "us-east-1", denied("guardduty:ListDetectors"));
        only(plans.evaluate(denied.build(), CONTEXT), Status.UNKNOWN, REF);
        var off = compliant().with(GuardDutyEvidence.TYPE, "us-east-1", detector("DISABLED"));
        only(plans.evaluate(off.build(), CONTEXT), Status.FAIL, REF);
    }
}
