package io.irready.it;

import io.irready.checks.Finding;
import io.irready.checks.Status;
import io.irready.cli.IrreadyCli;
import io.irready.results.FindingsFile;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** One in-process run of the command line, with what it printed and wrote. */
public record AuditRun(int exitCode, String stdout, String stderr, Path outDir) {

    /** Runs {@code irready <args>}; the test credentials are the emulator's. */
    public static AuditRun of(Path outDir, String... args) {
        return as("testing", outDir, args);
    }

    /** Runs {@code irready <args>} with the access key {@code accessKeyId} (an emulator's account). */
    public static AuditRun as(String accessKeyId, Path outDir, String... args) {
        System.clearProperty("aws.sessionToken");
        System.setProperty("aws.accessKeyId", accessKeyId);
        System.setProperty("aws.secretAccessKey", "testing");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IrreadyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new AuditRun(code, out.toString(), err.toString(), outDir);
    }

    /** Runs {@code irready <args>} with a role session's credentials, as irready runs in an account other than the emulator's default. */
    public static AuditRun withSession(software.amazon.awssdk.auth.credentials.AwsSessionCredentials session, Path outDir, String... args) {
        System.setProperty("aws.accessKeyId", session.accessKeyId());
        System.setProperty("aws.secretAccessKey", session.secretAccessKey());
        System.setProperty("aws.sessionToken", session.sessionToken());
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = IrreadyCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new AuditRun(code, out.toString(), err.toString(), outDir);
        } finally {
            System.clearProperty("aws.sessionToken");
            System.setProperty("aws.accessKeyId", "testing");
        }
    }

    /** A configuration file for a test run: its own job repository, the given irready settings appended. */
    public static Path config(Path dir, String irreadyYaml) {
        Path file = dir.resolve("irready.yml");
        String yaml = "spring:\n  datasource:\n    url: jdbc:h2:file:" + dir.resolve("jobs").toAbsolutePath() + "\n" + irreadyYaml;
        try {
            Files.createDirectories(dir);
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The single run folder this run created. */
    public Path runDir() {
        try (Stream<Path> dirs = Files.list(outDir)) {
            List<Path> runs = dirs.filter(Files::isDirectory).toList();
            if (runs.size() != 1) {
                throw new AssertionError("expected one run folder in " + outDir + ", found " + runs + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            return runs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Finding> findings() {
        return FindingsFile.read(runDir().resolve("findings.json"));
    }

    /** The findings of the single run folder in {@code outDir}, written by a run in another process. */
    public static List<Finding> findingsIn(Path outDir) {
        return new AuditRun(0, "", "", outDir).findings();
    }

    /** For each check, the statuses its findings have. */
    public Map<String, Set<Status>> statusesByCheck() {
        Map<String, Set<Status>> statuses = new TreeMap<>();
        findings().forEach(f -> statuses.computeIfAbsent(f.checkId(), k -> new TreeSet<>()).add(f.status()));
        return statuses;
    }

    public Set<String> checksWith(Status status) {
        Set<String> checks = new TreeSet<>();
        findings().stream().filter(f -> f.status() == status).forEach(f -> checks.add(f.checkId()));
        return checks;
    }

    public List<Finding> findingsOf(String checkId) {
        return new ArrayList<>(findings().stream().filter(f -> f.checkId().equals(checkId)).toList());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
}
