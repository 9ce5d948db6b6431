package io.irready.evidence.config;

import io.irready.evidence.Evidence;

import java.time.Instant;
import java.util.List;

/** AWS Config evidence for one Region: one outcome per API call. */
public record ConfigEvidence(Evidence<List<Recorder>> recorders,
                             Evidence<List<RecorderStatus>> recorderStatuses,
                             Evidence<List<DeliveryChannel>> deliveryChannels) {

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
