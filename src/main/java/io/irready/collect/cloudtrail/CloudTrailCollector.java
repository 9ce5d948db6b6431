package io.irready.collect.cloudtrail;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.AccountCollector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.LifecycleRule;
import io.irready.evidence.cloudtrail.Trail;
import io.irready.evidence.cloudtrail.TrailSelectors;
import io.irready.evidence.cloudtrail.TrailStatus;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRuleFilter;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists trails in every Region in scope (shadow copies of multi-Region trails included), then reads
 * each distinct trail's status and selectors once from its home Region, and each trail bucket's
 * lifecycle rules once.
 */
public final class CloudTrailCollector implements AccountCollector<CloudTrailEvidence> {

    @Override
    public EvidenceFile file() {
        return EvidenceFile.CLOUDTRAIL;
    }

    @Override
    public CloudTrailEvidence collect(AwsClients aws, List<String> regions) {
        Map<String, Evidence<List<String>>> arnsByRegion = new TreeMap<>();
        Map<String, Trail> trails = new LinkedHashMap<>();
        for (String region : regions) {
            var listed = AwsCalls.call("cloudtrail:DescribeTrails",
                    () -> aws.cloudTrail(region).describeTrails(r -> r.includeShadowTrails(true)).trailList());
            arnsByRegion.put(region, listed.map(list -> list.stream().map(t -> t.trailARN()).toList()));
            listed.data().ifPresent(list -> list.forEach(t -> trails.computeIfAbsent(t.trailARN(), arn -> {
                String home = t.homeRegion() == null ? region : t.homeRegion();
                CloudTrailClient client = aws.cloudTrail(home);
                return new Trail(arn, t.name(), home,
                        Boolean.TRUE.equals(t.isMultiRegionTrail()),
                        Boolean.TRUE.equals(t.isOrganizationTrail()),
                        Boolean.TRUE.equals(t.includeGlobalServiceEvents()),
                        Boolean.TRUE.equals(t.logFileValidationEnabled()),
                        t.s3BucketName(), t.s3KeyPrefix(),
                        AwsCalls.call("cloudtrail:GetTrailStatus", () -> status(client.getTrailStatus(r -> r.name(arn)))),
                        AwsCalls.call("cloudtrail:GetEventSelectors", () -> selectors(client.getEventSelectors(r -> r.trailName(arn)))));
            })));
        }
        Map<String, Evidence<List<LifecycleRule>>> lifecycles = new TreeMap<>();
        trails.values().stream().map(Trail::s3BucketName).filter(b -> b != null).distinct()
                .forEach(bucket -> lifecycles.put(bucket, lifecycle(aws, bucket)));
        return new CloudTrailEvidence(arnsByRegion, List.copyOf(trails.values()), lifecycles);
    }

    private static TrailStatus status(GetTrailStatusResponse status) {
        return new TrailStatus(Boolean.TRUE.equals(status.isLogging()), status.latestDeliveryTime(), status.latestDeliveryError());
    }

    private static TrailSelectors selectors(GetEventSelectorsResponse response) {
        var basic = response.eventSelectors().stream()
                .map(s -> new TrailSelectors.EventSelector(s.readWriteTypeAsString(),
                        Boolean.TRUE.equals(s.includeManagementEvents()), s.excludeManagementEventSources()))
                .toList();
        var advanced = response.advancedEventSelectors().stream()
                .map(s -> new TrailSelectors.AdvancedEventSelector(s.name(), s.fieldSelectors().stream()
                        .map(f -> new TrailSelectors.FieldSelector(f.field(), f.equalsValue(), f.notEquals(),
                                f.startsWith(), f.notStartsWith(), f.endsWith(), f.notEndsWith()))
                        .toList()))
                .toList();
        return new TrailSelectors(basic, advanced);
    }

    private static Evidence<List<LifecycleRule>> lifecycle(AwsClients aws, String bucket) {
        Evidence<String> location = AwsCalls.call("s3:GetBucketLocation",
                () -> aws.s3("us-east-1").getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString());
        return location.flatMap(constraint -> AwsCalls.call("s3:GetLifecycleConfiguration", () -> {
            try {
                return aws.s3(bucketRegion(constraint)).getBucketLifecycleConfiguration(r -> r.bucket(bucket)).rules().stream()
                        .map(CloudTrailCollector::rule)
                        .toList();
            } catch (S3Exception e) {
                if ("NoSuchLifecycleConfiguration".equals(e.awsErrorDetails().errorCode())) {
                    return List.of();
                }
                throw e;
            }
        }));
    }

    /** GetBucketLocation answers "" for us-east-1 and the legacy "EU" for eu-west-1. */
    private static String bucketRegion(String constraint) {
        if (constraint == null || constraint.isEmpty() || constraint.equals("null")) {
            return "us-east-1";
        }
        return constraint.equals("EU") ? "eu-west-1" : constraint;
    }

    private static LifecycleRule rule(software.amazon.awssdk.services.s3.model.LifecycleRule rule) {
        var expiration = rule.expiration();
        return new LifecycleRule(rule.id(),
                rule.status() == ExpirationStatus.ENABLED,
                describe(rule.filter(), rule.prefix()),
                expiration == null ? null : expiration.days(),
                expiration == null || expiration.date() == null ? null : expiration.date().atZone(ZoneOffset.UTC).toLocalDate());
    }

    @SuppressWarnings("deprecation") // rules written before filters existed still carry a bare prefix
    private static String describe(LifecycleRuleFilter filter, String legacyPrefix) {
        List<String> parts = new ArrayList<>();
        if (filter == null) {
            if (legacyPrefix != null && !legacyPrefix.isEmpty()) {
                parts.add("prefix " + legacyPrefix);
            }
            return String.join(" and ", parts);
        }
        if (filter.prefix() != null && !filter.prefix().isEmpty()) {
            parts.add("prefix " + filter.prefix());
        }
        if (filter.tag() != null) {
            parts.add("tag " + filter.tag().key() + "=" + filter.tag().value());
        }
        if (filter.and() != null) {
            if (filter.and().prefix() != null && !filter.and().prefix().isEmpty()) {
                parts.add("prefix " + filter.and().prefix());
            }
            filter.and().tags().forEach(tag -> parts.add("tag " + tag.key() + "=" + tag.value()));
        }
        if (filter.objectSizeGreaterThan() != null) {
            parts.add("objects larger than " + filter.objectSizeGreaterThan() + " bytes");
        }
        if (filter.objectSizeLessThan() != null) {
            parts.add("objects smaller than " + filter.objectSizeLessThan() + " bytes");
        }
        return String.join(" and ", parts);
    }
}
