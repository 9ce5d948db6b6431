package io.irready.collect.config;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.RegionalCollector;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.config.ConfigEvidence.DeliveryChannel;
import io.irready.evidence.config.ConfigEvidence.Recorder;
import io.irready.evidence.config.ConfigEvidence.RecorderStatus;
import software.amazon.awssdk.services.config.ConfigClient;

/** AWS Config recorders, their status and delivery channels in one Region. */
public final class ConfigCollector implements RegionalCollector<ConfigEvidence> {

    @Override
    public EvidenceFile file() {
        return EvidenceFile.CONFIG;
    }

    @Override
    public ConfigEvidence collect(AwsClients aws, String region) {
        ConfigClient client = aws.config(region);
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
