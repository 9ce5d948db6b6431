package io.irready.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.irready.checks.EvidenceFixtures;
import io.irready.evidence.BagIt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM and SIGINT delivered to the packaged jar in each step of a run: it stops at the next safe
 * point, marks the run STOPPED, leaves INTERRUPTED with the reason and no temporary file, prints one line
 * and exits 128 + the signal's number; {@code audit --restart} then completes the run.
 */
class InterruptedRunsIT {

    @TempDir
    Path dir;

    private WireMockServer proxy;

    @BeforeEach
    void proxyWithLatency() {
        proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(40));
        proxy.start();
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(Moto.endpoint()).withFixedDelay(150)));
        // Listing the organization's accounts is slow, so that the scope step lasts long enough to be interrupted in.
        proxy.stubFor(post(anyUrl()).withHeader("X-Amz-Target", containing("ListAccounts")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(Moto.endpoint()).withFixedDelay(4000)));
    }

    @AfterEach
    void stopProxy() {
        proxy.stop();
    }

    @Test
    void sigtermWhileResolvingTheScope() throws Exception {
        Path out = dir.resolve("out");
        JarProcess run = live(out);
        Path folder = waitFor(run, out, f -> true);
        run.process().destroy();

        assertStopped(run, folder, 143, "SIGTERM", "resolving scope");
        assertThat(folder.resolve("evidence/data/scope.json")).doesNotExist();
    }

    @Test
    void sigtermWhileCollectingThenRestart() throws Exception {
        Path out = dir.resolve("out");
        JarProcess run = live(out);
        Path folder = waitFor(run, out, f -> count(f.resolve("evidence/data"), "access.json") >= 1);
        run.process().destroy();

        assertStopped(run, folder, 143, "SIGTERM", "collecting");
        assertThat(folder.resolve("evidence/tagmanifest-sha256.txt")).as("an unfinished bag is not sealed").doesNotExist();
        assertThat(folder.resolve("findings.json")).doesNotExist();

        AuditRun restarted = restart(out);
        assertThat(restarted.exitCode()).as(restarted.toString()).isEqualTo(1);
        assertThat(restarted.stderr()).contains("restarting run " + folder.getFileName() + " (STOPPED");
        assertThat(BagIt.verify(folder.resolve("evidence"))).isEmpty();
        assertThat(folder.resolve("report.pdf")).isNotEmptyFile();
        assertThat(folder.resolve("INTERRUPTED")).as("the resumed run completed").doesNotExist();
    }

    @Test
    void sigintWhileEvaluating() throws Exception {
        Path out = dir.resolve("out");
        JarProcess run = fromBundle(out);
        Path folder = waitFor(run, out, f -> count(f, ".findings.json.") >= 1);
        new ProcessBuilder("kill", "-INT", String.valueOf(run.process().pid())).start().waitFor();

        assertStopped(run, folder, 130, "SIGINT", "evaluating");
        assertThat(folder.resolve("findings.json")).as("findings appear complete or not at all").doesNotExist();
        assertCompletes(restart(out));
        assertThat(folder.resolve("findings.json")).isNotEmptyFile();
    }

    @Test
    void sigtermWhileWritingReports() throws Exception {
        Path out = dir.resolve("out");
        JarProcess run = fromBundle(out);
        Path folder = waitFor(run, out, f -> Files.exists(f.resolve("findings.json")));
        run.process().destroy();

        assertStopped(run, folder, 143, "SIGTERM", "writing reports");
        assertThat(folder.resolve("findings.json")).isNotEmptyFile();
        assertThat(folder.resolve("report.xlsx")).as("stopped before the next report").doesNotExist();
        assertCompletes(restart(out));
        assertThat(folder.resolve("report.xlsx")).isNotEmptyFile();
    }

    private static void assertCompletes(AuditRun restarted) {
        assertThat(restarted.stdout()).as(restarted.toString()).contains("irready audit complete");
        assertThat(restarted.exitCode()).isIn(0, 1);
    }

    private void assertStopped(JarProcess run, Path folder, int exitCode, String signal, String phase) throws Exception {
        assertThat(run.waitFor()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).as("stdout carries only a summary").isEmpty();
        List<String> said = run.err().lines().filter(line -> line.startsWith("irready: interrupted")).toList();
        assertThat(said).singleElement().asString().contains("interrupted by " + signal + " while " + phase)
                .contains("irready audit --restart " + folder.getFileName());
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(Files.readString(folder.resolve("INTERRUPTED"))).contains("Interrupted by " + signal).contains("while " + phase)
                .contains("STOPPED");
        assertThat(count(folder, ".tmp")).as("no temporary file is left").isZero();
        assertThat(folder.resolve(".running")).doesNotExist();
    }

    /** A live run of an organization through the slow proxy. */
    private JarProcess live(Path out) throws Exception {
        Moto.reset();
        new OrganizationScenario(Moto.endpoint()).seed();
        Path config = AuditRun.config(dir, AwsScenario.settings("    source: organization\n")
                + "  collect:\n    accounts-in-parallel: 1\n    concurrency: 2\n");
        return JarProcess.start(dir, "run", "audit", "--config", config.toString(), "--endpoint", proxy.baseUrl(), "--out", out.toString());
    }

    private JarProcess fromBundle(Path out) throws Exception {
        Path bundle = Bundles.sealed(dir.resolve("bundle"), EvidenceFixtures.compliant(), 200);
        Path config = AuditRun.config(dir, EvidenceFixtures.SETTINGS + "  scope:\n    regions: [us-east-1]\n");
        return JarProcess.start(dir, "run", "audit", "--config", config.toString(), "--evidence", bundle.toString(), "--out", out.toString());
    }

    /** Resumes the run, straight against the emulator: only the interrupted attempt needed to be slow. */
    private AuditRun restart(Path out) {
        return AuditRun.of(out, "audit", "--restart", "--config", dir.resolve("irready.yml").toString(), "--endpoint", Moto.endpoint(),
                "--out", out.toString());
    }

    /** Waits until the run's folder exists and satisfies {@code reached}, and returns it. */
    private static Path waitFor(JarProcess run, Path out, Predicate<Path> reached) throws Exception {
        for (int i = 0; i < 6000; i++) {
            assertThat(run.process().isAlive()).as("still running; stderr: %s", run.err()).isTrue();
            if (Files.isDirectory(out)) {
                try (Stream<Path> runs = Files.list(out)) {
                    var found = runs.filter(Files::isDirectory).filter(reached).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run did not reach the expected point in time");
    }

    /** Files under {@code root} whose name contains {@code part}. */
    private static long count(Path root, String part) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.getFileName().toString().contains(part)).count();
        } catch (java.io.IOException e) {
            return 0; // a file moved away while walking: look again
        }
    }
}
