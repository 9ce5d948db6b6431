package io.irready.cli;

import io.irready.aws.CallMetrics;
import io.irready.batch.AccountPartitioner;
import io.irready.batch.AuditJobConfiguration;
import io.irready.batch.RunInterruption;
import io.irready.remote.SqsPartitionWorker;
import io.irready.settings.IrreadyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code irready worker}: collects accounts for an {@code audit --manager}, taking its partition requests from the queue,
 * until no audit is running in the shared job repository (after one ran, or after the idle timeout), or until
 * SIGTERM/SIGINT; then lets the partitions it holds finish and exits 0.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Collects accounts for an audit --manager: takes partition requests from the queue of irready.remote and writes each "
                + "account's evidence to the run folder the manager named (a shared file system). Exits 0 when no audit is running any "
                + "more, after irready.remote.worker-idle-timeout without work, or on SIGTERM/SIGINT once its running partitions are done."})
final class WorkerCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(WorkerCommand.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);

    @Mixin
    private ApplicationOptions application;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Send every AWS call of the audited accounts to this endpoint, e.g. an emulator. Default: AWS_ENDPOINT_URL, else AWS itself.")
    private String endpoint;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            application.check();
            List<String> overrides = new ArrayList<>();
            if (endpoint != null) {
                overrides.add("--irready.aws.endpoint=" + endpoint);
            }
            try (RepositoryLock lock = application.lock(stderr); ConfigurableApplicationContext context = application.start(lock, overrides, true)) {
                if (!application.validConfiguration(context, stderr, "the worker did not start")) {
                    return ExitCodes.BAD_INPUT;
                }
                IrreadyProperties properties = context.getBean(IrreadyProperties.class);
                RemoteMode.check(context, properties, "irready worker");
                return work(context, properties.remote(), stdout);
            }
        } catch (RuntimeException e) {
            return StartupErrors.exitCode(e, application.configName(), stderr, log, "the worker");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.RUN_FAILED;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    private static int work(ConfigurableApplicationContext context, IrreadyProperties.Remote remote, PrintWriter stdout) throws InterruptedException {
        context.getBean(AccountPartitioner.STEP, Step.class);
        // The worker step registered its flow from the queue's channel to the step; beans made after start-up start by hand.
        context.getBean(IntegrationFlowContext.class).getRegistry().values().forEach(flow -> flow.start());
        JobRepository jobRepository = context.getBean(JobRepository.class);
        Clock clock = context.getBean(Clock.class);
        String stopped;
        SqsPartitionWorker worker = context.getBean(SqsPartitionWorker.class);
        // A signal ends the loop below; the partitions running then finish, as an ECS task's stop timeout allows.
        try (StopSignals signals = new StopSignals(new RunInterruption())) {
            worker.start();
            stdout.println("irready worker: taking partitions from " + remote.queueUrl());
            stdout.flush();
            boolean auditSeen = false;
            while (true) {
                if (signals.received()) {
                    stopped = "asked to stop";
                    break;
                }
                boolean auditRunning = !jobRepository.findRunningJobExecutions(AuditJobConfiguration.JOB_NAME).isEmpty();
                auditSeen |= auditRunning || worker.taken() > 0;
                if (worker.running() == 0 && auditSeen && !auditRunning) {
                    stopped = "no audit is running";
                    break;
                }
                if (worker.running() == 0 && Duration.between(worker.lastActive(), clock.instant()).compareTo(remote.workerIdleTimeout()) > 0) {
                    stopped = "nothing to do for " + remote.workerIdleTimeout().toString().substring(2).toLowerCase() + " (irready.remote.worker-idle-timeout)";
                    break;
                }
                Thread.sleep(CHECK_EVERY.toMillis());
            }
            worker.close();
        }
        CallMetrics calls = context.getBean(CallMetrics.class);
        stdout.printf(Locale.ROOT, "irready worker: %d partition(s) collected, %d AWS API calls (%d throttled); stopped: %s%n", worker.taken(),
                calls.attempts(), calls.throttles(), stopped);
        return ExitCodes.CLEAN;
    }
}
