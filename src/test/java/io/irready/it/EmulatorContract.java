package io.irready.it;

import io.irready.aws.AwsStub;
import io.irready.aws.AwsClientFactory;
import io.irready.aws.AwsClients;
import io.irready.aws.CallMetrics;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.collect.CollectionContext;
import io.irready.remote.PartitionQueue;
import io.irready.remote.PartitionRequests;
import io.irready.remote.SqsPartitionSender;
import io.irready.services.cloudtrail.CloudTrailCollector;
import io.irready.services.cloudtrail.LifecycleRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.support.MessageBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.model.ExpirationStatus;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What irready reads from the services that both emulators implement (STS, IAM, Config, CloudWatch Logs, Resource
 * Groups Tagging, EC2 flow logs, S3 lifecycle, SQS), seeded the same way and held to the same assertions on each,
 * so that one emulator's quirk cannot pass or fail a check unnoticed. A subclass names the emulator.
 * <p>
 * One audit covers the checks: two accounts (the caller's, and a second one reached by assuming the audit role),
 * in two Regions, where each check has resources that pass and resources that fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EmulatorContract {

    private static final String REGION = "us-east-1";
    private static final String OTHER_REGION = "eu-west-1";
    private static final String CONTRACTOR = "IR-Responder-Contractor";

    private Emulator emulator;
    private Emulator.Account account;
    private String member;
    private AuditRun run;

    protected abstract Emulator emulator();

    @BeforeAll
    void seedTwoAccountsAndAuditThem(@TempDir Path dir) {
        emulator = emulator();
        account = emulator.freshAccount().get();
        AwsScenario aws = new AwsScenario(emulator.endpoint().get(), account.accessKeyId()).readyWorkloads();
        aws.stopConfigRecorder(OTHER_REGION);
        aws.shortenLogRetention(REGION);
        aws.addUntaggedLogGroup(OTHER_REGION);
        aws.addResponderTrustedByAnyone(CONTRACTOR);
        aws.flowLogsOnEveryVpc(REGION);
        member = Emulator.randomAccountId();
        aws.inAccount(member).investigatorWithoutReadAccess();

        String settings = AwsScenario.settings("    source: accounts\n    accounts: [\"" + account.id() + "\", \"" + member + "\"]\n");
        Path out = dir.resolve("out");
        // Neither emulator reports AWS Config's last deliveries: answered as AWS does, the rest goes to the emulator.
        try (AwsStub delivered = ReadyStubs.configWorking(AwsStub.inFrontOf(emulator.endpoint().get()))) {
            run = AuditRun.as(account.accessKeyId(), out, "audit", "--config", AuditRun.config(dir, settings).toString(),
                    "--endpoint", delivered.endpoint(), "--out", out.toString());
        }
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    }

    /** The next test class in this fork finds the default test credentials, as {@link AuditRun#of} leaves them. */
    @AfterAll
    void restoreTheDefaultTestCredentials() {
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
    }

    @Test
    void theSecondAccountIsReadThroughTheAssumedAuditRole() throws Exception {
        assertThat(run.stdout()).contains("Accounts         2 audited, 0 skipped, 0 unreachable");
        String access = Files.readString(run.runDir().resolve("evidence/data/" + member + "/access.json"));
        assertThat(access).contains("arn:aws:iam::" + member + ":role/OrganizationAccountAccessRole");
        // What was seeded in the caller's account is not seen in the second one, and the reverse.
        assertThat(statuses("IR-ACC-04", member)).containsExactly(entry("arn:aws:iam::" + member + ":role/IR-Investigator", Status.FAIL));
        assertThat(statuses("IR-ACC-03", member)).doesNotContainKey("arn:aws:iam::" + member + ":role/" + CONTRACTOR);
        assertThat(statuses("IR-ACC-03", account.id())).containsKey("arn:aws:iam::" + account.id() + ":role/" + CONTRACTOR);
    }

    @Test
    void responderRolesAreJudgedFromTheirTrustAndPolicies() {
        String roles = "arn:aws:iam::" + account.id() + ":role/";
        assertThat(run.findingsOf("IR-ACC-02").stream().filter(f -> f.accountId().equals(account.id())).map(Finding::status))
                .containsOnly(Status.PASS);
        assertThat(statuses("IR-ACC-03", account.id())).isEqualTo(Map.of(roles + "IR-Investigator", Status.PASS,
                roles + "IR-Responder", Status.PASS, roles + CONTRACTOR, Status.FAIL));
        assertThat(message("IR-ACC-03", roles + CONTRACTOR)).contains("BoolIfExists");
        assertThat(statuses("IR-ACC-04", account.id())).isEqualTo(Map.of(roles + "IR-Investigator", Status.PASS));
        assertThat(message("IR-ACC-04", "arn:aws:iam::" + member + ":role/IR-Investigator")).contains("none of the read-access policies");
    }

    @Test
    void configRecordingIsJudgedPerRegion() {
        List<Finding> recorders = run.findingsOf("IR-LOG-12").stream().filter(f -> f.accountId().equals(account.id()) && f.region() != null).toList();
        assertThat(recorders).extracting(Finding::region, Finding::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(REGION, Status.PASS), org.assertj.core.groups.Tuple.tuple(OTHER_REGION, Status.FAIL));
        assertThat(recorders).filteredOn(f -> f.status() == Status.FAIL).singleElement().satisfies(f -> assertThat(f.message()).contains("is not recording"));
    }

    @Test
    void logGroupRetentionAndTagsAreJudgedPerGroup() {
        String groups = ":" + account.id() + ":log-group:";
        String shortened = "arn:aws:logs:" + REGION + groups + "/aws/vpc/flow-logs";
        String untagged = "arn:aws:logs:" + OTHER_REGION + groups + "/app/orders";
        Map<String, Status> retention = statuses("IR-LOG-09", account.id());
        assertThat(retention).containsEntry(shortened, Status.FAIL)
                .containsEntry("arn:aws:logs:" + REGION + groups + "/aws/route53/resolver-queries", Status.PASS)
                .containsEntry("arn:aws:logs:" + OTHER_REGION + groups + "/aws/vpc/flow-logs", Status.PASS)
                .containsEntry(untagged, Status.PASS);
        assertThat(message("IR-LOG-09", shortened)).contains("only 30 days");
        Map<String, Status> tags = statuses("IR-TAG-02", account.id());
        assertThat(tags).containsEntry(untagged, Status.FAIL).containsEntry(shortened, Status.PASS)
                .containsEntry("arn:aws:logs:" + OTHER_REGION + groups + "/aws/vpc/flow-logs", Status.PASS);
        assertThat(message("IR-TAG-02", untagged)).contains("Missing tag keys").contains("Environment");
    }

    @Test
    void everyVpcWithoutAFlowLogFails() {
        List<Finding> vpcs = run.findingsOf("IR-LOG-14").stream().filter(f -> f.accountId().equals(account.id())).toList();
        assertThat(vpcs).filteredOn(f -> f.region().equals(REGION)).isNotEmpty().extracting(Finding::status).containsOnly(Status.PASS);
        assertThat(vpcs).filteredOn(f -> f.region().equals(OTHER_REGION)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.message()).contains("has no flow log");
        });
    }

    /** An organization trail's bucket is read where it lives, even when the account's own trails cannot be listed. */
    @Test
    void lifecycleRulesOfATrailBucketAreReadAsWritten() {
        String bucket = "trail-bucket-" + account.id();
        AwsScenario aws = new AwsScenario(emulator.endpoint().get(), account.accessKeyId());
        try (var s3 = aws.s3()) {
            s3.createBucket(b -> b.bucket(bucket));
            s3.putBucketLifecycleConfiguration(b -> b.bucket(bucket).lifecycleConfiguration(l -> l.rules(
                    r -> r.id("tagged-prefix").status(ExpirationStatus.ENABLED)
                            .filter(f -> f.and(a -> a.prefix("AWSLogs/").tags(t -> t.key("tier").value("cold")))).expiration(e -> e.days(30)),
                    r -> r.id("dated").status(ExpirationStatus.DISABLED).filter(f -> f.prefix(""))
                            .expiration(e -> e.date(Instant.parse("2027-01-01T00:00:00Z"))),
                    r -> r.id("keep").status(ExpirationStatus.ENABLED).filter(f -> f.prefix("AWSLogs/")).expiration(e -> e.days(2555)))));
        }
        try (AwsClientFactory factory = factory()) {
            AwsClients clients = factory.caller();
            var evidence = clients.run(() -> new CloudTrailCollector().collect(clients,
                    new CollectionContext(account.id(), List.of(REGION), Set.of(bucket), name -> false, name -> false), REGION));
            var lifecycle = evidence.logBuckets().get(bucket).lifecycle();
            assertThat(lifecycle.isCollected()).as(lifecycle.gap()).isTrue();
            assertThat(lifecycle.data().orElseThrow()).containsExactlyInAnyOrder(
                    new LifecycleRule("tagged-prefix", true, "prefix AWSLogs/ and tag tier=cold", 30, null),
                    new LifecycleRule("dated", false, "", null, LocalDate.parse("2027-01-01")),
                    new LifecycleRule("keep", true, "prefix AWSLogs/", 2555, null));
        }
    }

    /** The manager's partition requests travel through the queue as sent; a queue that does not exist is never created. */
    @Test
    void partitionRequestsCrossTheQueueIntact() throws Exception {
        System.setProperty("aws.accessKeyId", account.accessKeyId());
        System.setProperty("aws.secretAccessKey", "testing");
        String queueUrl;
        try (SqsAsyncClient sqs = new AwsScenario(emulator.endpoint().get(), account.accessKeyId()).client(SqsAsyncClient.builder(), REGION)) {
            queueUrl = sqs.createQueue(q -> q.queueName("irready-partitions-" + account.id())).get().queueUrl();
        }
        PartitionQueue queue = PartitionQueue.of(queueUrl, REGION);
        try (SqsAsyncClient client = queue.client()) {
            for (long id = 41; id <= 43; id++) {
                new SqsPartitionSender(client, queueUrl).handleMessage(MessageBuilder.withPayload(new StepExecutionRequest("collect-account", id)).build());
            }
            Map<Long, String> received = new TreeMap<>();
            for (int polls = 0; polls < 10 && received.size() < 3; polls++) {
                var messages = client.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1).visibilityTimeout(30)).get().messages();
                for (var message : messages) {
                    StepExecutionRequest request = PartitionRequests.fromJson(message.body(), "collect-account");
                    received.put(request.getStepExecutionId(), message.receiptHandle());
                    // What a worker does while the partition runs, and once it has ended.
                    client.changeMessageVisibility(v -> v.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(60)).get();
                    client.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle())).get();
                }
            }
            assertThat(received.keySet()).containsExactly(41L, 42L, 43L);
            var left = client.getQueueAttributes(a -> a.queueUrl(queueUrl).attributeNamesWithStrings("ApproximateNumberOfMessages",
                    "ApproximateNumberOfMessagesNotVisible")).get().attributesAsStrings();
            assertThat(left).containsEntry("ApproximateNumberOfMessages", "0").containsEntry("ApproximateNumberOfMessagesNotVisible", "0");

            String missing = queueUrl.replace("irready-partitions-", "no-such-queue-");
            assertThatThrownBy(() -> new SqsPartitionSender(client, missing).handleMessage(MessageBuilder.withPayload(
                    new StepExecutionRequest("collect-account", 44L)).build())).as("sending to %s", missing).isInstanceOf(RuntimeException.class);
            var queues = client.listQueues(l -> l.queueNamePrefix("no-such-queue-")).get().queueUrls();
            assertThat(queues).isEmpty();
        }
    }

    private AwsClientFactory factory() {
        return new AwsClientFactory(StaticCredentialsProvider.create(AwsBasicCredentials.create(account.accessKeyId(), "testing")),
                URI.create(emulator.endpoint().get()), 1, Duration.ofSeconds(10), 4, REGION, new CallMetrics());
    }

    /** The status of each resource of a check in one account. */
    private Map<String, Status> statuses(String check, String accountId) {
        return run.findingsOf(check).stream().filter(f -> f.accountId().equals(accountId))
                .collect(Collectors.toMap(Finding::resourceId, Finding::status, (a, b) -> a == b ? a : Status.UNKNOWN, TreeMap::new));
    }

    private String message(String check, String resourceId) {
        return run.findingsOf(check).stream().filter(f -> f.resourceId().equals(resourceId)).map(Finding::message).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " finding for " + resourceId + " on " + emulator.name()));
    }

    private static Map.Entry<String, Status> entry(String key, Status status) {
        return Map.entry(key, status);
    }
}
