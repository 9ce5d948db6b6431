package io.irready.it;

import io.irready.evidence.BagIt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's output, run as a user runs it: README's demo command (the ./irready launcher over the extracted jar
 * and its class data sharing archive) on the shipped demo bundle, and the executable jar itself, with the templates
 * and fonts packaged inside and no AWS endpoint reachable.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/irready.jar");

    @TempDir
    Path dir;

    @Test
    void theDemoCommandWritesBothReportsAndPrintsTheSummary() throws Exception {
        Path classes = dir.resolve("classes.txt");
        Result result = run(List.of("./irready"), Map.of("IRREADY_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -Xlog:class+load:file=" + classes),
                "audit", "--evidence", Path.of("examples/demo-evidence").toAbsolutePath().toString(), "--out", dir.resolve("out").toString());

        assertThat(result.exitCode).as(result.toString()).isEqualTo(1);
        assertThat(result.stdout).contains("irready audit complete: run ").contains("Readiness score  ").contains("Exit 1:");
        assertThat(result.stdout).doesNotContain("INFO");
        assertThat(result.stderr).contains("no AWS call is made");
        Path run;
        try (Stream<Path> runs = Files.list(dir.resolve("out"))) {
            run = runs.findFirst().orElseThrow();
        }
        assertThat(run.resolve("report.pdf")).isNotEmptyFile();
        assertThat(run.resolve("report.xlsx")).isNotEmptyFile();
        assertThat(run.resolve("findings.json")).isNotEmptyFile();
        assertThat(BagIt.verify(run.resolve("evidence"))).isEmpty();
        assertThat(BagIt.verify(Path.of("examples/demo-evidence"))).as("the shipped demo bundle is intact").isEmpty();
        assertThat(Files.readString(classes)).as("irready's classes come from the archive the build recorded")
                .containsPattern("io\\.irready\\.report\\.pdf\\.PdfReportWriter source: shared objects file \\(top\\)")
                .as("the application context is the one the build worked out ahead of time")
                .contains("io.irready.IrreadyApplication__BeanFactoryRegistrations");
    }

    @Test
    void checksAndVersionRunWithoutConfiguration() throws Exception {
        Result checks = run("checks");
        assertThat(checks.exitCode).isZero();
        assertThat(checks.stdout.lines().count()).isEqualTo(io.irready.checks.CheckCatalog.all().size() + 1L);
        assertThat(run("--version").stdout).startsWith("irready 0.1.0");
    }

    private Result run(String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("built by mvn package").isRegularFile();
        return run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()), Map.of(), args);
    }

    private Result run(List<String> launcher, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().putAll(environment);
        // The job repository goes to this test's folder, not the user's home.
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + dir.resolve("jobs"));
        builder.environment().put("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
