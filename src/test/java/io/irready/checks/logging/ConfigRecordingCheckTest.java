package io.irready.checks.logging;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.checks.TestSettings;
import io.irready.evidence.Evidence;
import io.irready.services.config.ConfigEvidence;
import io.irready.services.config.ConfigEvidence.DeliveryChannel;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.irready.checks.CheckAssertions.onlyFor;
import static io.irready.checks.CheckAssertions.statuses;
import static io.irready.checks.EvidenceFixtures.CONTEXT;
import static io.irready.checks.EvidenceFixtures.compliant;
import static io.irready.checks.EvidenceFixtures.delivered;
import static io.irready.checks.EvidenceFixtures.denied;
import static io.irready.checks.EvidenceFixtures.recordingConfig;
import static org.assertj.core.api.Assertions.assertThat;

class ConfigRecordingCheckTest {

    private static final String US = "configuration recorder in us-east-1";
    private static final String EU = "configuration recorder in eu-west-1";
    private static final String GLOBAL = "global resource types";

    private final ConfigRecordingCheck check = new ConfigRecordingCheck();

    @Test
    void passesEachRecordingRegionAndTheGlobalTypes() {
        var account = withConfigs("us-east-1", recordingConfig(true), "eu-west-1", recordingConfig(false)).build();
        List<Finding> findings = check.evaluate(account, CONTEXT);
        assertThat(statuses(findings)).containsOnly(Status.PASS).hasSize(3);
    }

    @Test
    void failsARegionWithoutRecorder() {
        var empty = config(List.of(), List.of(), List.of());
        var account = withConfigs("us-east-1", recordingConfig(true), "eu-west-1", empty).build();
        Finding finding = onlyFor(check.evaluate(account, CONTEXT), EU);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("No customer-managed configuration recorder");
    }

    @Test
    void failsAStoppedRecorder() {
        var stopped = config(List.of(recorder(true)), List.of(status(false, "SUCCESS")), List.of(channel()));
        Finding finding = onlyFor(check.evaluate(withConfigs("us-east-1", stopped).build(), CONTEXT), US);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("is not recording");
    }

    @Test
    void failsWhenOnlySelectedTypesAreRecorded() {
        var selected = config(List.of(new Recorder("default", "role", false, false, "INCLUSION_BY_RESOURCE_TYPES", null, List.of(),
                List.of("AWS::EC2::Instance"), null, List.of())),
                List.of(status(true, "SUCCESS")), List.of(channel()));
        Finding finding = onlyFor(check.evaluate(withConfigs("us-east-1", selected).build(), CONTEXT), US);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("records only selected resource types");
    }

    @Test
    void failsWithoutDeliveryChannelOrWithFailureStatus() {
        var noChannel = config(List.of(recorder(true)), List.of(status(true, "FAILURE")), List.of());
        Finding finding = onlyFor(check.evaluate(withConfigs("us-east-1", noChannel).build(), CONTEXT), US);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("last status is FAILURE").contains("has no delivery channel");
    }

    @Test
    void pendingStatusIsNotAFailure() {
        var pending = config(List.of(recorder(true)), List.of(status(true, "PENDING")), List.of(channel()));
        assertThat(onlyFor(check.evaluate(withConfigs("us-east-1", pending).build(), CONTEXT), US).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void serviceLinkedRecordersDoNotCount() {
        var serviceLinked = config(List.of(new Recorder("AWSConfigurationRecorderForSecurityHub", null, false, false, "INCLUSION_BY_RESOURCE_TYPES",
                "securityhub.amazonaws.com", List.of(), List.of(), null, List.of())), List.of(status(true, "SUCCESS")), List.of());
        assertThat(onlyFor(check.evaluate(withConfigs("us-east-1", serviceLinked).build(), CONTEXT), US).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void failsWhenNoRegionRecordsGlobalTypes() {
        var account = withConfigs("us-east-1", recordingConfig(false)).build();
        Finding finding = onlyFor(check.evaluate(account, CONTEXT), GLOBAL);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("global resource types");
    }

    @Test
    void unknownWhenRecordersCannotBeRead() {
        var denied = Evidence.collected(new ConfigEvidence(denied("config:DescribeConfigurationRecorders"),
                denied("config:DescribeConfigurationRecorderStatus"), denied("config:DescribeDeliveryChannels"),
                denied("config:DescribeDeliveryChannelStatus")));
        List<Finding> findings = check.evaluate(withConfigs("us-east-1", denied).build(), CONTEXT);
        Finding finding = onlyFor(findings, US);
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("config:DescribeConfigurationRecorders");
        Finding global = onlyFor(findings, GLOBAL);
        assertThat(global.status()).isEqualTo(Status.UNKNOWN);
        assertThat(global.message()).contains("us-east-1: access denied to config:DescribeConfigurationRecorders");
    }

    @Test
    void unknownWhenOnlyTheStatusCannotBeRead() {
        var statusDenied = Evidence.collected(new ConfigEvidence(Evidence.collected(List.of(recorder(true))),
                denied("config:DescribeConfigurationRecorderStatus"), Evidence.collected(List.of(channel())),
                Evidence.collected(List.of(delivered("default")))));
        Finding finding = onlyFor(check.evaluate(withConfigs("us-east-1", statusDenied).build(), CONTEXT), US);
        assertThat(finding.status()).isEqualTo(Status.UNKNOWN);
        assertThat(finding.message()).contains("config:DescribeConfigurationRecorderStatus");
    }

    @Test
    void theIamTypesCountOnlyFromARegionWhereAwsConfigCanRecordThem() {
        // Zurich came to AWS Config after February 2022: includeGlobalResourceTypes records nothing there.
        var zurichOnly = withConfigs("eu-central-2", recordingConfig(true), "eu-west-1", recordingConfig(false)).build();
        Finding global = onlyFor(check.evaluate(zurichOnly, CONTEXT), GLOBAL);
        assertThat(global.status()).isEqualTo(Status.FAIL);
        assertThat(global.message()).contains("cannot record the IAM resource types in eu-central-2");
        var alsoIreland = withConfigs("eu-central-2", recordingConfig(true), "eu-west-1", recordingConfig(true)).build();
        assertThat(onlyFor(check.evaluate(alsoIreland, CONTEXT), GLOBAL).status()).isEqualTo(Status.PASS);
    }

    @Test
    void aRecorderThatExcludesIamTypesOrRecordsThemDailyIsJudgedSo() {
        var excludesRoles = recordingWith(recorder("EXCLUSION_BY_RESOURCE_TYPES", List.of("AWS::IAM::Role"), null, List.of()));
        List<Finding> findings = check.evaluate(withConfigs("us-east-1", excludesRoles).build(), CONTEXT);
        assertThat(onlyFor(findings, US).message()).contains("excludes 1 resource type(s) from recording (AWS::IAM::Role)");
        assertThat(onlyFor(findings, GLOBAL).status()).isEqualTo(Status.FAIL);

        var excludesOthers = recordingWith(recorder("EXCLUSION_BY_RESOURCE_TYPES", List.of("AWS::EC2::Instance"), null, List.of()));
        assertThat(onlyFor(check.evaluate(withConfigs("us-east-1", excludesOthers).build(), CONTEXT), GLOBAL).status())
                .as("an exclusion recorder records the IAM types it does not exclude").isEqualTo(Status.PASS);

        var dailyIam = recordingWith(recorder("ALL_SUPPORTED_RESOURCE_TYPES", List.of(), "CONTINUOUS",
                List.of(new ConfigEvidence.FrequencyOverride(List.of("AWS::IAM::Role"), "DAILY"))));
        List<Finding> daily = check.evaluate(withConfigs("us-east-1", dailyIam).build(), CONTEXT);
        assertThat(onlyFor(daily, GLOBAL).message()).contains("records the IAM resource types only daily");
        assertThat(onlyFor(daily, US).status()).isEqualTo(Status.FAIL);
        var dailyAccepted = TestSettings.bound("irready.checks.logging.config-recording-frequency: daily").context(CONTEXT.evaluatedAt());
        assertThat(statuses(check.evaluate(withConfigs("us-east-1", dailyIam).build(), dailyAccepted))).containsOnly(Status.PASS);

        var dailyEverything = recordingWith(recorder("ALL_SUPPORTED_RESOURCE_TYPES", List.of(), "DAILY", List.of()));
        assertThat(onlyFor(check.evaluate(withConfigs("us-east-1", dailyEverything).build(), CONTEXT), US).message()).contains("records daily");
    }

    @Test
    void aChannelWhoseLastDeliveryFailedFailsAndOneWhoseStatusIsUnreadIsUnknown() {
        var failure = new ConfigEvidence.Delivery("FAILURE", "NoSuchBucket", "The specified bucket does not exist", null);
        var failed = Evidence.collected(new ConfigEvidence(Evidence.collected(List.of(recorder(true))), Evidence.collected(List.of(status(true,
                "SUCCESS"))), Evidence.collected(List.of(channel())), Evidence.collected(List.of(new ConfigEvidence.DeliveryChannelStatus("default",
                failure, delivered("default").snapshot(), null)))));
        Finding finding = onlyFor(check.evaluate(withConfigs("us-east-1", failed).build(), CONTEXT), US);
        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.message()).contains("last configuration history delivery failed (NoSuchBucket: The specified bucket does not exist)");

        var unread = Evidence.collected(new ConfigEvidence(Evidence.collected(List.of(recorder(true))), Evidence.collected(List.of(status(true,
                "SUCCESS"))), Evidence.collected(List.of(channel())), denied("config:DescribeDeliveryChannelStatus")));
        assertThat(onlyFor(check.evaluate(withConfigs("us-east-1", unread).build(), CONTEXT), US).status()).isEqualTo(Status.UNKNOWN);
    }

    /** Config evidence per Region, in these Regions only. */
    private static io.irready.checks.EvidenceFixtures withConfigs(Object... regionAndConfig) {
        var fixtures = compliant();
        String[] regions = new String[regionAndConfig.length / 2];
        for (int i = 0; i < regionAndConfig.length; i += 2) {
            regions[i / 2] = (String) regionAndConfig[i];
            @SuppressWarnings("unchecked")
            Evidence<ConfigEvidence> config = (Evidence<ConfigEvidence>) regionAndConfig[i + 1];
            fixtures.withEvidence(ConfigEvidence.TYPE, regions[i / 2], config);
        }
        return fixtures.regions(regions);
    }

    private static Evidence<ConfigEvidence> config(List<Recorder> recorders, List<RecorderStatus> statuses, List<DeliveryChannel> channels) {
        return Evidence.collected(new ConfigEvidence(Evidence.collected(recorders), Evidence.collected(statuses), Evidence.collected(channels),
                Evidence.collected(List.of(delivered("default")))));
    }

    private static Recorder recorder(boolean includeGlobal) {
        return new Recorder("default", "role", true, includeGlobal, "ALL_SUPPORTED_RESOURCE_TYPES", null, List.of(), List.of(), null, List.of());
    }

    private static Recorder recorder(String strategy, List<String> excluded, String frequency, List<ConfigEvidence.FrequencyOverride> overrides) {
        return new Recorder("default", "role", !strategy.equals("EXCLUSION_BY_RESOURCE_TYPES"), strategy.equals("ALL_SUPPORTED_RESOURCE_TYPES"),
                strategy, null, excluded, List.of(), frequency, overrides);
    }

    private static Evidence<ConfigEvidence> recordingWith(Recorder recorder) {
        return config(List.of(recorder), List.of(status(true, "SUCCESS")), List.of(channel()));
    }

    private static RecorderStatus status(boolean recording, String lastStatus) {
        return new RecorderStatus("default", recording, lastStatus, "FAILURE".equals(lastStatus) ? "NoSuchBucketException" : null,
                "FAILURE".equals(lastStatus) ? "bucket gone" : null, null);
    }

    private static DeliveryChannel channel() {
        return new DeliveryChannel("default", "config-bucket", null);
    }
}
