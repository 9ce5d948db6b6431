package io.irready.services.cloudtrail;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.evidence.Evidence;
import io.irready.services.cloudtrail.Trail;
import io.irready.services.cloudtrail.TrailSelectors;
import io.irready.services.cloudtrail.TrailStatus;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Lists trails in every Region in scope (shadow copies of multi-Region trails included), then reads
 * each distinct trail's status and selectors once from its home Region. Shared by the account's
 * CloudTrail collector and the organization's, which keeps only organization trails.
 */
public final class TrailReader {

    /** What DescribeTrails answered per Region, and each distinct trail that was kept. */
    public record Listing(Map<String, Evidence<List<String>>> arnsByRegion, List<Trail> trails) {
    }

    private TrailReader() {
    }

    public static Listing read(AwsClients aws, List<String> regions, Predicate<software.amazon.awssdk.services.cloudtrail.model.Trail> keep) {
        Map<String, Evidence<List<String>>> arnsByRegion = new TreeMap<>();
        Map<String, Trail> trails = new LinkedHashMap<>();
        for (String region : regions) {
            var listed = AwsCalls.call("cloudtrail:DescribeTrails",
                    () -> aws.client(CloudTrailClient::builder, region).describeTrails(r -> r.includeShadowTrails(true)).trailList());
            arnsByRegion.put(region, listed.map(list -> list.stream().map(t -> t.trailARN()).toList()));
            listed.data().ifPresent(list -> list.stream().filter(keep).forEach(t -> trails.computeIfAbsent(t.trailARN(), arn -> {
                String home = t.homeRegion() == null ? region : t.homeRegion();
                return readDetails(aws, new Trail(arn, t.name(), home,
                        Boolean.TRUE.equals(t.isMultiRegionTrail()),
                        Boolean.TRUE.equals(t.isOrganizationTrail()),
                        Boolean.TRUE.equals(t.includeGlobalServiceEvents()),
                        Boolean.TRUE.equals(t.logFileValidationEnabled()),
                        t.s3BucketName(), t.s3KeyPrefix(), t.kmsKeyId(), t.cloudWatchLogsLogGroupArn(), null, null));
            })));
        }
        return new Listing(arnsByRegion, List.copyOf(trails.values()));
    }

    /** The trail with its status and selectors read through {@code aws}, by ARN in its home Region (as AWS requires for shadow and organization trails). */
    public static Trail readDetails(AwsClients aws, Trail trail) {
        CloudTrailClient client = aws.client(CloudTrailClient::builder, trail.homeRegion());
        return trail.withDetails(AwsCalls.call("cloudtrail:GetTrailStatus", () -> status(client.getTrailStatus(r -> r.name(trail.arn())))),
                AwsCalls.call("cloudtrail:GetEventSelectors", () -> selectors(client.getEventSelectors(r -> r.trailName(trail.arn())))));
    }

    private static TrailStatus status(GetTrailStatusResponse status) {
        return new TrailStatus(Boolean.TRUE.equals(status.isLogging()), status.latestDeliveryTime(), status.latestDeliveryError(),
                status.latestDigestDeliveryTime(), status.latestDigestDeliveryError(), status.latestCloudWatchLogsDeliveryTime(),
                status.latestCloudWatchLogsDeliveryError());
    }

    private static TrailSelectors selectors(GetEventSelectorsResponse response) {
        var basic = response.eventSelectors().stream()
                .map(s -> new TrailSelectors.EventSelector(s.readWriteTypeAsString(),
                        Boolean.TRUE.equals(s.includeManagementEvents()), s.excludeManagementEventSources(),
                        s.dataResources().stream().map(d -> new TrailSelectors.DataResource(d.type(), d.values())).toList()))
                .toList();
        var advanced = response.advancedEventSelectors().stream()
                .map(s -> new TrailSelectors.AdvancedEventSelector(s.name(), s.fieldSelectors().stream()
                        .map(f -> new TrailSelectors.FieldSelector(f.field(), f.equalsValue(), f.notEquals(),
                                f.startsWith(), f.notStartsWith(), f.endsWith(), f.notEndsWith()))
                        .toList()))
                .toList();
        return new TrailSelectors(basic, advanced);
    }
}
