package io.irready.collect.cloudtrail;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.AccountCollector;
import io.irready.collect.CollectionContext;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceFile;
import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.cloudtrail.LifecycleRule;
import io.irready.evidence.cloudtrail.Trail;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.s3.model.LifecycleRuleFilter;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The account's trails (see {@link TrailReader}), the account's own buckets, and the lifecycle rules
 * of the log buckets that live here: its trails' buckets and the organization trails' buckets. A trail
 * bucket owned by another account is read there, where the audit role may read it.
 */
public final class CloudTrailCollector implements AccountCollector<CloudTrailEvidence> {

    @Override
    public EvidenceFile file() {
        return EvidenceFile.CLOUDTRAIL;
    }

    @Override
    public CloudTrailEvidence collect(AwsClients aws, CollectionContext context) {
        TrailReader.Listing listing = TrailReader.read(aws, context.regions(), trail -> true);
        Evidence<List<String>> owned = AwsCalls.call("s3:ListBuckets",
                () -> aws.s3("us-east-1").listBucketsPaginator(r -> { }).buckets().stream().map(Bucket::name).toList());
        Set<String> logBuckets = new TreeSet<>(context.organizationTrailBuckets());
        listing.trails().stream().map(Trail::s3BucketName).filter(Objects::nonNull).forEach(logBuckets::add);
        // Without the list of owned buckets, try each trail bucket and keep what the call answers.
        Set<String> toRead = owned.data().map(names -> logBuckets.stream().filter(names::contains).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(() -> listing.trails().stream().map(Trail::s3BucketName).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Evidence<List<LifecycleRule>>> lifecycles = new TreeMap<>();
        toRead.forEach(bucket -> lifecycles.put(bucket, lifecycle(aws, bucket)));
        return new CloudTrailEvidence(listing.arnsByRegion(), listing.trails(), owned, lifecycles);
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
