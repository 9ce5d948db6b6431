package io.irready.cli;

import io.irready.InputException;
import io.irready.batch.AuditJobConfiguration;
import io.irready.batch.RunFolder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import java.util.List;

/** Finds the run that {@code audit --restart} continues, in the job repository. */
final class Restarts {

    /** How many of the latest runs are searched for the last one that did not complete. */
    private static final int SEARCHED = 100;

    private Restarts() {
    }

    /** @param runId the run to restart, or empty for the latest that failed, stopped or was killed */
    static JobExecution find(JobRepository repository, String runId) {
        List<JobInstance> instances = repository.getJobInstances(AuditJobConfiguration.JOB_NAME, 0, runId.isEmpty() ? SEARCHED : Integer.MAX_VALUE);
        for (JobInstance instance : instances) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null) {
                continue;
            }
            String id = last.getJobParameters().getString(RunFolder.RUN_ID);
            if (!runId.isEmpty() && !runId.equals(id)) {
                continue;
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                if (runId.isEmpty()) {
                    continue;
                }
                throw new InputException("run " + runId + " " + (last.getStatus() == BatchStatus.COMPLETED ? "completed" : "was abandoned")
                        + "; there is nothing to restart. Start a new run with audit.");
            }
            return last;
        }
        throw new InputException(runId.isEmpty()
                ? "there is no failed, stopped or killed run to restart in the job repository (spring.datasource.url); start one with audit"
                : "there is no run " + runId + " in the job repository (spring.datasource.url); check the run id (the name of its run folder) "
                        + "and that --config names the same job repository as the first attempt");
    }
}
