package io.irready.aws;

import io.irready.checks.Status;
import io.irready.checks.Verdict;
import io.irready.evidence.Evidence;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.detective.DetectiveClient;

import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service AWS does not offer in a Region is recognised from a real DNS failure of its real endpoint (no endpoint
 * override: the SDK resolves the host it would call on AWS) together with a second fact, is not retried, and leaves
 * its checks NOT_APPLICABLE naming the service and Region. A DNS failure without that second fact stays a failure.
 */
class MissingEndpointsTest {

    @Test
    void aServiceTheSdkListsNowhereInTheRegionHasNoEndpointThereAndIsAskedOnce() {
        CallMetrics metrics = new CallMetrics();
        // Detective is not in the SDK's endpoint data for ap-east-2, and api.detective.ap-east-2.amazonaws.com does not resolve.
        Evidence<List<String>> graphs = listGraphs("ap-east-2", metrics);
        assertThat(graphs).isInstanceOfSatisfying(Evidence.NoEndpoint.class, none -> {
            assertThat(none.region()).isEqualTo("ap-east-2");
            assertThat(none.host()).isEqualTo("api.detective.ap-east-2.amazonaws.com");
        });
        assertThat(metrics.attempts()).as("no retry is spent on a service that is not there").isEqualTo(1);
        Verdict verdict = Verdict.given(graphs, "The Detective graphs", list -> Verdict.pass("graphs"));
        assertThat(verdict.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(verdict.message()).contains("AWS does not offer detective in ap-east-2");
    }

    @Test
    void aHostThatDoesNotResolveWhereTheServiceIsOfferedIsADnsFailureRetriedAndUnknown() {
        var noDns = SdkClientException.create("Received an UnknownHostException", new UnknownHostException("api.detective.us-east-1.amazonaws.com"));
        assertThat(MissingEndpoints.DNS.missing(noDns)).as("Detective is offered in us-east-1").isNull();
        assertThat(AwsRetries.retryable(noDns)).isTrue();
        Evidence<String> graphs = AwsCalls.call("detective:ListGraphs", () -> {
            throw noDns;
        });
        assertThat(graphs).isInstanceOf(Evidence.Failed.class);
        assertThat(Verdict.given(graphs, "The Detective graphs", list -> Verdict.pass("graphs")).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aServiceTheSdkDoesNotKnowIsMissingOnlyWhereStsResolves() {
        var resolving = new MissingEndpoints(host -> host.equals("sts.eu-west-1.amazonaws.com"));
        assertThat(resolving.notOffered("security-ir.eu-west-1.api.aws")).isEqualTo(new MissingEndpoints.Missing("security-ir.eu-west-1.api.aws",
                "eu-west-1"));
        assertThat(resolving.notOffered("security-ir.us-east-1.api.aws")).as("no name resolves there: DNS is down, not the service").isNull();
        assertThat(resolving.notOffered("127.0.0.1")).as("an emulator").isNull();
        assertThat(resolving.notOffered("moto.internal")).isNull();
    }

    private static Evidence<List<String>> listGraphs(String region, CallMetrics metrics) {
        try (AwsClientFactory factory = new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")), null, 2,
                Duration.ofSeconds(5), 2, "us-east-1", metrics)) {
            AwsClients account = factory.caller();
            return account.run(() -> AwsCalls.call("detective:ListGraphs", () -> account.client(DetectiveClient::builder, region).listGraphs(r -> { })
                    .graphList().stream().map(g -> g.arn()).toList()));
        }
    }
}
