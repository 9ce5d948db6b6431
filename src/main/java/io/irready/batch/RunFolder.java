package io.irready.batch;

import io.irready.results.FindingsFile;
import org.springframework.batch.core.job.parameters.JobParameters;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** The output folder of one run and the job parameters that name it. */
public record RunFolder(String runId, Path dir) {

    public static final String RUN_ID = "run.id";
    public static final String RUN_DIR = "run.dir";
    public static final String RUN_STARTED = "run.started";
    public static final String EVIDENCE_SOURCE = "evidence.source";

    /** Run ids as audit makes them: start time to the second, then four hex digits. */
    private static final Pattern ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{4}");

    public static boolean isRunId(String text) {
        return ID.matcher(text).matches();
    }

    /**
     * The folder a run recorded in the history, when it is recognisably that run's: named by its run id, not a link,
     * holding findings.json and evidence/. The history database is not trusted to name a folder to read or delete.
     */
    public static Optional<RunFolder> recorded(String runId, String dir) {
        Path path = Path.of(dir);
        boolean own = isRunId(runId) && path.getFileName() != null && path.getFileName().toString().equals(runId)
                && !Files.isSymbolicLink(path) && Files.isRegularFile(path.resolve(FindingsFile.NAME), LinkOption.NOFOLLOW_LINKS)
                && Files.isDirectory(path.resolve("evidence"), LinkOption.NOFOLLOW_LINKS);
        return own ? Optional.of(new RunFolder(runId, path)) : Optional.empty();
    }

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
