package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Denied permissions, an operation the endpoint lacks, and throttling, injected by a proxy in front
 * of moto: each gap becomes UNKNOWN naming the action, and the run still completes with both reports.
 */
class AccessProblemsIT {

    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final String TARGET = "X-Amz-Target";

    @TempDir
    Path dir;

    private WireMockServer proxy;

    @BeforeEach
    void startProxy() {
        Moto.reset();
        new AwsScenario(Moto.endpoint()).readyAccount();
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(Moto.endpoint())));
    }

    @AfterEach
    void stopProxy() {
        proxy.stop();
    }

    @Test
    void gapsAreUnknownNamingTheActionAndTheRunCompletes() throws Exception {
        proxy.stubFor(post(anyUrl()).atPriority(1).withHeader(TARGET, equalTo("StarlingDoveService.DescribeConfigurationRecorders"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON_11).withBody(
                        "{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:sts::123456789012:assumed-role/irready-audit/x "
                                + "is not authorized to perform: config:DescribeConfigurationRecorders\"}")));
        proxy.stubFor(post(anyUrl()).atPriority(1).withRequestBody(containing("Action=ListAttachedRolePolicies"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody(
                        "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
                                + "<Message>User is not authorized to perform: iam:ListAttachedRolePolicies</Message></Error>"
                                + "<RequestId>1</RequestId></ErrorResponse>")));
        proxy.stubFor(get(urlPathEqualTo("/org-audit-logs")).atPriority(1).withQueryParam("lifecycle", equalTo(""))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/xml").withBody(
                        "<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>1</RequestId></Error>")));
        proxy.stubFor(post(anyUrl()).atPriority(1).withHeader(TARGET, equalTo("ResourceGroupsTaggingAPI_20170126.GetResources"))
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody(
                        "<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1>")));
        throttleTwice("Logs_20140328.DescribeLogGroups");

        AuditRun run = audit();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.runDir().resolve("report.pdf")).isNotEmptyFile();
        assertThat(run.runDir().resolve("report.xlsx")).isNotEmptyFile();

        assertUnknownNaming(run, "IR-LOG-12", "access denied to config:DescribeConfigurationRecorders");
        assertUnknownNaming(run, "IR-ACC-04", "access denied to iam:ListAttachedRolePolicies");
        assertUnknownNaming(run, "IR-LOG-08", "access denied to s3:GetLifecycleConfiguration");
        assertUnknownNaming(run, "IR-TAG-02", "tag:GetResources is not supported by the endpoint");
        assertThat(run.findingsOf("IR-LOG-12")).hasSize(3);
        assertThat(run.findingsOf("IR-TAG-02")).extracting(Finding::region).containsExactlyInAnyOrder("us-east-1", "eu-west-1");

        // Throttled twice, then answered: the retry policy waited it out, and the summary counts both.
        assertThat(run.stdout()).containsPattern("AWS API calls    \\d+ \\(2 throttled\\)");
        // Two log groups in each Region, and the trail's and the hosted zone's in us-east-1.
        assertThat(run.findingsOf("IR-LOG-09")).extracting(Finding::status).containsOnly(Status.PASS).hasSize(6);
        // An HTML 500 is classified at once, not retried: one call per Region.
        proxy.verify(2, postRequestedFor(anyUrl()).withHeader(TARGET, equalTo("ResourceGroupsTaggingAPI_20170126.GetResources")));
        // Checks with readable evidence are unaffected.
        for (String check : List.of("IR-LOG-01", "IR-LOG-03", "IR-ACC-02", "IR-ACC-03")) {
            assertThat(run.findingsOf(check)).extracting(Finding::status).as(check).containsOnly(Status.PASS);
        }

        assertThat(Files.readString(run.runDir().resolve("evidence/data/123456789012/us-east-1/config.recorders.json")))
                .contains("\"outcome\" : \"DENIED\"").contains("\"action\" : \"config:DescribeConfigurationRecorders\"");
        try (PDDocument pdf = Loader.loadPDF(run.runDir().resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("access denied to config:DescribeConfigurationRecorders (grant it to the audit role)");
        }
    }

    private void throttleTwice(String target) {
        String scenario = "throttle " + target;
        String body = "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}";
        proxy.stubFor(post(anyUrl()).atPriority(1).withHeader(TARGET, equalTo(target)).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("throttled once")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON_11).withBody(body)));
        proxy.stubFor(post(anyUrl()).atPriority(1).withHeader(TARGET, equalTo(target)).inScenario(scenario)
                .whenScenarioStateIs("throttled once").willSetStateTo("throttled twice")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON_11).withBody(body)));
    }

    private static void assertUnknownNaming(AuditRun run, String check, String gap) {
        List<Finding> findings = run.findingsOf(check);
        assertThat(findings).as(check).isNotEmpty();
        assertThat(findings).as(check).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.message()).contains(gap);
        });
    }

    private AuditRun audit() {
        Path out = dir.resolve("out");
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir, AwsScenario.SETTINGS).toString(),
                "--endpoint", proxy.baseUrl(), "--out", out.toString());
    }
}
