package io.irready.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.irready.evidence.Evidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Every attempt is counted, and every throttled answer once, whether it was retried or ended the call. */
class CallMetricsTest {

    private final WireMockServer aws = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @AfterEach
    void stop() {
        aws.stop();
    }

    @Test
    void throttledAnswersAreCountedOnceEach() {
        aws.start();
        aws.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}")));
        CallMetrics metrics = new CallMetrics();
        try (var factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")),
                URI.create(aws.baseUrl()), 2, Duration.ofSeconds(5), 4, "us-east-1", metrics)) {
            AwsClients account = factory.caller();
            Evidence<Object> outcome = account.run(() -> AwsCalls.call("logs:DescribeLogGroups",
                    () -> account.client(CloudWatchLogsClient::builder, "us-east-1").describeLogGroups()));

            assertThat(outcome.gap()).contains("still throttled after 2 attempts");
        }
        assertThat(metrics.attempts()).isEqualTo(2);
        assertThat(metrics.throttles()).isEqualTo(2);
    }
}
