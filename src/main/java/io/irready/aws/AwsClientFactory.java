package io.irready.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Makes the clients of each account a run reads: the caller's own credentials, or an audit role
 * assumed from them. Assumed credentials are cached per account and refreshed before they expire.
 * One HTTP connection pool and one STS client serve the whole run.
 */
public final class AwsClientFactory implements AutoCloseable {

    /** Assumed credentials are renewed this long before they expire, so no call goes out with stale ones. */
    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final AwsCredentialsProvider callerCredentials;
    private final URI endpoint;
    private final Supplier<ClientOverrideConfiguration> overrides;
    private final SdkHttpClient http;
    private final StsClient sts;

    /**
     * @param stsRegion the Region whose STS endpoint assumes roles (the first Region in scope)
     * @param callTimeout the longest one attempt of a call may take
     */
    public AwsClientFactory(AwsCredentialsProvider callerCredentials, URI endpoint, int maxAttempts, Duration callTimeout,
                            int maxConnections, String stsRegion, CallMetrics metrics) {
        this.callerCredentials = callerCredentials;
        this.endpoint = endpoint;
        // Each client gets its own retry strategy, so its adaptive rate limiter follows the throttling of its own
        // account, service and Region, which is how AWS throttles, and never slows another account.
        this.overrides = () -> ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetries.strategy(maxAttempts, metrics))
                .addExecutionInterceptor(metrics)
                .apiCallAttemptTimeout(callTimeout)
                // Every attempt may time out and every back-off may reach its 20 s cap.
                .apiCallTimeout(callTimeout.plusSeconds(20).multipliedBy(maxAttempts))
                .build();
        this.http = ApacheHttpClient.builder().maxConnections(maxConnections).build();
        var stsBuilder = StsClient.builder().region(Region.of(stsRegion)).credentialsProvider(callerCredentials)
                .httpClient(http).overrideConfiguration(overrides.get());
        if (endpoint != null) {
            stsBuilder.endpointOverride(endpoint);
        }
        this.sts = stsBuilder.build();
    }

    /** Clients with the caller's own credentials. */
    public AwsClients caller() {
        return new AwsClients(callerCredentials, endpoint, overrides, http);
    }

    /** Clients that act through {@code roleArn}, assumed on first use and renewed before expiry. */
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
        return new AwsClients(provider, endpoint, overrides, http);
    }

    @Override
    public void close() {
        sts.close();
        http.close();
    }
}
