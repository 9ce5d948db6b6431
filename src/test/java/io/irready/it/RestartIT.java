package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.irready.checks.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed during collection (SIGKILL, so nothing is cleaned up) and resumed with
 * {@code audit --restart}: accounts whose collection had completed are not called again, and the
 * findings equal those of an uninterrupted run.
 */
class RestartIT {

    @TempDir
    Path dir;

    private WireMockServer proxy;
    private OrganizationScenario organization;

    @BeforeEach
    void seedAndProxyWithLatency() {
        Moto.reset();
        organization = new OrganizationScenario(Moto.endpoint()).seed();
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(40));
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(Moto.endpoint()).withFixedDelay(40)));
    }

    @AfterEach
    void stopProxy() {
        proxy.stop();
    }

    @Test
    void aKilledRunResumesWithoutCollectingAccountsAgain() throws Exception {
        Path config = AuditRun.config(dir, AwsScenario.settings("    source: organization\n")
                + "  collect:\n    accounts-in-parallel: 1\n    concurrency: 2\n");
        Path out = dir.resolve("out");
        JarProcess first = JarProcess.start(dir, "first", "audit", "--config", config.toString(), "--endpoint", proxy.baseUrl(),
                "--out", out.toString());
        Path evidence = waitForAccountsCollected(out, 3, first);
        first.process().destroyForcibly().waitFor();

        Set<String> collected = completedPartitions();
        assertThat(collected).as("killed mid-collection").isNotEmpty().hasSizeLessThan(5);
        assertThat(evidence.resolve("tagmanifest-sha256.txt")).as("the bag was not sealed").doesNotExist();
        // The resumed run goes through the proxy only to be recorded: the latency was needed to kill the first one in time.
        proxy.resetAll();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(Moto.endpoint())));

        AuditRun restarted = AuditRun.of(out, "audit", "--restart", "--config", config.toString(), "--endpoint", proxy.baseUrl(),
                "--out", out.toString());

        assertThat(restarted.exitCode()).as(restarted.toString()).isEqualTo(1);
        assertThat(restarted.stderr()).contains("restarting run " + restarted.runDir().getFileName());
        List<LoggedRequest> calls = proxy.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
        for (String account : collected) {
            assertThat(calls).as("account %s was collected before the kill", account)
                    .noneMatch(call -> call.getBodyAsString().contains("RoleArn=arn%3Aaws%3Aiam%3A%3A" + account + "%3A"));
        }
        for (String account : List.of(organization.account("security-tooling"), organization.account("prod-app"),
                organization.account("dev-app"), organization.account("no-audit-role"))) {
            if (!collected.contains(account)) {
                assertThat(calls).as("account %s was not collected before the kill", account)
                        .anyMatch(call -> call.getBodyAsString().contains("RoleArn=arn%3Aaws%3Aiam%3A%3A" + account + "%3A"));
            }
        }
        assertThat(restarted.runDir().resolve("evidence/tagmanifest-sha256.txt")).isRegularFile();
        assertThat(restarted.runDir().resolve(".running")).doesNotExist();

        AuditRun uninterrupted = AuditRun.of(dir.resolve("again"), "audit", "--config", config.toString(), "--endpoint", Moto.endpoint(),
                "--out", dir.resolve("again").toString());
        List<Finding> resumed = restarted.findings();
        assertThat(new HashSet<>(resumed)).as("no duplicates").hasSize(resumed.size());
        // The uninterrupted run is compared with the resumed one in the run history; the results themselves must be equal.
        assertThat(resumed.stream().map(f -> f.withChange(null)).toList())
                .containsExactlyInAnyOrderElementsOf(uninterrupted.findings().stream().map(f -> f.withChange(null)).toList());
    }

    /** Waits until {@code accounts} accounts have their access recorded, and returns the evidence folder. */
    private static Path waitForAccountsCollected(Path out, int accounts, JarProcess process) throws Exception {
        for (int i = 0; i < 600; i++) {
            assertThat(process.process().isAlive()).as("the first run is still collecting; stderr: %s", process.stderr()).isTrue();
            if (Files.isDirectory(out)) {
                try (Stream<Path> runs = Files.list(out)) {
                    for (Path run : runs.toList()) {
                        Path data = run.resolve("evidence/data");
                        if (Files.isDirectory(data)) {
                            try (Stream<Path> access = Files.find(data, 2, (path, attributes) -> path.getFileName().toString().equals("access.json"))) {
                                if (access.count() >= accounts) {
                                    return run.resolve("evidence");
                                }
                            }
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the first run did not collect " + accounts + " accounts in time");
    }

    /** The accounts whose collection partition completed, as the job repository recorded it. */
    private Set<String> completedPartitions() throws Exception {
        Set<String> accounts = new HashSet<>();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("jobs").toAbsolutePath(), "sa", "");
             var query = connection.prepareStatement("select STEP_NAME from BATCH_STEP_EXECUTION where STATUS = 'COMPLETED' "
                     + "and STEP_NAME like 'collect-account:account-%'");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                accounts.add(rows.getString(1).substring("collect-account:account-".length()));
            }
        }
        return accounts;
    }
}
