package io.irready.batch;

import org.springframework.batch.core.job.parameters.JobParameters;

import java.nio.file.Path;

/** The output folder of one run and the job parameters that name it. */
public record RunFolder(String runId, Path dir) {

    public static final String RUN_ID = "run.id";
    public static final String RUN_DIR = "run.dir";
    public static final String RUN_STARTED = "run.started";
    public static final String EVIDENCE_SOURCE = "evidence.source";

    public static RunFolder of(JobParameters parameters) {
        return new RunFolder(parameters.getString(RUN_ID), Path.of(parameters.getString(RUN_DIR)));
    }

    public Path evidence() {
        return dir.resolve("evidence");
    }

    public Path file(String name) {
        return dir.resolve(name);
    }
}
