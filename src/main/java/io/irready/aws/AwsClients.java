package io.irready.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The SDK clients of one account's credentials, one per service and Region, built on first use and
 * reused; all share the run's HTTP connection pool. With an endpoint override every client talks to
 * that endpoint (an emulator); S3 then uses path-style addressing. Made by {@link AwsClientFactory}.
 */
public final class AwsClients implements AutoCloseable {

    /** IAM and Organizations are global; their APIs are served from us-east-1 in the aws partition. */
    private static final String GLOBAL_REGION = "us-east-1";

    private final AwsCredentialsProvider credentials;
    private final URI endpoint;
    private final Supplier<ClientOverrideConfiguration> overrides;
    private final SdkHttpClient http;
    private final Map<String, SdkAutoCloseable> clients = new ConcurrentHashMap<>();

    AwsClients(AwsCredentialsProvider credentials, URI endpoint, Supplier<ClientOverrideConfiguration> overrides, SdkHttpClient http) {
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.overrides = overrides;
        this.http = http;
    }

    /** Resolves the credentials now, so a role that cannot be assumed is known before any collection. */
    public void resolveCredentials() {
        credentials.resolveCredentials();
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

    public OrganizationsClient organizations() {
        return client("organizations", GLOBAL_REGION, () -> configure(OrganizationsClient.builder(), GLOBAL_REGION));
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
                .overrideConfiguration(overrides.get());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    /** Closes this account's clients and credentials; the shared connection pool stays open. */
    @Override
    public void close() {
        clients.values().forEach(SdkAutoCloseable::close);
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
