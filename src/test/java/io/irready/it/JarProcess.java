package io.irready.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built application, started as ./irready (README's command) starts it: the extracted jar with the class data
 * sharing archive the build recorded, the application context worked out ahead of time and the quick compiler, in its
 * own JVM, home folder and output files.
 */
record JarProcess(Process process, Path stdout, Path stderr) {

    static final Path JAR = Path.of("target/irready-cds/irready.jar").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target/irready-cds/irready.jsa").toAbsolutePath();

    /** Starts {@code irready <args>} with {@code home} as the user's home (where the default job repository lives). */
    static JarProcess start(Path home, String name, String... args) throws IOException {
        return start(home, name, Map.of(), args);
    }

    /** As {@link #start(Path, String, String...)}, with these environment variables set over the test credentials. */
    static JarProcess start(Path home, String name, Map<String, String> environment, String... args) throws IOException {
        assertThat(JAR).as("built by mvn package").isRegularFile();
        // A shell starts background jobs with SIGINT ignored, which the JVM keeps when it inherits it (the build may run so):
        // the jar is started with SIGINT at its default, as from a terminal, through an exec that keeps the process id.
        List<String> command = new ArrayList<>(List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Dspring.aot.enabled=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path stdout = home.resolve(name + ".stdout");
        Path stderr = home.resolve(name + ".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("AWS_ACCESS_KEY_ID", "testing");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
        builder.environment().putIfAbsent("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
        builder.environment().putAll(environment);
        return new JarProcess(builder.start(), stdout, stderr);
    }

    int waitFor() throws InterruptedException {
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(stdout);
    }

    String err() throws IOException {
        return Files.readString(stderr);
    }
}
