package io.irready.remote;

import io.awspring.cloud.sqs.listener.QueueNotFoundStrategy;
import io.awspring.cloud.sqs.listener.SqsHeaders;
import io.awspring.cloud.sqs.listener.SqsMessageListenerContainer;
import io.awspring.cloud.sqs.listener.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.MessageBuilder;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker's end of the queue: takes partition requests (as many at once as {@code irready.collect.accounts-in-parallel})
 * and hands each to the worker step's channel, which runs the partition in the listener's thread. A request is
 * deleted from the queue only when its partition has ended; while it runs, its visibility is extended every third of
 * the timeout, so a worker that dies releases it to another worker one timeout later. A request for a partition
 * that already completed (SQS delivers at least once) or of a job that is no longer running is deleted unrun.
 */
public final class SqsPartitionWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SqsPartitionWorker.class);

    private final SqsMessageListenerContainer<String> container;
    private final MessageChannel partitions;
    private final JobRepository jobRepository;
    private final String step;
    private final Duration visibilityTimeout;
    private final Clock clock;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sqs-visibility");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();
    private volatile Instant lastActive;

    public SqsPartitionWorker(SqsAsyncClient client, String queueUrl, MessageChannel partitions, JobRepository jobRepository, String step,
                              Duration visibilityTimeout, int concurrency, Clock clock) {
        this.partitions = partitions;
        this.jobRepository = jobRepository;
        this.step = step;
        this.visibilityTimeout = visibilityTimeout;
        this.clock = clock;
        this.lastActive = clock.instant();
        this.container = SqsMessageListenerContainer.<String>builder()
                .sqsAsyncClient(client)
                .queueNames(queueUrl)
                .messageListener(this::take)
                .configure(options -> options
                        .maxConcurrentMessages(concurrency)
                        .maxMessagesPerPoll(Math.min(concurrency, 10))
                        .pollTimeout(Duration.ofSeconds(2))
                        .messageVisibility(visibilityTimeout)
                        .queueNotFoundStrategy(QueueNotFoundStrategy.FAIL)
                        // Deleted as soon as its partition has ended, not in a later batch a killed worker would lose.
                        .acknowledgementInterval(Duration.ZERO)
                        .acknowledgementThreshold(0)
                        .listenerShutdownTimeout(Duration.ofMinutes(10)))
                .build();
    }

    public void start() {
        container.start();
    }

    /** Partitions running now. */
    public int running() {
        return running.get();
    }

    /** Partitions taken since the start. */
    public int taken() {
        return taken.get();
    }

    /** When a partition last ended, or the worker started. */
    public Instant lastActive() {
        return lastActive;
    }

    private void take(Message<String> message) {
        StepExecutionRequest request = PartitionRequests.fromJson(message.getPayload(), step);
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            throw new IllegalStateException("partition request for step execution " + request.getStepExecutionId()
                    + ", which the job repository does not have: is this worker configured with the manager's spring.datasource?");
        }
        if (!execution.getStepName().startsWith(step + ":")) {
            // Only a partition of the step may run it: a request naming another step's execution would run this step over it.
            throw new IllegalArgumentException("partition request for step execution " + execution.getId() + " of " + execution.getStepName()
                    + ", which is not a partition of " + step + "; left for the dead-letter queue");
        }
        if (execution.getStatus() == BatchStatus.COMPLETED || !execution.getJobExecution().isRunning()) {
            log.info("Partition {} needs no work ({}, job {}); request deleted", execution.getStepName(), execution.getStatus(),
                    execution.getJobExecution().getStatus());
            return;
        }
        log.info("Partition {} taken (step execution {})", execution.getStepName(), execution.getId());
        taken.incrementAndGet();
        running.incrementAndGet();
        Visibility visibility = message.getHeaders().get(SqsHeaders.SQS_VISIBILITY_TIMEOUT_HEADER, Visibility.class);
        long every = Math.max(1, visibilityTimeout.toMillis() / 3);
        ScheduledFuture<?> heartbeat = visibility == null ? null : heartbeats.scheduleAtFixedRate(
                () -> visibility.changeToAsync((int) visibilityTimeout.toSeconds()), every, every, TimeUnit.MILLISECONDS);
        try {
            partitions.send(MessageBuilder.withPayload(request).build());
        } finally {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            running.decrementAndGet();
            lastActive = clock.instant();
        }
    }

    /** Takes no more requests and waits for the running partitions to end. */
    @Override
    public void close() {
        container.stop();
        heartbeats.shutdownNow();
    }
}
