package io.irready.services.config;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.config.ConfigEvidence.Delivery;
import io.irready.services.config.ConfigEvidence.DeliveryChannel;
import io.irready.services.config.ConfigEvidence.DeliveryChannelStatus;
import io.irready.services.config.ConfigEvidence.FrequencyOverride;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigExportDeliveryInfo;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;

import java.util.List;

/** AWS Config recorders (what they record, how often), their status, delivery channels and their last deliveries in one Region. */
public final class ConfigCollector implements Collector<ConfigEvidence> {

    @Override
    public EvidenceType<ConfigEvidence> type() {
        return ConfigEvidence.TYPE;
    }

    @Override
    public ConfigEvidence collect(AwsClients aws, CollectionContext context, String region) {
        ConfigClient client = aws.client(ConfigClient::builder, region);
        return new ConfigEvidence(
                AwsCalls.call("config:DescribeConfigurationRecorders", () -> client.describeConfigurationRecorders().configurationRecorders().stream()
                        .map(ConfigCollector::recorder).toList()),
                AwsCalls.call("config:DescribeConfigurationRecorderStatus", () -> client.describeConfigurationRecorderStatus()
                        .configurationRecordersStatus().stream()
                        .map(s -> new RecorderStatus(s.name(), Boolean.TRUE.equals(s.recording()), s.lastStatusAsString(),
                                s.lastErrorCode(), s.lastErrorMessage(), s.lastStatusChangeTime()))
                        .toList()),
                AwsCalls.call("config:DescribeDeliveryChannels", () -> client.describeDeliveryChannels().deliveryChannels().stream()
                        .map(c -> new DeliveryChannel(c.name(), c.s3BucketName(), c.snsTopicARN()))
                        .toList()),
                AwsCalls.call("config:DescribeDeliveryChannelStatus", () -> client.describeDeliveryChannelStatus().deliveryChannelsStatus().stream()
                        .map(s -> new DeliveryChannelStatus(s.name(), delivery(s.configHistoryDeliveryInfo()), delivery(s.configSnapshotDeliveryInfo()),
                                s.configStreamDeliveryInfo() == null ? null : new Delivery(s.configStreamDeliveryInfo().lastStatusAsString(),
                                        s.configStreamDeliveryInfo().lastErrorCode(), s.configStreamDeliveryInfo().lastErrorMessage(),
                                        s.configStreamDeliveryInfo().lastStatusChangeTime())))
                        .toList()));
    }

    private static Recorder recorder(ConfigurationRecorder r) {
        var group = r.recordingGroup();
        var mode = r.recordingMode();
        return new Recorder(r.name(), r.roleARN(),
                group != null && Boolean.TRUE.equals(group.allSupported()),
                group != null && Boolean.TRUE.equals(group.includeGlobalResourceTypes()),
                group == null || group.recordingStrategy() == null ? null : group.recordingStrategy().useOnlyAsString(),
                r.servicePrincipal(),
                group == null || group.exclusionByResourceTypes() == null ? List.of() : group.exclusionByResourceTypes().resourceTypesAsStrings(),
                group == null ? List.of() : group.resourceTypesAsStrings(),
                mode == null ? null : mode.recordingFrequencyAsString(),
                mode == null ? List.of() : mode.recordingModeOverrides().stream()
                        .map(o -> new FrequencyOverride(o.resourceTypesAsStrings(), o.recordingFrequencyAsString())).toList());
    }

    private static Delivery delivery(ConfigExportDeliveryInfo info) {
        return info == null ? null : new Delivery(info.lastStatusAsString(), info.lastErrorCode(), info.lastErrorMessage(), info.lastAttemptTime());
    }
}
