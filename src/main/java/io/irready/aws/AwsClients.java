package io.irready.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The SDK clients of one set of credentials, one per service and Region, built on first use and
 * sharing one HTTP connection pool. With an endpoint override every client talks to that endpoint
 * (an emulator); S3 then uses path-style addressing.
 */
public final class AwsClients implements AutoCloseable {

    /** IAM is global; its API is served from us-east-1 in the aws partition. */
    private static final String GLOBAL_REGION = "us-east-1";

    private final AwsCredentialsProvider credentials;
    private final URI endpoint;
    private final ClientOverrideConfiguration overrides;
    private final SdkHttpClient http;
    private final Map<String, SdkAutoCloseable> clients = new ConcurrentHashMap<>();

    public AwsClients(AwsCredentialsProvider credentials, URI endpoint, int maxAttempts, int maxConnections) {
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.overrides = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetries.strategy(maxAttempts))
                .apiCallAttemptTimeout(Duration.ofSeconds(30))
                .apiCallTimeout(Duration.ofMinutes(3))
                .build();
        this.http = ApacheHttpClient.builder().maxConnections(maxConnections).build();
    }

    public StsClient sts(String region) {
        return client("sts", region, () -> configure(StsClient.builder(), region));
    }

    public CloudTrailClient cloudTrail(String region) {
        return client("cloudtrail", region, () -> configure(CloudTrailClient.builder(), region));
    }

    public ConfigClient config(String region) {
        return client("config", region, () -> configure(ConfigClient.builder(), region));
    }

    public CloudWatchLogsClient logs(String region) {
        return client("logs", region, () -> configure(CloudWatchLogsClient.builder(), region));
    }

    public ResourceGroupsTaggingApiClient tagging(String region) {
        return client("tagging", region, () -> configure(ResourceGroupsTaggingApiClient.builder(), region));
    }

    public IamClient iam() {
        return client("iam", GLOBAL_REGION, () -> configure(IamClient.builder(), GLOBAL_REGION));
    }

    public S3Client s3(String region) {
        return client("s3", region, () -> configure(S3Client.builder()
                .forcePathStyle(endpoint != null)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED), region));
    }

    @SuppressWarnings("unchecked")
    private <C extends SdkAutoCloseable> C client(String service, String region, Supplier<C> build) {
        return (C) clients.computeIfAbsent(service + "/" + region, key -> build.get());
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configure(B builder, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(overrides);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkAutoCloseable::close);
        http.close();
    }
}
