package io.irready.services.s3;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import io.irready.evidence.EvidenceType;
import io.irready.services.s3.S3Buckets.Bucket;
import software.amazon.awssdk.services.s3.S3Client;

/** Every bucket of the account and its server access logging target (the client follows each bucket to its Region). */
public final class S3BucketsCollector implements Collector<S3Buckets> {

    @Override
    public EvidenceType<S3Buckets> type() {
        return S3Buckets.TYPE;
    }

    @Override
    public S3Buckets collect(AwsClients aws, CollectionContext context, String region) {
        S3Client s3 = aws.s3(aws.partition().globalRegion());
        return new S3Buckets(OwnedBuckets.names(aws).map(names -> names.stream()
                .map(name -> new Bucket(name, AwsCalls.call("s3:GetBucketLogging", () -> {
                    var logging = s3.getBucketLogging(r -> r.bucket(name)).loggingEnabled();
                    return logging == null ? null : logging.targetBucket();
                })))
                .toList()));
    }
}
