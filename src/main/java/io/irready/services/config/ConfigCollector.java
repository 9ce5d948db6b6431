package io.irready.services.config;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.config.ConfigEvidence.DeliveryChannel;
import io.irready.services.config.ConfigEvidence.Recorder;
import io.irready.services.config.ConfigEvidence.RecorderStatus;
import software.amazon.awssdk.services.config.ConfigClient;

/** AWS Config recorders, their status and delivery channels in one Region. */
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
                        .map(r -> new Recorder(r.name(), r.roleARN(),
                                r.recordingGroup() != null && Boolean.TRUE.equals(r.recordingGroup().allSupported()),
                                r.recordingGroup() != null && Boolean.TRUE.equals(r.recordingGroup().includeGlobalResourceTypes()),
                                r.recordingGroup() == null || r.recordingGroup().recordingStrategy() == null
                                        ? null : r.recordingGroup().recordingStrategy().useOnlyAsString(),
                                r.servicePrincipal()))
                        .toList()),
                AwsCalls.call("config:DescribeConfigurationRecorderStatus", () -> client.describeConfigurationRecorderStatus()
                        .configurationRecordersStatus().stream()
                        .map(s -> new RecorderStatus(s.name(), Boolean.TRUE.equals(s.recording()), s.lastStatusAsString(),
                                s.lastErrorCode(), s.lastErrorMessage(), s.lastStatusChangeTime()))
                        .toList()),
                AwsCalls.call("config:DescribeDeliveryChannels", () -> client.describeDeliveryChannels().deliveryChannels().stream()
                        .map(c -> new DeliveryChannel(c.name(), c.s3BucketName(), c.snsTopicARN()))
                        .toList()));
    }
}
