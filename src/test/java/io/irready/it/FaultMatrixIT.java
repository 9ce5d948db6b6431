package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.irready.aws.AwsStub;
import io.irready.checks.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ready account audited twice: straight, and through a proxy that throttles over 30% of the calls,
 * answers 503, resets connections and stalls beyond the call timeout. Every fault hits a call's first
 * attempts only, so retries must recover all of them: the findings are the same, none is lost.
 */
class FaultMatrixIT {

    @TempDir
    Path dir;

    private AwsStub stub;
    private WireMockServer faulty;
    private final FaultPlan plan = new FaultPlan();

    @BeforeEach
    void seedAReadyAccountBehindAFaultyProxy() {
        Moto.reset();
        AwsScenario aws = new AwsScenario(Moto.endpoint()).readyAccount();
        stub = AwsStub.inFrontOf(Moto.endpoint());
        ReadyStubs.serve(stub, aws.ready());
        faulty = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(60).extensions(plan));
        faulty.start();
        faulty.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(stub.endpoint())));
    }

    @AfterEach
    void stop() {
        faulty.stop();
        stub.close();
    }

    @Test
    void throttlingErrorsResetsAndStallsLoseNothing() {
        AuditRun clean = audit("clean", stub.endpoint());
        AuditRun faults = audit("faults", faulty.baseUrl());

        assertThat(plan.throttled.get()).as("throttled share of %s calls", plan.calls.get())
                .isGreaterThanOrEqualTo((int) (plan.calls.get() * 0.30));
        assertThat(plan.errors.get()).isPositive();
        assertThat(plan.resets.get()).isPositive();
        assertThat(plan.stalls.get()).isPositive();
        assertThat(faults.exitCode()).as(faults.toString()).isEqualTo(clean.exitCode());
        assertThat(faults.stdout()).containsPattern("AWS API calls +\\d+ \\([1-9]\\d* throttled\\)");
        List<String> expected = verdicts(clean.findings());
        assertThat(verdicts(faults.findings())).as("differing: %s", faults.findings().stream()
                        .filter(f -> !expected.contains(f.checkId() + " " + f.region() + " " + f.resourceId() + " " + f.status()))
                        .map(f -> f.checkId() + ": " + f.message()).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** What a finding decides, without the wording that carries times. */
    private static List<String> verdicts(List<Finding> findings) {
        return findings.stream().map(f -> f.checkId() + " " + f.region() + " " + f.resourceId() + " " + f.status()).toList();
    }

    private AuditRun audit(String name, String endpoint) {
        Path out = dir.resolve(name);
        String settings = AwsScenario.SETTINGS + "  attestations:\n    file: " + AwsScenario.attestations(dir) + "\n"
                + "  aws:\n    max-attempts: 5\n    call-timeout: 2s\n  collect:\n    concurrency: 64\n";
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir.resolve(name + "-config"), settings).toString(),
                "--endpoint", endpoint, "--out", out.toString());
    }

    /**
     * Decides each request's fate from a hash of what it asks (so a retry of the same call is recognised) and
     * how often it was asked: 40% of calls are throttled on their first two attempts, 10% get a 503, 5% a
     * reset connection and 5% a stall past the call timeout on their first attempt; the rest pass.
     */
    static final class FaultPlan implements ResponseDefinitionTransformerV2 {

        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger throttled = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger resets = new AtomicInteger();
        final AtomicInteger stalls = new AtomicInteger();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            calls.incrementAndGet();
            var request = event.getRequest();
            // The signature changes with every attempt; the credential scope (account key, day, Region, service) does not.
            String authorization = String.valueOf(request.getHeader("Authorization"));
            String scope = authorization.replaceFirst(".*Credential=([^,]*),.*", "$1");
            String key = scope + " " + request.getMethod() + " " + request.getUrl() + " " + request.getHeader("X-Amz-Target") + " "
                    + request.getBodyAsString();
            int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            int fate = Math.floorMod(key.hashCode() * 31 + 7, 100);
            ResponseDefinition proxied = event.getResponseDefinition();
            if (fate < 40 && attempt <= 2) {
                throttled.incrementAndGet();
                return aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}").build();
            }
            if (fate < 50 && attempt == 1) {
                errors.incrementAndGet();
                return aResponse().withStatus(503).withBody("Service Unavailable").build();
            }
            if (fate < 55 && attempt == 1) {
                resets.incrementAndGet();
                return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
            }
            if (fate < 60 && attempt == 1) {
                stalls.incrementAndGet();
                return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like(proxied).but().withFixedDelay(2_500).build();
            }
            return proxied;
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public String getName() {
            return "fault-plan";
        }
    }
}
