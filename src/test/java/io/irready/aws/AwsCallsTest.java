package io.irready.aws;

import io.irready.evidence.Evidence;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.io.IOException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class AwsCallsTest {

    @Test
    void dataIsCollected() {
        assertThat(AwsCalls.call("logs:DescribeLogGroups", () -> "data")).isEqualTo(Evidence.collected("data"));
    }

    @Test
    void accessDeniedNamesTheAction() {
        Evidence<String> evidence = AwsCalls.call("config:DescribeDeliveryChannels", () -> {
            throw error(400, "AccessDeniedException", "not authorized");
        });
        assertThat(evidence).isEqualTo(new Evidence.Denied<>("config:DescribeDeliveryChannels", "not authorized"));
        assertThat(evidence.gap()).isEqualTo("access denied to config:DescribeDeliveryChannels (grant it to the audit role)");
    }

    @Test
    void unknownOperationsAndCodelessServerErrorsAreUnsupported() {
        assertThat(AwsCalls.call("x:Y", () -> { throw error(400, "UnknownOperationException", "no"); })).isInstanceOf(Evidence.Unsupported.class);
        assertThat(AwsCalls.call("x:Y", () -> { throw error(501, "Anything", "no"); })).isInstanceOf(Evidence.Unsupported.class);
        assertThat(AwsCalls.call("x:Y", () -> { throw error(500, null, "html"); })).isInstanceOf(Evidence.Unsupported.class);
    }

    @Test
    void exhaustedThrottlingIsAFailureSayingSo() {
        Evidence<String> evidence = AwsCalls.call("tag:GetResources", () -> { throw error(400, "ThrottlingException", "Rate exceeded"); });
        assertThat(evidence).isInstanceOf(Evidence.Failed.class);
        assertThat(evidence.gap()).contains("tag:GetResources failed: still throttled");
    }

    @Test
    void otherServiceErrorsAndNetworkErrorsAreFailures() {
        assertThat(AwsCalls.call("x:Y", () -> { throw error(400, "ValidationException", "bad"); }).gap()).isEqualTo("x:Y failed: ValidationException: bad");
        assertThat(AwsCalls.call("x:Y", () -> { throw SdkClientException.create("connection refused"); }).gap()).isEqualTo("x:Y failed: connection refused");
    }

    @Test
    void retriesThrottlingTransientErrorsAndIoButNotEmulatorGaps() {
        assertThat(AwsRetries.retryable(error(400, "ThrottlingException", "slow down"))).isTrue();
        assertThat(AwsRetries.retryable(error(503, null, "unavailable"))).isTrue();
        assertThat(AwsRetries.retryable(error(500, "InternalFailure", "oops"))).isTrue();
        assertThat(AwsRetries.retryable(error(500, null, "html"))).isFalse();
        assertThat(AwsRetries.retryable(error(400, "AccessDeniedException", "no"))).isFalse();
        assertThat(AwsRetries.retryable(SdkClientException.create("io", new ConnectException("refused")))).isTrue();
        assertThat(AwsRetries.retryable(software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException.create(2000))).as("a stalled attempt").isTrue();
        assertThat(AwsRetries.retryable(SdkClientException.create("no credentials"))).isFalse();
        assertThat(AwsRetries.retryable(new IOException("not an SDK error"))).isFalse();
    }

    private static AwsServiceException error(int status, String code, String message) {
        return AwsServiceException.builder()
                .statusCode(status)
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
                .build();
    }
}
