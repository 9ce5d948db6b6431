package io.irready.services.config;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.time.Instant;
import java.util.List;

/** AWS Config recording in one Region: one outcome per API call. */
public record ConfigEvidence(Evidence<List<Recorder>> recorders,
                             Evidence<List<RecorderStatus>> recorderStatuses,
                             Evidence<List<DeliveryChannel>> deliveryChannels,
                             Evidence<List<DeliveryChannelStatus>> deliveryStatuses) {

    public static final EvidenceType<ConfigEvidence> TYPE = EvidenceType.perRegion("config.recorders", ConfigEvidence.class,
            "config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus", "config:DescribeDeliveryChannels",
            "config:DescribeDeliveryChannelStatus");

    public ConfigEvidence {
        deliveryStatuses = deliveryStatuses == null
                ? new Evidence.Failed<>("config:DescribeDeliveryChannelStatus", "not recorded by this irready version") : deliveryStatuses;
    }

    /**
     * DescribeConfigurationRecorders. {@code recordingStrategy} (ALL_SUPPORTED_RESOURCE_TYPES, EXCLUSION_BY_RESOURCE_TYPES,
     * INCLUSION_BY_RESOURCE_TYPES) is null on recorders created before recording strategies existed; {@code excludedTypes} and
     * {@code includedTypes} are the exclusion and inclusion lists; {@code frequency} is CONTINUOUS or DAILY (null: the default,
     * CONTINUOUS) and {@code overrides} the resource types recorded at another frequency; {@code servicePrincipal} is set on
     * service-linked recorders.
     */
    public record Recorder(String name,
                           String roleArn,
                           boolean allSupported,
                           boolean includeGlobalResourceTypes,
                           String recordingStrategy,
                           String servicePrincipal,
                           List<String> excludedTypes,
                           List<String> includedTypes,
                           String frequency,
                           List<FrequencyOverride> overrides) {
        public Recorder {
            excludedTypes = excludedTypes == null ? List.of() : List.copyOf(excludedTypes);
            includedTypes = includedTypes == null ? List.of() : List.copyOf(includedTypes);
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
        }
    }

    /** A recordingModeOverride: these resource types are recorded at {@code frequency}. */
    public record FrequencyOverride(List<String> resourceTypes, String frequency) {
        public FrequencyOverride {
            resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
        }
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

    /** DescribeDeliveryChannelStatus: the last delivery of configuration history, of snapshots and of the SNS stream. */
    public record DeliveryChannelStatus(String name, Delivery history, Delivery snapshot, Delivery stream) {
    }

    /** One kind of delivery: {@code lastStatus} SUCCESS, FAILURE or NOT_APPLICABLE, with the error of a failure. */
    public record Delivery(String lastStatus, String lastErrorCode, String lastErrorMessage, Instant lastAttempt) {
    }
}
