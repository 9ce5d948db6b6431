package io.irready.services.config;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.time.Instant;
import java.util.List;

/** AWS Config recording in one Region: one outcome per API call. */
public record ConfigEvidence(Evidence<List<Recorder>> recorders,
                             Evidence<List<RecorderStatus>> recorderStatuses,
                             Evidence<List<DeliveryChannel>> deliveryChannels) {

    public static final EvidenceType<ConfigEvidence> TYPE = EvidenceType.perRegion("config.recorders", ConfigEvidence.class,
            "config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus", "config:DescribeDeliveryChannels");

    /**
     * DescribeConfigurationRecorders. {@code recordingStrategy} is null on recorders created
     * before recording strategies existed; {@code servicePrincipal} is set on service-linked ones.
     */
    public record Recorder(String name,
                           String roleArn,
                           boolean allSupported,
                           boolean includeGlobalResourceTypes,
                           String recordingStrategy,
                           String servicePrincipal) {
    }

    /** DescribeConfigurationRecorderStatus. */
    public record RecorderStatus(String name,
                                 boolean recording,
                                 String lastStatus,
                                 String lastErrorCode,
                                 String lastErrorMessage,
                                 Instant lastStatusChangeTime) {
    }

    /** DescribeDeliveryChannels. */
    public record DeliveryChannel(String name, String s3BucketName, String snsTopicArn) {
    }
}
