package io.irready.services;

import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.aws.AwsStub;
import io.irready.aws.CallMetrics;
import io.irready.collect.CollectionContext;
import io.irready.collect.Collector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Account 123456789012 in us-east-1 behind a local stub: collectors run against it exactly as against AWS. */
final class StubbedAccount implements AutoCloseable {

    static final String ACCOUNT = "123456789012";
    static final String REGION = "us-east-1";
    final AwsStub stub = AwsStub.start();
    private final AwsClientFactory factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")),
            URI.create(stub.endpoint()), 1, Duration.ofSeconds(5), 4, REGION, new CallMetrics());

    <T> T collect(Collector<T> collector) {
        return collect(collector, new CollectionContext(ACCOUNT, List.of(REGION), Set.of(), name -> false, name -> false), REGION);
    }

    <T> T collect(Collector<T> collector, CollectionContext context, String region) {
        AwsClients aws = factory.caller();
        return aws.run(() -> collector.collect(aws, context, region));
    }

    @Override
    public void close() {
        factory.close();
        stub.close();
    }
}
