package io.irready.services.s3;

import io.irready.evidence.Evidence;
import io.irready.evidence.EvidenceType;

import java.util.List;

/** The account's S3 buckets and where each logs its server access (null: nowhere). */
public record S3Buckets(Evidence<List<Bucket>> buckets) {

    public static final EvidenceType<S3Buckets> TYPE = EvidenceType.perAccount("s3.buckets", S3Buckets.class,
            "s3:ListAllMyBuckets", "s3:GetBucketLogging");

    public record Bucket(String name, Evidence<String> accessLogTarget) {
    }
}
