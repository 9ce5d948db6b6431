package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run delivered to S3 on moto: every file of the run folder under prefix/run-id/ with its SHA-256 checksum
 * and server-side encryption, latest.json pointing at it, a summary on SNS; an upload that keeps failing
 * exits 3 naming the object and leaves latest.json on the previous run.
 */
class DeliveryIT {

    private static final String DEMO = Path.of("examples/demo-evidence").toAbsolutePath().toString();
    private static final String BUCKET = "irready-reports";

    @TempDir
    Path dir;

    private S3Client s3;
    private String topicArn;
    private WireMockServer proxy;

    @BeforeEach
    void createTheBucketAndTopic() {
        Moto.reset();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        s3 = S3Client.builder().endpointOverride(URI.create(Moto.endpoint())).region(Region.US_EAST_1).credentialsProvider(credentials)
                .forcePathStyle(true).build();
        s3.createBucket(r -> r.bucket(BUCKET));
        try (SnsClient sns = SnsClient.builder().endpointOverride(URI.create(Moto.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(credentials).build()) {
            topicArn = sns.createTopic(r -> r.name("irready-runs")).topicArn();
        }
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(Moto.endpoint())));
    }

    @AfterEach
    void close() {
        s3.close();
        proxy.stop();
    }

    @Test
    void aRunIsDeliveredWithChecksumsAndLatestJsonLastThenAFailedUploadLeavesLatestAlone() throws Exception {
        AuditRun first = audit("first", proxy.baseUrl());
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(1);
        String runId = first.runDir().getFileName().toString();
        assertThat(first.stdout()).contains("Delivered to     s3://" + BUCKET + "/nightly/" + runId + "/");

        Map<String, Path> local = new TreeMap<>();
        try (Stream<Path> files = Files.walk(first.runDir())) {
            files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> local.put("nightly/" + runId + "/" + first.runDir().relativize(f), f));
        }
        List<String> keys = s3.listObjectsV2Paginator(r -> r.bucket(BUCKET).prefix("nightly/" + runId + "/")).contents().stream().map(S3Object::key).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(local.keySet());
        for (var entry : local.entrySet()) {
            var head = s3.headObject(r -> r.bucket(BUCKET).key(entry.getKey()).checksumMode(ChecksumMode.ENABLED));
            assertThat(head.checksumSHA256()).as(entry.getKey()).isEqualTo(sha256(entry.getValue()));
            assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
        }
        String latest = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("nightly/latest.json")).asUtf8String();
        assertThat(latest).contains("\"runId\" : \"" + runId + "\"").contains("s3://" + BUCKET + "/nightly/" + runId + "/report.pdf");
        var published = proxy.getAllServeEvents().stream().map(e -> e.getRequest()).filter(r -> r.getBodyAsString().contains("Action=Publish"))
                .map(r -> java.net.URLDecoder.decode(r.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertThat(published).singleElement().asString().contains("TopicArn=" + topicArn).contains("irready run " + runId + ": readiness score")
                .contains("report.pdf");
        var putKeys = proxy.getAllServeEvents().stream().map(e -> e.getRequest()).filter(r -> r.getMethod().getName().equals("PUT"))
                .sorted(java.util.Comparator.comparing(r -> r.getLoggedDate())).map(r -> r.getUrl()).toList();
        assertThat(putKeys).last().asString().endsWith("/nightly/latest.json");

        proxy.stubFor(put(urlPathMatching("/" + BUCKET + "/nightly/[^/]+/findings.json")).atPriority(1)
                .willReturn(aResponse().withStatus(500).withBody("<Error><Code>InternalError</Code><Message>boom</Message></Error>")));
        AuditRun second = audit("second", proxy.baseUrl());

        assertThat(second.exitCode()).as(second.toString()).isEqualTo(3);
        String secondId = second.runDir().getFileName().toString();
        assertThat(second.stderr()).contains("could not upload s3://" + BUCKET + "/nightly/" + secondId + "/findings.json")
                .contains("latest.json still points at the previous run");
        assertThat(proxy.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathMatching(".*/findings.json"))))
                .as("retried").hasSizeGreaterThan(1);
        assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("nightly/latest.json")).asUtf8String()).isEqualTo(latest);
    }

    @Test
    void withAKmsKeyEveryObjectIsEncryptedWithIt() throws Exception {
        String keyArn;
        try (var kms = software.amazon.awssdk.services.kms.KmsClient.builder().endpointOverride(URI.create(Moto.endpoint())).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))).build()) {
            keyArn = kms.createKey(r -> r.description("irready reports")).keyMetadata().arn();
        }
        AuditRun run = audit("kms", Moto.endpoint(), "    s3-kms-key-id: " + keyArn + "\n");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String runId = run.runDir().getFileName().toString();
        List<String> keys = s3.listObjectsV2Paginator(r -> r.bucket(BUCKET).prefix("nightly/")).contents().stream().map(S3Object::key).toList();
        assertThat(keys).contains("nightly/latest.json", "nightly/" + runId + "/report.pdf");
        for (String key : keys) {
            var head = s3.headObject(r -> r.bucket(BUCKET).key(key));
            assertThat(head.serverSideEncryption()).as(key).isEqualTo(ServerSideEncryption.AWS_KMS);
            assertThat(head.ssekmsKeyId()).as(key).isEqualTo(keyArn);
        }
    }

    private AuditRun audit(String name, String endpoint) {
        return audit(name, endpoint, "");
    }

    private AuditRun audit(String name, String endpoint, String moreOutput) {
        Path out = dir.resolve(name);
        String settings = "irready:\n  output:\n    s3-uri: s3://" + BUCKET + "/nightly\n    sns-topic-arn: " + topicArn + "\n" + moreOutput
                + "  aws:\n    max-attempts: 3\n"
                + "  checks:\n    responder-roles:\n      trusted-principals: [\"111122223333\"]\n";
        return AuditRun.of(out, "audit", "--config", AuditRun.config(dir.resolve(name + "-config"), settings).toString(), "--evidence", DEMO,
                "--endpoint", endpoint, "--out", out.toString());
    }

    private static String sha256(Path file) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
