package io.irready.aws;

import io.irready.evidence.Partition;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import software.amazon.awssdk.endpoints.Endpoint;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's AWS access: the account clients of the caller's own credentials, or of an audit role
 * assumed from them (cached per account and renewed before expiry), over one set of SDK clients per
 * service and Region shared by every account (see {@link BoundAccount}) and one connection pool.
 * With an endpoint override every client talks to that endpoint (an emulator); S3 then uses path-style
 * addressing.
 */
public final class AwsClientFactory implements AutoCloseable {

    /** Assumed credentials are renewed this long before they expire, so no call goes out with stale ones. */
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final AwsCredentialsProvider callerCredentials;
    private final URI endpoint;
    private final int maxAttempts;
    private final Duration callTimeout;
    private final CallMetrics metrics;
    private final SdkHttpClient http;
    private final String stsRegion;
    private final StsClient sts;
    private final Map<String, SdkAutoCloseable> clients = new ConcurrentHashMap<>();

    /**
     * @param stsRegion the Region whose STS endpoint assumes roles (the first Region in scope)
     * @param callTimeout the longest one attempt of a call may take
     */
    public AwsClientFactory(AwsCredentialsProvider callerCredentials, URI endpoint, int maxAttempts, Duration callTimeout,
                            int maxConnections, String stsRegion, CallMetrics metrics) {
        this.callerCredentials = callerCredentials;
        this.endpoint = endpoint;
        this.maxAttempts = maxAttempts;
        this.callTimeout = callTimeout;
        this.metrics = metrics;
        this.stsRegion = stsRegion;
        this.http = ApacheHttpClient.builder().maxConnections(maxConnections).build();
        // Assuming a role takes the caller's own credentials, never a bound account's.
        var stsBuilder = StsClient.builder().region(Region.of(stsRegion)).credentialsProvider(callerCredentials)
                .httpClient(http).overrideConfiguration(overrides(AwsRetries.strategy(maxAttempts, metrics)));
        if (endpoint != null) {
            stsBuilder.endpointOverride(endpoint);
        }
        this.sts = stsBuilder.build();
    }

    /** The caller's own account, in the partition of the Region roles are assumed in (the caller's ARN is not known yet). */
    public AwsClients caller() {
        return caller(Partition.ofRegion(stsRegion));
    }

    /** The caller's own account in {@code partition}, as its ARN says. */
    public AwsClients caller(Partition partition) {
        return new AwsClients(callerCredentials, this, partition);
    }

    /** The account of {@code roleArn} (in that ARN's partition), which is assumed on first use and renewed before expiry. */
    public AwsClients assuming(String roleArn, String externalId, String sessionName) {
        var provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> {
                    r.roleArn(roleArn).roleSessionName(sessionName);
                    if (externalId != null && !externalId.isBlank()) {
                        r.externalId(externalId);
                    }
                })
                .prefetchTime(REFRESH_BEFORE_EXPIRY)
                .asyncCredentialUpdateEnabled(false)
                .build();
        return new AwsClients(provider, this, Partition.ofArn(roleArn));
    }

    @SuppressWarnings("unchecked")
    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable> C client(B builder, String region) {
        return (C) clients.computeIfAbsent(builder.getClass().getName() + "/" + region, key -> configure(builder, region));
    }

    S3Client s3(String region) {
        return client(S3Client.builder()
                .forcePathStyle(endpoint != null)
                .crossRegionAccessEnabled(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED), region);
    }

    S3ControlClient s3Control(String region) {
        S3ControlClientBuilder builder = S3ControlClient.builder();
        if (endpoint != null) {
            // S3 Control's endpoint rules put the account id in front of the host, which an emulator's address cannot take.
            builder.endpointProvider(params -> CompletableFuture.completedFuture(Endpoint.builder().url(endpoint).build()));
        }
        return client(builder, region);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configure(B builder, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(BoundAccount.CREDENTIALS)
                .httpClient(http)
                .overrideConfiguration(overrides(new AccountRetries(() -> AwsRetries.strategy(maxAttempts, metrics))));
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    private ClientOverrideConfiguration overrides(software.amazon.awssdk.retries.api.RetryStrategy retries) {
        return ClientOverrideConfiguration.builder()
                // Host prefixes (an account id, "data-") make names an emulator's address cannot take.
                .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, endpoint != null)
                .retryStrategy(retries)
                .addExecutionInterceptor(metrics)
                .apiCallAttemptTimeout(callTimeout)
                // Every attempt may time out and every back-off may reach its 20 s cap.
                .apiCallTimeout(callTimeout.plusSeconds(20).multipliedBy(maxAttempts))
                .build();
    }

    @Override
    public void close() {
        clients.values().forEach(SdkAutoCloseable::close);
        sts.close();
        http.close();
    }
}
