package io.irready.services.s3;

import io.irready.aws.AwsCalls;
import io.irready.aws.AwsClients;
import io.irready.evidence.Evidence;
import software.amazon.awssdk.services.s3.model.Bucket;

import java.util.List;

/**
 * The general purpose buckets an account owns. ListBuckets is asked for pages of {@link #PAGE} (MaxBuckets) and follows
 * the ContinuationToken: S3 rejects unpaginated requests from accounts whose bucket quota is above 10,000
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/list-buckets.html).
 */
public final class OwnedBuckets {

    static final int PAGE = 1000;

    private OwnedBuckets() {
    }

    public static Evidence<List<String>> names(AwsClients aws) {
        return AwsCalls.call("s3:ListAllMyBuckets", () -> aws.s3(aws.partition().globalRegion())
                .listBucketsPaginator(r -> r.maxBuckets(PAGE)).buckets().stream().map(Bucket::name).toList());
    }
}
