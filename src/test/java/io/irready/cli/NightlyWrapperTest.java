package io.irready.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/cron/irready-nightly.sh: one run at a time, a log per run, the exit code passed through. */
class NightlyWrapperTest {

    private static final Path SCRIPT = Path.of("deploy/cron/irready-nightly.sh").toAbsolutePath();

    @TempDir
    Path dir;

    private Process start(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "--out", dir.resolve("out").toString());
        builder.environment().put("IRREADY_HOME", dir.toString());
        builder.environment().put("IRREADY_LOG_DIR", dir.resolve("logs").toString());
        builder.environment().put("IRREADY_LOCK", dir.resolve("nightly.lock").toString());
        builder.environment().put("IRREADY_COMMAND", command);
        return builder.redirectErrorStream(true).start();
    }

    @Test
    void twoAtOnceRunOnceAndTheExitCodeAndArgumentsPassThrough() throws Exception {
        Path fake = dir.resolve("fake-irready.sh");
        Files.writeString(fake, "#!/bin/sh\necho \"args: $*\"\nsleep 2\nexit 1\n");
        fake.toFile().setExecutable(true);

        Process first = start(fake.toString());
        Thread.sleep(500);
        Process second = start(fake.toString());

        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(new String(second.getInputStream().readAllBytes())).contains("another run holds").contains("not starting");
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("irready's exit code").isEqualTo(1);
        assertThat(new String(first.getInputStream().readAllBytes())).contains("irready-nightly: exit 1; log ");
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            assertThat(logs.toList()).singleElement().satisfies(log -> assertThat(Files.readString(log))
                    .contains("args: audit --out " + dir.resolve("out")));
        }
    }

    @Test
    void theConfigurationInTheHomeIsPassedWhenPresent() throws Exception {
        Files.writeString(dir.resolve("irready.yml"), "irready: {}\n");
        Path fake = dir.resolve("fake-irready.sh");
        Files.writeString(fake, "#!/bin/sh\necho \"args: $*\"\nexit 3\n");
        fake.toFile().setExecutable(true);

        Process run = start(fake.toString());
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(3);
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            assertThat(Files.readString(logs.findFirst().orElseThrow())).contains("args: audit --config " + dir.resolve("irready.yml"));
        }
    }
}
