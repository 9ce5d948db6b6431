package io.irready.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.retries.AdaptiveRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.internal.DefaultAdaptiveRetryStrategy;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * The retry policy of every client: the SDK's adaptive strategy, which slows a client's own sending
 * rate when AWS throttles it. A nightly batch prefers waiting to giving up, so the circuit breaker is
 * off and throttling backs off from one second. An HTTP 500 without an AWS error code is not retried:
 * that is how an emulator says it lacks an operation, and retrying only costs seconds. Neither is a service AWS does not
 * offer in the Region ({@link MissingEndpoints}).
 */
final class AwsRetries {

    private static final Set<Integer> TRANSIENT_STATUS = Set.of(502, 503, 504);

    private AwsRetries() {
    }

    static RetryStrategy strategy(int maxAttempts, CallMetrics metrics) {
        AdaptiveRetryStrategy.Builder builder = AdaptiveRetryStrategy.builder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(counted(BackoffStrategy.exponentialDelay(Duration.ofSeconds(1), Duration.ofSeconds(20)), metrics))
                .retryOnException(AwsRetries::retryable)
                .treatAsThrottling(AwsRetries::throttling)
                .useClientDefaults(false);
        // The public builder does not expose the circuit breaker; the SDK's own implementation does.
        ((DefaultAdaptiveRetryStrategy.Builder) builder).circuitBreakerEnabled(false);
        return builder.build();
    }

    /** The back-off after a throttled attempt is computed once per retry: that is where throttles are counted. */
    private static BackoffStrategy counted(BackoffStrategy backoff, CallMetrics metrics) {
        return attempt -> {
            metrics.throttled();
            return backoff.computeDelay(attempt);
        };
    }

    static boolean throttling(Throwable error) {
        return error instanceof AwsServiceException e && e.isThrottlingException();
    }

    static boolean retryable(Throwable error) {
        if (error instanceof AwsServiceException e) {
            if (e.isThrottlingException() || e.isClockSkewException()) {
                return true;
            }
            if (e.statusCode() == 500) {
                return AwsCalls.errorCode(e) != null;
            }
            return TRANSIENT_STATUS.contains(e.statusCode());
        }
        if (error instanceof ApiCallAttemptTimeoutException) {
            return true; // one attempt stalled past irready.aws.call-timeout; the next may not
        }
        if (error instanceof SdkClientException) {
            if (MissingEndpoints.DNS.missing(error) != null) {
                return false; // AWS does not offer the service in that Region: asking again cannot change it
            }
            for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException) {
                    return true;
                }
            }
        }
        return false;
    }
}
