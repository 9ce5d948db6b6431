package io.irready.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shared SDK clients act with the credentials of the account bound to the calling thread, and of no other. */
class BoundAccountTest {

    private WireMockServer aws;
    private AwsClientFactory factory;

    @BeforeEach
    void start() {
        aws = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        aws.start();
        aws.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"logGroups\":[]}")));
        factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDCALLER", "s")),
                URI.create(aws.baseUrl()), 1, Duration.ofSeconds(5), 4, "us-east-1", new CallMetrics());
    }

    @AfterEach
    void stop() {
        factory.close();
        aws.stop();
    }

    @Test
    void eachCallSignsWithItsThreadsAccountThroughTheSameClient() throws Exception {
        AwsClients caller = factory.caller();
        AwsClients other = new AwsClients(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDMEMBER", "s")), factory, io.irready.evidence.Partition.AWS);
        assertThat(caller.client(CloudWatchLogsClient::builder, "us-east-1")).isSameAs(other.client(CloudWatchLogsClient::builder, "us-east-1"));

        var pool = Executors.newFixedThreadPool(4);
        try {
            var calls = List.of(caller, other, caller, other).stream()
                    .map(account -> pool.submit(() -> account.run(() -> account.client(CloudWatchLogsClient::builder, "us-east-1").describeLogGroups())))
                    .toList();
            for (var call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }

        List<String> signedBy = aws.findAll(anyRequestedFor(anyUrl())).stream().map(LoggedRequest::getHeaders)
                .map(h -> h.getHeader("Authorization").firstValue().replaceAll(".*Credential=([A-Z]+)/.*", "$1")).toList();
        assertThat(signedBy).containsExactlyInAnyOrder("AKIDCALLER", "AKIDMEMBER", "AKIDCALLER", "AKIDMEMBER");
    }

    @Test
    void aCallOnAThreadWithNoAccountFailsRatherThanUseAnyCredentials() {
        var logs = factory.caller().client(CloudWatchLogsClient::builder, "us-east-1");
        assertThatThrownBy(logs::describeLogGroups).isInstanceOf(SdkClientException.class).hasMessageContaining("bound to no account");
        assertThat(aws.getAllServeEvents()).isEmpty();
    }
}
