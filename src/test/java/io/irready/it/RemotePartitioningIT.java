package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.irready.checks.Finding;
import io.irready.checks.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning as deployed: the built jar as one {@code audit --manager} and {@code worker} processes, partition
 * requests over moto's SQS, the job repository on the real PostgreSQL the test script starts (each test in its own
 * schema), and the run folder on this machine's file system, shared by all. Five accounts, empty in moto, are
 * reached through a proxy that answers after a delay, so that a partition lasts long enough to kill a worker during it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningIT {

    /** The caller's account and four reached through the audit role, in one Region; moto gives them nothing, so most checks FAIL. */
    private static final List<String> ACCOUNTS = List.of(AwsScenario.ACCOUNT, "200000000001", "200000000002", "200000000003", "200000000004");
    private static final String SETTINGS = AwsScenario.settings("    source: accounts\n    accounts: [\"" + String.join("\", \"", ACCOUNTS) + "\"]\n")
            .replace("regions: [us-east-1, eu-west-1]", "regions: [us-east-1]");

    /** Shared by the class: the one-process reference run is made once, before the tests. */
    @TempDir
    static Path dir;

    private WireMockServer proxy;
    private List<String> oneProcess;

    @BeforeAll
    void auditTheAccountsInOneProcess() throws Exception {
        Moto.reset();
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(Moto.endpoint()).withFixedDelay(25)));
        Path home = dir.resolve("one-process");
        JarProcess run = JarProcess.start(home, "audit", "audit", "--config", AuditRun.config(home, SETTINGS).toString(),
                "--endpoint", proxy.baseUrl(), "--out", home.resolve("out").toString());
        assertThat(run.waitFor()).as(run.err()).isEqualTo(1);
        oneProcess = verdicts(AuditRun.findingsIn(home.resolve("out")));
    }

    @AfterAll
    void stopProxy() {
        proxy.stop();
    }

    @Test
    void aManagerAndTwoWorkersFindWhatOneProcessFinds() throws Exception {
        Path home = dir.resolve("two-workers");
        Path config = config(home, queue("two-workers"), 2, 8, 3);
        JarProcess manager = manager(home, config);
        JarProcess first = worker(home, "worker-1", config);
        JarProcess second = worker(home, "worker-2", config);

        assertThat(manager.waitFor()).as(manager.err()).isEqualTo(1);
        assertThat(manager.out()).contains("Partitions       5 collected by workers, 0 taken more than once");
        List<Finding> findings = AuditRun.findingsIn(home.resolve("out"));
        assertThat(verdicts(findings)).containsExactlyInAnyOrderElementsOf(oneProcess);
        // Both workers exit 0 once the audit has ended, having shared the five accounts between them.
        assertThat(first.waitFor()).as(first.err()).isZero();
        assertThat(second.waitFor()).as(second.err()).isZero();
        assertThat(taken(first) + taken(second)).isEqualTo(5);
        assertThat(first.out()).contains("stopped: no audit is running");
    }

    @Test
    void aWorkerKilledDuringAPartitionHandsItToAnotherAndNoFindingIsDuplicated() throws Exception {
        Path home = dir.resolve("killed");
        Path config = config(home, queue("killed"), 1, 2, 3);
        JarProcess manager = manager(home, config);
        JarProcess doomed = JarProcess.start(home, "doomed", Map.of("LOGGING_LEVEL_IO_IRREADY_BATCH", "DEBUG"),
                "worker", "--config", config.toString(), "--endpoint", proxy.baseUrl());
        await(() -> contains(doomed, "(try 1 of 3)"), "the first worker starts collecting an account", manager, doomed);
        doomed.process().destroyForcibly(); // SIGKILL: no shutdown hook, the partition stays STARTED and its request undeleted
        assertThat(doomed.waitFor()).isEqualTo(137);
        JarProcess survivor = worker(home, "survivor", config);

        assertThat(manager.waitFor()).as(manager.err()).isEqualTo(1);
        assertThat(manager.out()).contains("Partitions       5 collected by workers, 1 taken more than once");
        assertThat(survivor.waitFor()).as(survivor.err()).isZero();
        assertThat(survivor.err()).contains("again: 1 earlier try did not finish");
        List<Finding> findings = AuditRun.findingsIn(home.resolve("out"));
        assertThat(verdicts(findings)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneProcess);
    }

    @Test
    void aKilledManagerIsResumedByAuditRestartAndTheWorkersCarryOn() throws Exception {
        Path home = dir.resolve("manager-killed");
        Path config = config(home, queue("manager-killed"), 1, 2, 3);
        JarProcess manager = manager(home, config);
        JarProcess worker = worker(home, "worker", config);
        await(() -> contains(worker, " taken "), "the worker takes a partition", manager, worker);
        manager.process().destroyForcibly();
        assertThat(manager.waitFor()).isEqualTo(137);

        JarProcess restarted = JarProcess.start(home, "restarted", "audit", "--restart", "--manager", "--config", config.toString(),
                "--endpoint", proxy.baseUrl());
        assertThat(restarted.waitFor()).as(restarted.err()).isEqualTo(1);
        assertThat(restarted.err()).contains("irready: restarting run");
        assertThat(verdicts(AuditRun.findingsIn(home.resolve("out")))).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oneProcess);
        assertThat(worker.waitFor()).as(worker.err()).isZero();
    }

    @Test
    void aPartitionThatAlwaysFailsLeavesItsAccountUnknownWithTheReasonAndTheRunCompletes() throws Exception {
        Path home = dir.resolve("failing");
        Path config = config(home, queue("failing"), 2, 8, 2);
        JarProcess manager = manager(home, config);
        // Before any worker starts, one account's trail evidence is made unwritable: a folder (not empty) where the file goes.
        String broken = ACCOUNTS.get(2);
        await(() -> runFolder(home.resolve("out")) != null && Files.isRegularFile(runFolder(home.resolve("out")).resolve("evidence/data/scope.json")),
                "the manager writes the scope", manager);
        Path blocker = runFolder(home.resolve("out")).resolve("evidence/data/" + broken + "/cloudtrail.trails.json");
        Files.createDirectories(blocker);
        Files.writeString(blocker.resolve("keep"), "not a trail");
        JarProcess worker = worker(home, "worker", config);

        assertThat(manager.waitFor()).as(manager.err()).isEqualTo(1);
        assertThat(manager.out()).contains("irready audit complete").contains("1 unreachable");
        List<Finding> findings = AuditRun.findingsIn(home.resolve("out"));
        assertThat(findings).filteredOn(f -> f.accountId().equals(broken)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(Status.UNKNOWN);
            assertThat(f.message()).contains("did not complete in 2 tries").contains("could not write").contains("cloudtrail.trails.json");
        });
        assertThat(verdicts(findings.stream().filter(f -> !f.accountId().equals(broken)).toList()))
                .containsExactlyInAnyOrderElementsOf(oneProcess.stream().filter(v -> !v.contains(" " + broken + " ")).toList());
        assertThat(worker.waitFor()).as(worker.err()).isZero();
        assertThat(worker.err()).contains("failed (try 1 of 2)").contains("failed (try 2 of 2)");
    }

    private JarProcess manager(Path home, Path config) throws Exception {
        return JarProcess.start(home, "manager", "audit", "--manager", "--config", config.toString(), "--endpoint", proxy.baseUrl(),
                "--out", home.resolve("out").toString());
    }

    private JarProcess worker(Path home, String name, Path config) throws Exception {
        return JarProcess.start(home, name, Map.of(), "worker", "--config", config.toString(), "--endpoint", proxy.baseUrl());
    }

    /** A new queue in moto whose messages reappear 3 s after a worker stopped extending them. */
    private static String queue(String name) {
        try (SqsClient sqs = new AwsScenario(Moto.endpoint()).client(SqsClient.builder(), "us-east-1")) {
            return sqs.createQueue(q -> q.queueName("irready-" + name).attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "3"))).queueUrl();
        }
    }

    /** The organization's settings, this test's schema of the PostgreSQL job repository, and the queue. */
    private static Path config(Path home, String queueUrl, int accountsInParallel, int concurrency, int tries) throws Exception {
        TestPostgres.Schema schema = TestPostgres.newSchema("remote");
        Files.createDirectories(home);
        return Files.writeString(home.resolve("irready.yml"), "spring:\n  datasource:\n    url: " + schema.url() + "\n"
                + "    username: " + TestPostgres.USER + "\n    password: \"\"\n"
                + SETTINGS + """
                  collect:
                    accounts-in-parallel: %d
                    concurrency: %d
                    partition-tries: %d
                  remote:
                    transport: sqs
                    queue-url: %s
                    poll-interval: 500ms
                    visibility-timeout: 3s
                    worker-idle-timeout: 2m
                """.formatted(accountsInParallel, concurrency, tries, queueUrl));
    }

    private static int taken(JarProcess worker) throws Exception {
        return (int) worker.err().lines().filter(line -> line.contains("Partition collect-account:") && line.contains(" taken ")).count();
    }

    private static boolean contains(JarProcess process, String text) {
        try {
            return process.err().contains(text);
        } catch (Exception e) {
            return false;
        }
    }

    private static Path runFolder(Path out) {
        try (Stream<Path> runs = Files.isDirectory(out) ? Files.list(out) : Stream.empty()) {
            return runs.filter(Files::isDirectory).findFirst().orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    /** Waits up to two minutes for {@code condition}; on time-out, says what the processes printed. */
    private static void await(BooleanSupplier condition, String what, JarProcess... processes) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                StringBuilder printed = new StringBuilder();
                for (JarProcess process : processes) {
                    printed.append("\n--- ").append(process.stderr().getFileName()).append(process.process().isAlive() ? " (running)" : " (exited "
                            + process.process().exitValue() + ")").append(":\n").append(stderrOf(process));
                }
                throw new AssertionError("timed out waiting until " + what + printed);
            }
            Thread.sleep(20);
        }
    }

    private static String stderrOf(JarProcess process) {
        try {
            return process.err();
        } catch (java.io.IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static List<String> verdicts(List<Finding> findings) {
        List<String> verdicts = new ArrayList<>();
        findings.forEach(f -> verdicts.add(f.checkId() + " " + f.accountId() + " " + f.region() + " " + f.resourceId() + " " + f.status()));
        return verdicts;
    }
}
