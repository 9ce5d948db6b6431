package io.irready.cli;

import io.irready.InputException;
import io.irready.batch.AccountPartitioner;
import io.irready.batch.CollectAccountTasklet;
import io.irready.settings.IrreadyProperties;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Objects;

/** What {@code audit --manager} and {@code worker} need, checked before they start; and what the workers did. */
final class RemoteMode {

    private RemoteMode() {
    }

    /** A queue to share, and a job repository that other processes can reach. */
    static void check(ConfigurableApplicationContext context, IrreadyProperties properties, String command) {
        if (properties.remote().transport() != IrreadyProperties.Transport.SQS) {
            throw new InputException(command + " needs a queue for the partitions: set irready.remote.transport: sqs and "
                    + "irready.remote.queue-url to the queue the manager and its workers share (deploy/ creates one).");
        }
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")) {
            throw new InputException(command + " needs a job repository the manager and its workers share, but spring.datasource.url is the "
                    + "embedded database " + url + ", which only this process can open: set spring.datasource.url (and username, password) "
                    + "to the PostgreSQL database they all reach.");
        }
    }

    /** How many partitions workers ran, and how many were taken more than once (a worker stopped, or a try failed). */
    static String partitionSummary(JobRepository jobRepository, JobExecution execution) {
        long partitions = 0;
        long again = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().startsWith(AccountPartitioner.STEP + ":")) {
                continue;
            }
            partitions++;
            StepExecution stored = Objects.requireNonNullElse(jobRepository.getStepExecution(step.getId()), step);
            if (stored.getExecutionContext().getInt(CollectAccountTasklet.TRIES, 0) > 1) {
                again++;
            }
        }
        return String.format("  Partitions       %d collected by workers, %d taken more than once (a worker stopped, or a try failed)",
                partitions, again);
    }
}
