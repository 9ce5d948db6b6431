package io.irready.checks.logging;

import io.irready.services.config.ConfigEvidence.Delivery;
import io.irready.services.config.ConfigEvidence.DeliveryChannelStatus;
import io.irready.services.config.ConfigEvidence.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a customer-managed configuration recorder records, read as AWS Config documents its recording group and mode
 * (AWS::Config::ConfigurationRecorder RecordingGroup and ExclusionByResourceTypes in the CloudFormation reference, and
 * "Recording AWS resources" in the AWS Config Developer Guide).
 */
final class ConfigRecorders {

    /** The global IAM resource types: includeGlobalResourceTypes is a bundle of exactly these. */
    static final Set<String> IAM_TYPES = Set.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy");

    /**
     * The Regions where AWS Config was available before February 2022: only there can it record the IAM types, whatever a
     * recorder says (the Developer Guide lists Hyderabad, Melbourne, Calgary, Spain, Zurich, Tel Aviv and the UAE as Regions
     * where it cannot). Any Region not listed here, those and every later one, is taken as unable to record them.
     */
    static final Set<String> IAM_RECORDING_REGIONS = Set.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2", "eu-west-3",
            "eu-central-1", "eu-north-1", "eu-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1",
            "ap-southeast-2", "ap-southeast-3", "ap-south-1", "ap-east-1", "af-south-1", "me-south-1", "us-gov-west-1", "us-gov-east-1",
            "cn-north-1", "cn-northwest-1");

    private ConfigRecorders() {
    }

    /** What keeps the recorder from recording every regional resource type as often as required; empty when nothing does. */
    static List<String> regionalProblems(Recorder recorder, boolean continuousRequired) {
        List<String> problems = new ArrayList<>();
        if ("EXCLUSION_BY_RESOURCE_TYPES".equals(recorder.recordingStrategy())) {
            problems.add("excludes " + recorder.excludedTypes().size() + " resource type(s) from recording (" + String.join(", ",
                    recorder.excludedTypes().stream().limit(4).toList()) + (recorder.excludedTypes().size() > 4 ? ", …" : "") + ")");
        } else if (!recorder.allSupported()) {
            problems.add("records only selected resource types");
        }
        if (continuousRequired && "DAILY".equals(recorder.frequency())) {
            problems.add("records daily, not every change (irready.checks.logging.config-recording-frequency is continuous)");
        }
        List<String> daily = continuousRequired ? recorder.overrides().stream().filter(o -> "DAILY".equals(o.frequency()))
                .flatMap(o -> o.resourceTypes().stream()).toList() : List.of();
        if (!daily.isEmpty()) {
            problems.add("records " + String.join(", ", daily.stream().limit(4).toList()) + (daily.size() > 4 ? ", …" : "") + " only daily");
        }
        return problems;
    }

    /** Null when the recorder records the IAM types in {@code region} as often as required; else why it does not. */
    static String whyNotIamTypes(Recorder recorder, String region, boolean continuousRequired) {
        if (!IAM_RECORDING_REGIONS.contains(region)) {
            return "AWS Config cannot record the IAM resource types in " + region + ", a Region it supports only since February 2022";
        }
        boolean recorded = switch (recorder.recordingStrategy() == null ? "" : recorder.recordingStrategy()) {
            case "EXCLUSION_BY_RESOURCE_TYPES" -> recorder.excludedTypes().stream().noneMatch(IAM_TYPES::contains);
            case "INCLUSION_BY_RESOURCE_TYPES" -> recorder.includedTypes().containsAll(IAM_TYPES);
            default -> recorder.allSupported() && recorder.includeGlobalResourceTypes();
        };
        if (!recorded) {
            return "recorder '" + recorder.name() + "' in " + region + " does not record the IAM resource types";
        }
        if (!continuousRequired) {
            return null;
        }
        String frequency = recorder.frequency() == null ? "CONTINUOUS" : recorder.frequency();
        boolean dailyOverride = recorder.overrides().stream().anyMatch(o -> "DAILY".equals(o.frequency())
                && o.resourceTypes().stream().anyMatch(IAM_TYPES::contains));
        boolean continuousOverride = recorder.overrides().stream().anyMatch(o -> "CONTINUOUS".equals(o.frequency())
                && o.resourceTypes().containsAll(IAM_TYPES));
        boolean daily = dailyOverride || "DAILY".equals(frequency) && !continuousOverride;
        return daily ? "recorder '" + recorder.name() + "' in " + region + " records the IAM resource types only daily" : null;
    }

    /** The channel's last deliveries that failed, with their errors; the SNS stream counts only where a topic is set. */
    static List<String> failedDeliveries(DeliveryChannelStatus status, boolean streams) {
        List<String> failed = new ArrayList<>();
        failed(failed, "configuration history", status.history());
        failed(failed, "configuration snapshot", status.snapshot());
        if (streams) {
            failed(failed, "SNS stream", status.stream());
        }
        return failed;
    }

    private static void failed(List<String> failed, String what, Delivery delivery) {
        if (delivery != null && "FAILURE".equalsIgnoreCase(delivery.lastStatus())) {
            failed.add("its last " + what + " delivery failed (" + delivery.lastErrorCode() + ": " + delivery.lastErrorMessage() + ")");
        }
    }
}
