package io.irready.services.cloudtrail;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;
import io.irready.services.s3.OwnedBuckets;
import io.irready.services.s3.PublicAccessBlock;
import software.amazon.awssdk.services.s3.S3Client;
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
 * The account's trails (see {@link TrailReader}), the account's own buckets, and the settings of the log
 * buckets that live here: its trails' buckets and the organization trails' buckets. A trail bucket owned
 * by another account is read there, where the audit role may read it.
 */
public final class CloudTrailCollector implements Collector<CloudTrailEvidence> {

    @Override
    public EvidenceType<CloudTrailEvidence> type() {
        return CloudTrailEvidence.TYPE;
    }

    @Override
    public CloudTrailEvidence collect(AwsClients aws, CollectionContext context, String region) {
        TrailReader.Listing listing = TrailReader.read(aws, context.regions(), trail -> true);
        Evidence<List<String>> owned = OwnedBuckets.names(aws);
        Set<String> logBuckets = new TreeSet<>(context.organizationTrailBuckets());
        listing.trails().stream().map(Trail::s3BucketName).filter(Objects::nonNull).forEach(logBuckets::add);
        // Without the list of owned buckets, try each trail bucket and keep what the calls answer.
        Set<String> toRead = owned.data().map(names -> logBuckets.stream().filter(names::contains).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(() -> listing.trails().stream().map(Trail::s3BucketName).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, LogBucket> buckets = new TreeMap<>();
        toRead.forEach(bucket -> buckets.put(bucket, logBucket(aws, bucket)));
        return new CloudTrailEvidence(listing.arnsByRegion(), listing.trails(), owned, buckets);
    }

    private static LogBucket logBucket(AwsClients aws, String bucket) {
        String global = aws.partition().globalRegion();
        Evidence<String> location = AwsCalls.call("s3:GetBucketLocation",
                () -> aws.s3(global).getBucketLocation(r -> r.bucket(bucket)).locationConstraintAsString()).map(c -> bucketRegion(c, global));
        String region = location.data().orElse(global);
        S3Client s3 = aws.s3(region);
        return new LogBucket(bucket, location.data().orElse(null),
                location.flatMap(r -> absentAs("s3:GetLifecycleConfiguration", "NoSuchLifecycleConfiguration", List.of(),
                        () -> s3.getBucketLifecycleConfiguration(b -> b.bucket(bucket)).rules().stream().map(CloudTrailCollector::rule).toList())),
                location.flatMap(r -> absentAs("s3:GetBucketPublicAccessBlock", "NoSuchPublicAccessBlockConfiguration",
                        new PublicAccessBlock(false, false, false, false), () -> {
                            var block = s3.getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration();
                            return new PublicAccessBlock(Boolean.TRUE.equals(block.blockPublicAcls()), Boolean.TRUE.equals(block.ignorePublicAcls()),
                                    Boolean.TRUE.equals(block.blockPublicPolicy()), Boolean.TRUE.equals(block.restrictPublicBuckets()));
                        })),
                location.flatMap(r -> absentAs("s3:GetBucketPolicyStatus", "NoSuchBucketPolicy", false,
                        () -> Boolean.TRUE.equals(s3.getBucketPolicyStatus(b -> b.bucket(bucket)).policyStatus().isPublic()))),
                location.flatMap(r -> AwsCalls.call("s3:GetBucketLogging", () -> {
                    var logging = s3.getBucketLogging(b -> b.bucket(bucket)).loggingEnabled();
                    return logging == null ? null : logging.targetBucket();
                })),
                location.flatMap(r -> AwsCalls.call("s3:GetBucketVersioning", () -> {
                    var versioning = s3.getBucketVersioning(b -> b.bucket(bucket));
                    return new LogBucket.Versioning(versioning.statusAsString(), "Enabled".equals(versioning.mfaDeleteAsString()));
                })),
                location.flatMap(r -> absentAs("s3:GetBucketObjectLockConfiguration", "ObjectLockConfigurationNotFoundError",
                        new LogBucket.ObjectLock(false, null, null, null), () -> {
                            var lock = s3.getObjectLockConfiguration(b -> b.bucket(bucket)).objectLockConfiguration();
                            var retention = lock.rule() == null ? null : lock.rule().defaultRetention();
                            return new LogBucket.ObjectLock("Enabled".equals(lock.objectLockEnabledAsString()),
                                    retention == null ? null : retention.modeAsString(), retention == null ? null : retention.days(),
                                    retention == null ? null : retention.years());
                        })));
    }

    /** A call whose "not configured" error code means the setting is absent, which is data, not a gap. */
    private static <T> Evidence<T> absentAs(String action, String absentCode, T absent, java.util.function.Supplier<T> read) {
        return AwsCalls.call(action, () -> {
            try {
                return read.get();
            } catch (S3Exception e) {
                if (e.awsErrorDetails() != null && absentCode.equals(e.awsErrorDetails().errorCode())) {
                    return absent;
                }
                throw e;
            }
        });
    }

    /** GetBucketLocation answers "" for the partition's first Region (us-east-1) and the legacy "EU" for eu-west-1. */
    private static String bucketRegion(String constraint, String global) {
        if (constraint == null || constraint.isEmpty() || constraint.equals("null")) {
            return global;
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
