package io.irready.it;

import io.irready.evidence.BagIt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs of the packaged jar sharing the default embedded job repository (~/.irready/jobs): two at once
 * both complete; one that finds the repository in use waits for it, or with --no-wait exits 2.
 */
class ConcurrentRunsIT {

    private static final String DEMO = Path.of("examples/demo-evidence").toAbsolutePath().toString();

    @TempDir
    Path home;

    @Test
    void twoAuditsStartedAtOnceBothComplete() throws Exception {
        JarProcess one = JarProcess.start(home, "one", "audit", "--evidence", DEMO, "--out", home.resolve("out").toString());
        JarProcess two = JarProcess.start(home, "two", "audit", "--evidence", DEMO, "--out", home.resolve("out").toString());

        assertThat(one.waitFor()).as(one.err()).isEqualTo(1);
        assertThat(two.waitFor()).as(two.err()).isEqualTo(1);
        assertThat(one.out()).contains("irready audit complete");
        assertThat(two.out()).contains("irready audit complete");
        try (Stream<Path> runs = Files.list(home.resolve("out"))) {
            List<Path> folders = runs.toList();
            assertThat(folders).hasSize(2).allSatisfy(run -> {
                assertThat(run.resolve("report.pdf")).isNotEmptyFile();
                assertThat(run.resolve("report.xlsx")).isNotEmptyFile();
                assertThat(BagIt.verify(run.resolve("evidence"))).isEmpty();
            });
        }
        assertThat(home.resolve(".irready/jobs.mv.db")).as("the default repository").isRegularFile();
    }

    @Test
    void aRunWaitsForTheRepositoryOrWithNoWaitExitsTwo() throws Exception {
        Path lockFile = home.resolve(".irready/jobs.irready.lock");
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.lock();

            JarProcess impatient = JarProcess.start(home, "impatient", "audit", "--no-wait", "--evidence", DEMO,
                    "--out", home.resolve("out").toString());
            assertThat(impatient.waitFor()).isEqualTo(2);
            assertThat(impatient.err()).contains("another irready run").contains("is using the job repository").contains("--no-wait");
            assertThat(impatient.out()).isEmpty();

            JarProcess patient = JarProcess.start(home, "patient", "audit", "--evidence", DEMO, "--out", home.resolve("out").toString());
            for (int i = 0; i < 300 && !patient.err().contains("waiting for it to finish"); i++) {
                Thread.sleep(100);
            }
            assertThat(patient.err()).contains("waiting for it to finish");
            assertThat(patient.process().isAlive()).isTrue();
            held.release();
            assertThat(patient.waitFor()).as(patient.err()).isEqualTo(1);
            assertThat(patient.out()).contains("irready audit complete");
        }
    }
}
